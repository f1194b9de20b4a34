// The layer boundaries live in eslint.config.js (and `npm run lint` runs them on the repo); this proves each
// rule fails on a planted example and passes the matching good one, so a broken config cannot pass silently.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries (eslint.config.js)', () => {
  it('src/core imports no React, Node or outer layer and touches no DOM', async () => {
    const bad = await problems('src/core/scores/planted.ts', [
      "import { useState } from 'react';",
      "import { readFileSync } from 'node:fs';",
      "import { x } from '../../widgets/shared/ui-strings';",
      'export const y = [useState, readFileSync, x, window.localStorage];',
    ].join('\n'));
    expect(bad.join('\n')).toMatch(/no React/);
    expect(bad.join('\n')).toMatch(/no Node built-ins/);
    expect(bad.join('\n')).toMatch(/nothing from src\/widgets/);
    expect(bad.join('\n')).toMatch(/no-restricted-globals/);
    expect(await problems('src/core/scores/planted.ts', "import { bandFor } from './sum-score';\nexport const y = bandFor;")).toEqual([]);
  }, 60_000);

  it('zod stays in the build-time content schemas: core code the islands run checks JSON by hand', async () => {
    const planted = "import { z } from '../zod';\nexport const y = z;";
    expect((await problems('src/core/quiz/planted.ts', planted)).join('\n')).toMatch(/zod only in the build-time content schemas/);
    expect((await problems('src/core/progress/planted.ts', "import { z } from 'zod/mini';\nexport const y = z;")).join('\n')).toMatch(/zod only/);
    expect(await problems('src/core/content/planted.ts', planted)).toEqual([]);
  }, 60_000);

  it('widgets import neither another widget, nor i18next, zod or the build-time translator', async () => {
    const bad = await problems('src/widgets/SinsCalculator/planted.ts', [
      "import { x } from '../NomsCalculator/NomsCalculator';",
      "import { getT } from '../../core/i18n/translate';",
      "import i18next from 'i18next';",
      "import { z } from 'zod';",
      "import { questionBank } from '../../lib/questions';",
      'export const y = [x, getT, i18next, z, questionBank];',
    ].join('\n'));
    expect(bad.filter((m) => m.startsWith('local/boundaries'))).toHaveLength(5);
    const good = await problems('src/widgets/SinsCalculator/planted.ts', [
      "import { getT } from '../shared/ui-strings';",
      "import type { QuizQuestion } from '../../lib/questions';",
      'export const y: [typeof getT, QuizQuestion | null] = [getT, null];',
    ].join('\n'));
    expect(good).toEqual([]);
  }, 60_000);

  it('page frontmatter holds no loops, switches or helper functions (getStaticPaths may loop)', async () => {
    const page = (body: string) => `---\nimport BaseLayout from '../../layouts/BaseLayout.astro';\n${body}\n---\n<BaseLayout title="x" />\n`;
    const bad = await problems('src/pages/[lang]/planted.astro', page('const xs = [];\nfor (const x of [1]) xs.push(x);\nfunction helper() { return xs; }\nhelper();'));
    expect(bad).toEqual([expect.stringMatching(/pages hold no logic/), expect.stringMatching(/pages hold no logic/)]);
    expect(await problems('src/pages/[lang]/planted.astro', page('export function getStaticPaths() {\n  const out = [];\n  for (const lang of ["it", "en"]) out.push({ params: { lang } });\n  return out;\n}'))).toEqual([]);
  }, 60_000);
});

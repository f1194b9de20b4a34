// @vitest-environment jsdom
// The cryoablation planner's island ships geometry and checks only: the scenarios' wording comes from the
// wrapper, one language at a time (core/lesson-tools/cryo/scenario-texts.ts is read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CryoPlanner from './CryoPlanner';
import { cryoScenarioTexts, cryoScenarioTextsIn } from '../../core/lesson-tools/cryo/scenario-texts';
import { locales, otherLocale, type Locale } from '../../core/i18n/locales';

afterEach(cleanup);

const src = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
// Our modules in the island's chunk (the Tool file adds only the URL reader).
const islandSources = ['./CryoPlanner.tsx', './CryoPlannerTool.tsx', './PlannerField.tsx', './PlanReport.tsx',
  '../../core/lesson-tools/cryo/scenarios.ts', '../../core/lesson-tools/cryo/plan-link.ts', '../../core/lesson-tools/cryo/plan-query.ts',
  '../../core/lesson-tools/cryo/evaluate-plan.ts', '../../core/lesson-tools/cryo/geometry.ts'].map((p) => [p, src(p)] as const);
const wording = Object.values(cryoScenarioTexts).flatMap((t) => [t.label, t.description, t.structure, t.structureInText]);

describe('cryoablation planner ships one language', () => {
  it('no island module imports the scenario wording or holds any of it, in either language', () => {
    for (const [path, text] of islandSources) {
      expect(text, path).not.toMatch(/^import (?!type )[^;]*scenario-texts'/m);
      for (const w of wording) for (const lang of locales) expect(text.includes(w[lang]), `${path}: ${w[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const passed = JSON.stringify(cryoScenarioTextsIn(lang));
    for (const w of wording) if (w.it !== w.en) expect(passed.includes(w[otherLocale(lang)]), w[otherLocale(lang)]).toBe(false);
    expect(passed).toContain(cryoScenarioTexts.vertebra.structureInText[lang]);
  });

  it.each(locales)('%s: each scenario shows its name, description and structure in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    render(<CryoPlanner lang={lang} texts={cryoScenarioTextsIn(lang)} />);
    for (const id of ['vertebra', 'iliac'] as const) {
      const t = cryoScenarioTexts[id];
      await user.click(screen.getByRole('radio', { name: t.label[lang] }));
      expect(screen.getByTestId('cryo-scenario-description').textContent).toBe(t.description[lang]);
      const figure = screen.getByRole('group', { name: new RegExp(`${t.label[lang]}: .*${t.structure[lang]}`) });
      expect(figure.textContent).toContain(t.structure[lang]);
      expect(screen.getByTestId('cryo-structure').textContent).toContain(t.structureInText[lang]);
    }
  });
});

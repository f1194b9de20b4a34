// @vitest-environment jsdom
// The pain generator check's island ships ids and logic only: its wording comes from the wrapper, one language
// at a time (core/lesson-tools/checkers/m01-pain-generator-texts.ts is read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PainGeneratorCheck from './PainGeneratorCheck';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import { painGeneratorTextsIn, painGeneratorWording } from '../../core/lesson-tools/checkers/m01-pain-generator-texts';
import { yesNoWording } from '../../core/lesson-tools/checker/checker-texts';
import { locales, otherLocale, type Locale, type Localized } from '../../core/i18n/locales';

afterEach(cleanup);

const src = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
// Every module of the island's chunk that is ours (the Tool file adds only the URL reader; Radios, UrlSync and
// ui-strings hold no rule wording).
const islandSources = ['./PainGeneratorCheck.tsx', './PainGeneratorCheckTool.tsx', '../shared/CheckerView.tsx',
  '../../core/lesson-tools/checkers/m01-pain-generator.ts', '../../core/lesson-tools/checker/checker.ts',
  '../../core/lesson-tools/checker/checker-query.ts', '../../core/lesson-tools/tool-query.ts'].map((p) => [p, src(p)] as const);

const w = painGeneratorWording;
// Yes / No are the generic options (words, not the check's sentences): every source holds "No" somewhere.
const generic = new Set(Object.values(yesNoWording));
const wording: Localized[] = [w.title, w.lead, ...Object.values(w.questions).flatMap((q) => [q.label, ...Object.values(q.options)]),
  ...Object.values(w.findings), ...Object.values(w.verdicts)].filter((t) => !generic.has(t));

describe('pain generator check ships one language', () => {
  it('no island module imports the wording or holds any of it, in either language', () => {
    expect(wording.length).toBeGreaterThan(12);
    for (const [path, text] of islandSources) {
      // A type-only import is erased from the bundle; a value import would bring both languages back.
      expect(text, path).not.toMatch(/^import (?!type )[^;]*-texts'/m);
      for (const t of wording) for (const lang of locales) expect(text.includes(t[lang]), `${path}: ${t[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const passed = JSON.stringify(painGeneratorTextsIn(lang));
    for (const t of wording) if (t.it !== t.en) expect(passed.includes(t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
    expect(passed).toContain(w.findings.deficit![lang]);
  });

  it.each(locales)('%s: questions, every finding and the verdict show in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    render(<PainGeneratorCheck lang={lang} texts={painGeneratorTextsIn(lang)} />);
    expect(screen.getByRole('region', { name: w.title[lang] }).textContent).toContain(w.lead[lang]);
    for (const q of painGenerator.questions) {
      await user.click(within(screen.getByRole('group', { name: w.questions[q.id]!.label[lang] })).getByRole('radio', { name: yesNoWording.yes[lang] }));
    }
    const findings = screen.getByTestId('check-findings');
    for (const f of painGenerator.findings) expect(findings.querySelector(`[data-finding="${f.id}"]`)?.textContent, f.id).toContain(w.findings[f.id]![lang]);
    expect(screen.getByTestId('check-verdict').textContent).toBe(w.verdicts.urgent![lang]);
    const shown = document.body.textContent ?? '';
    for (const t of wording) if (t.it !== t.en) expect(shown.includes(t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
  });
});

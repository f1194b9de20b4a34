// @vitest-environment jsdom
// The curative-or-palliative check's island ships ids and logic only: its wording comes from the wrapper, one
// language at a time (core/lesson-tools/checkers/m02-curative-palliative-texts.ts is read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CurativePalliativeCheck from './CurativePalliativeCheck';
import { curativePalliativeTextsIn, curativePalliativeWording } from '../../core/lesson-tools/checkers/m02-curative-palliative-texts';
import { yesNoWording } from '../../core/lesson-tools/checker/checker-texts';
import { locales, otherLocale, type Locale, type Localized } from '../../core/i18n/locales';

afterEach(cleanup);

const src = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
// Every module of the island's chunk that is ours (the Tool file adds only the URL reader; Radios, UrlSync and
// ui-strings hold no rule wording).
const islandSources = ['./CurativePalliativeCheck.tsx', './CurativePalliativeCheckTool.tsx', '../shared/CheckerView.tsx',
  '../../core/lesson-tools/checkers/m02-curative-palliative.ts', '../../core/lesson-tools/checker/checker.ts',
  '../../core/lesson-tools/checker/checker-query.ts', '../../core/lesson-tools/tool-query.ts'].map((p) => [p, src(p)] as const);

const w = curativePalliativeWording;
// Yes / No are the generic options (words, not the check's sentences): every source holds "No" somewhere.
const generic = new Set(Object.values(yesNoWording));
const wording: Localized[] = [w.title, w.lead, ...Object.values(w.questions).flatMap((q) => [q.label, ...Object.values(q.options)]),
  ...Object.values(w.findings), ...Object.values(w.verdicts)].filter((t) => !generic.has(t));

/** A malignant lesion, operable, 3 sites or more, 3 to 5 cm, not yet discussed: five findings and a stop. */
const path: [question: string, option: string][] = [['type', 'malignant'], ['surgery', 'yes'], ['sites', 'ge3'], ['size', '3to5'], ['mdt', 'no']];
const fired = ['operable', 'sites', 'size-conflict', 'mdt', 'met-biopsy'];

describe('curative or palliative check ships one language', () => {
  it('no island module imports the wording or holds any of it, in either language', () => {
    expect(wording.length).toBeGreaterThan(30);
    for (const [p, text] of islandSources) {
      // A type-only import is erased from the bundle; a value import would bring both languages back.
      expect(text, p).not.toMatch(/^import (?!type )[^;]*-texts'/m);
      for (const t of wording) for (const lang of locales) expect(text.includes(t[lang]), `${p}: ${t[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const passed = JSON.stringify(curativePalliativeTextsIn(lang));
    for (const t of wording) if (t.it !== t.en) expect(passed.includes(t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
    expect(passed).toContain(w.findings['size-conflict']![lang]);
  });

  it.each(locales)('%s: questions, options, findings and the verdict show in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    render(<CurativePalliativeCheck lang={lang} texts={curativePalliativeTextsIn(lang)} />);
    expect(screen.getByRole('region', { name: w.title[lang] }).textContent).toContain(w.lead[lang]);
    for (const [q, o] of path) {
      const group = screen.getByRole('group', { name: w.questions[q]!.label[lang] });
      for (const label of Object.values(w.questions[q]!.options)) within(group).getByRole('radio', { name: label[lang] });
      await user.click(within(group).getByRole('radio', { name: w.questions[q]!.options[o]![lang] }));
    }
    const findings = screen.getByTestId('check-findings');
    expect([...findings.querySelectorAll('[data-finding]')].map((li) => li.getAttribute('data-finding'))).toEqual(fired);
    for (const f of fired) expect(findings.querySelector(`[data-finding="${f}"]`)?.textContent, f).toContain(w.findings[f]![lang]);
    expect(screen.getByTestId('check-verdict').textContent).toBe(w.verdicts['mdt-first']![lang]);
    const shown = document.body.textContent ?? '';
    for (const t of wording) if (t.it !== t.en) expect(shown.includes(t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
  });
});

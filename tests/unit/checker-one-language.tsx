// The one-language checks of a rule checker island (src/widgets/<Check>/one-language.test.tsx calls this with its
// module's rules, wording and islands): the island ships ids and logic; its wording comes from the wrapper.
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { Locale, Localized } from '../../src/core/i18n/locales';
import { runChecker, visibleQuestions, type Answers, type CheckerRules, type CheckerTexts } from '../../src/core/lesson-tools/checker/checker';
import { checkerQuery } from '../../src/core/lesson-tools/checker/checker-query';
import { yesNoWording, type CheckerWording } from '../../src/core/lesson-tools/checker/checker-texts';
import { carries, holds, islandModules, locales, otherLanguageOnly } from './one-language';

interface Spec {
  /** The island's entry files (lesson embed and tool page), from the repository root. */
  entries: readonly string[];
  /** Modules that must be found in the island's chunk (proves the walk reached the rules). */
  expectModules: readonly string[];
  rules: CheckerRules;
  wording: CheckerWording;
  textsIn: (lang: Locale) => CheckerTexts;
  /** The tool-page island: it reads the answers from the address, so each case renders without clicks. */
  Tool: ComponentType<{ lang: Locale; texts: CheckerTexts }>;
}

export function wordingList(w: CheckerWording): Localized[] {
  return [w.title, w.lead, ...Object.values(w.questions).flatMap((q) => [q.label, ...(q.help ? [q.help] : []), ...Object.values(q.options)]),
    ...Object.values(w.findings), ...Object.values(w.verdicts)];
}

/** Complete answer sets, question by question as they show, enough to fire every finding and verdict. */
function coveringAnswers(rules: CheckerRules): Answers[] {
  const all: Answers[] = [];
  const fill = (a: Answers) => {
    const next = visibleQuestions(rules, a).find((q) => a[q.id] === undefined);
    if (!next) { all.push(a); return; }
    for (const o of next.options) fill({ ...a, [next.id]: o.id });
  };
  fill({});
  const covered = new Set<string>();
  return all.filter((a) => {
    const r = runChecker(rules, a);
    const keys = [...r.findings.map((f) => `f:${f.id}`), ...(r.kind === 'result' ? [`v:${r.verdict.code}`] : []), ...visibleQuestions(rules, a).map((q) => `q:${q.id}`)];
    const fresh = keys.filter((k) => !covered.has(k));
    for (const k of fresh) covered.add(k);
    return fresh.length > 0;
  });
}

export function describeCheckerOneLanguage({ entries, expectModules, rules, wording, textsIn, Tool }: Spec) {
  afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });
  const words = wordingList(wording);

  describe(`${rules.id}: the island ships one language`, () => {
    it('no island module imports the wording or holds any of it, in either language', () => {
      const modules = islandModules(entries);
      expect(modules.map((m) => m.path)).toEqual(expect.arrayContaining([...expectModules]));
      // Yes / No are generic words every module holds somewhere ("No"), not a check's sentences.
      const yesNo = new Set(Object.values(yesNoWording));
      for (const { path, text } of modules) {
        expect(path, 'a texts module is read on the server only').not.toMatch(/-texts\.ts$/);
        for (const w of words) if (!yesNo.has(w)) for (const lang of locales) expect(holds(text, w[lang]), `${path}: ${w[lang]}`).toBe(false);
      }
    });

    it.each(locales)('the texts passed for %s hold none of the other language', (lang) => {
      const passed = JSON.stringify(textsIn(lang));
      for (const w of otherLanguageOnly(words, lang)) expect(carries(passed, w), w).toBe(false);
      for (const w of words) expect(carries(passed, w[lang]), w[lang]).toBe(true);
    });

    it.each(locales)('%s: title, every question and option, every finding and verdict show in that language', (lang) => {
      const t = textsIn(lang);
      const foreign = otherLanguageOnly(words, lang);
      const cases = coveringAnswers(rules);
      expect(cases.length).toBeGreaterThan(1);
      for (const answers of [{}, ...cases]) {
        window.history.replaceState(null, '', `/${lang}/tools/x/${checkerQuery(rules).serialize(answers)}`);
        const { unmount } = render(<Tool lang={lang} texts={t} />);
        const section = screen.getByRole('region', { name: t.title });
        expect(section.textContent).toContain(t.lead);
        const shown = visibleQuestions(rules, answers);
        for (const q of shown) {
          const group = within(section).getByRole('group', { name: t.questions[q.id]!.label });
          for (const o of q.options) within(group).getByRole('radio', { name: t.questions[q.id]!.options[o.id] });
        }
        const result = runChecker(rules, answers);
        const verdict = screen.getByTestId('check-verdict');
        expect(verdict.getAttribute('data-verdict')).toBe(result.kind === 'result' ? result.verdict.code : 'incomplete');
        if (result.kind === 'result') expect(verdict.textContent).toBe(t.verdicts[result.verdict.code]);
        else expect(screen.getByTestId('check-missing').textContent).toContain(shown.map((q) => t.questions[q.id]!.label).join('; '));
        for (const f of result.findings) expect(section.querySelector(`[data-finding="${f.id}"]`)?.textContent, f.id).toContain(t.findings[f.id]);
        const body = document.body.textContent ?? '';
        const labels = new Set([...document.querySelectorAll('legend, .choice-group__label, .result__band')].map((e) => e.textContent));
        for (const w of foreign) expect(w.length >= 20 ? body.includes(w) : labels.has(w), w).toBe(false);
        unmount();
      }
    });
  });
}

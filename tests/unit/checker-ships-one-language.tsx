// Test helper (not a test): the one-language suite every rule checker island gets (M5, M10, …). Its modules hold
// no wording, the texts passed for a language hold none of the other, and, over answer sets that between them
// reach every finding and verdict, the learner sees every sentence in the page's language and only in it.
import { describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { checkerQuery } from '../../src/core/lesson-tools/checker/checker-query';
import type { Answers, CheckerTexts, CheckerRules } from '../../src/core/lesson-tools/checker/checker';
import type { CheckerWording } from '../../src/core/lesson-tools/checker/checker-texts';
import { locales, otherLocale, type Locale, type Localized } from '../../src/core/i18n/locales';
import { islandModules, otherLanguageIn, sentencesFound } from './island-modules';

interface Suite {
  /** The test file's import.meta.url, and the island's entry files relative to it. */
  testFile: string;
  entries: readonly string[];
  /** The checker's rules module (path from the repository root), which must be in the chunk. */
  rulesModule: string;
  rules: CheckerRules;
  wording: CheckerWording;
  textsIn: (lang: Locale) => CheckerTexts;
  Tool: ComponentType<{ lang: Locale; texts: CheckerTexts }>;
  /** Answer sets that between them reach every finding and every verdict. */
  answers: readonly Answers[];
}

/** The checker's sentences: title, lead, questions, findings, verdicts (not the yes/no option words). */
const sentencesOf = (w: CheckerWording): Localized[] =>
  [w.title, w.lead, ...Object.values(w.questions).flatMap((q) => (q.help ? [q.label, q.help] : [q.label])), ...Object.values(w.findings), ...Object.values(w.verdicts)];

export function checkerShipsOneLanguage({ testFile, entries, rulesModule, rules, wording, textsIn, Tool, answers }: Suite) {
  const modules = islandModules(testFile, entries);
  const sentences = sentencesOf(wording);

  describe(`${rules.id} ships one language`, () => {
    it('no module of its chunk imports the wording or holds any of it, in either language', () => {
      expect([...modules.keys()]).toEqual(expect.arrayContaining([rulesModule, 'src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checker/checker.ts']));
      expect([...modules.keys()].filter((p) => p.endsWith('-texts.ts'))).toEqual([]);
      expect(sentencesFound(modules, sentences)).toEqual([]);
    });

    it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
      const passed = textsIn(lang);
      expect(otherLanguageIn(passed, sentences, lang)).toEqual([]);
      expect(passed.title).toBe(wording.title[lang]);
    });

    it.each(locales)('%s: title, lead, every question, finding and verdict shown in that language only', (lang) => {
      const shown = new Set<string>();
      const verdicts = new Set<string>();
      for (const a of answers) {
        window.history.replaceState(null, '', `/${lang}/tools/${rules.id}/${checkerQuery(rules).serialize(a)}`);
        render(<Tool lang={lang} texts={textsIn(lang)} />);
        shown.add(screen.getByRole('region').getAttribute('aria-label')!);
        shown.add(screen.getByRole('region').querySelector('.calc__inputs > p')!.textContent!);
        for (const legend of document.querySelectorAll('legend')) shown.add(legend.textContent!);
        for (const li of document.querySelectorAll('[data-finding]')) shown.add(li.textContent!.replace(/^[^:]*: /, '').replace(/ \([^)]*\)$/, ''));
        const verdict = screen.getByTestId('check-verdict');
        verdicts.add(verdict.getAttribute('data-verdict')!);
        shown.add(verdict.textContent!);
        cleanup();
      }
      expect([...verdicts].sort()).toEqual(rules.verdicts.map((v) => v.code).sort());
      expect([...shown].sort()).toEqual([...new Set(sentences.map((s) => s[lang]))].sort());
      for (const s of sentences) if (s.it !== s.en) expect(shown.has(s[otherLocale(lang)]), s[otherLocale(lang)]).toBe(false);
    });
  });
}

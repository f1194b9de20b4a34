// @vitest-environment jsdom
// The ablation chooser's island ships ids and logic only: the reasons' and the consolidation advice's wording
// comes from the wrapper, one language at a time (core/lesson-tools/ablation-choice/ablation-texts.ts is read
// on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import AblationChooserTool from './AblationChooserTool';
import { ablationQuery } from '../../core/lesson-tools/ablation-choice/ablation-query';
import type { LesionInput } from '../../core/lesson-tools/ablation-choice/ablation-rules';
import { ablationReasonTexts, ablationTextsIn, consolidationText } from '../../core/lesson-tools/ablation-choice/ablation-texts';
import { locales, otherLocale, type Locale } from '../../core/i18n/locales';
import { islandModules, otherLanguageIn, sentencesFound } from '../../../tests/unit/one-language';

afterEach(cleanup);

const modules = islandModules(['src/widgets/AblationChooser/AblationChooser.tsx', 'src/widgets/AblationChooser/AblationChooserTool.tsx']);
const wording = [...Object.values(ablationReasonTexts), consolidationText];

describe('ablation chooser ships one language', () => {
  it('no module of its chunk imports the wording or holds any of it, in either language', () => {
    expect(modules.map((m) => m.path)).toEqual(expect.arrayContaining([
      'src/widgets/AblationChooser/AblationChooser.tsx', 'src/core/lesson-tools/ablation-choice/ablation-rules.ts', 'src/core/lesson-tools/ablation-choice/ablation-query.ts',
    ]));
    expect(modules.map((m) => m.path).filter((p) => p.endsWith('-texts.ts'))).toEqual([]);
    expect(sentencesFound(modules, wording)).toEqual([]);
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const passed = ablationTextsIn(lang);
    expect(otherLanguageIn(passed, wording, lang)).toEqual([]);
    expect(passed.consolidation).toBe(consolidationText[lang]);
    expect(Object.values(passed.reasons)).toEqual(Object.values(ablationReasonTexts).map((t) => t[lang]));
  });

  // Four lesions that between them show every reason (and, with a fracture risk, the consolidation advice).
  const lesions: LesionInput[] = [
    { aim: 'curative', size: '3to5', matrix: 'blastic', proximity: 'close', fractureRisk: true, metalImplant: false },
    { aim: 'palliative', size: '3to5', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: true },
    { aim: 'palliative', size: 'lt1', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: false },
    { aim: 'curative', size: 'gt5', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: false },
  ];

  it.each(locales)('%s: every reason the chooser shows, and the consolidation advice, in that language only', (lang: Locale) => {
    const shown = new Set<string>();
    for (const l of lesions) {
      window.history.replaceState(null, '', `/${lang}/tools/ablation-chooser/${ablationQuery.serialize(l)}`);
      const { unmount } = render(<AblationChooserTool lang={lang} texts={ablationTextsIn(lang)} />);
      for (const li of screen.getByTestId('abl-results').querySelectorAll('li li')) shown.add(li.textContent!.replace(/ \([^)]*\)$/, ''));
      if (l.fractureRisk) expect(screen.getByTestId('abl-consolidation').textContent).toContain(consolidationText[lang]);
      unmount();
    }
    expect([...shown].sort()).toEqual([...new Set(Object.values(ablationReasonTexts).map((t) => t[lang]))].sort());
    for (const t of Object.values(ablationReasonTexts)) if (t.it !== t.en) expect(shown.has(t[otherLocale(lang)])).toBe(false);
  });
});

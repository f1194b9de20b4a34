// @vitest-environment jsdom
// The thermal protection chooser's island ships ids and logic only: the insulators' reasons and the advice
// come from the wrapper, one language at a time (core/lesson-tools/thermal-protection/protection-texts.ts is
// read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import ThermalProtectionChooserTool from './ThermalProtectionChooserTool';
import { protectionQuery } from '../../core/lesson-tools/thermal-protection/protection-query';
import type { ProtectionChoice } from '../../core/lesson-tools/thermal-protection/protection-rules';
import { protectionTextsIn, protectionWording } from '../../core/lesson-tools/thermal-protection/protection-texts';
import { locales, otherLocale, type Locale } from '../../core/i18n/locales';
import { islandModules, otherLanguageIn, sentencesFound } from '../../../tests/unit/one-language';

afterEach(cleanup);

const modules = islandModules(['src/widgets/ThermalProtectionChooser/ThermalProtectionChooser.tsx', 'src/widgets/ThermalProtectionChooser/ThermalProtectionChooserTool.tsx']);
const wording = [...Object.values(protectionWording.verdicts), ...Object.values(protectionWording.advice)];

describe('thermal protection chooser ships one language', () => {
  it('no module of its chunk imports the wording or holds any of it, in either language', () => {
    expect(modules.map((m) => m.path)).toEqual(expect.arrayContaining([
      'src/widgets/ThermalProtectionChooser/ThermalProtectionChooser.tsx', 'src/core/lesson-tools/thermal-protection/protection-rules.ts', 'src/core/lesson-tools/thermal-protection/protection-query.ts',
    ]));
    expect(modules.map((m) => m.path).filter((p) => p.endsWith('-texts.ts'))).toEqual([]);
    expect(sentencesFound(modules, wording)).toEqual([]);
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const passed = protectionTextsIn(lang);
    expect(otherLanguageIn(passed, wording, lang)).toEqual([]);
    expect([...Object.values(passed.verdicts), ...Object.values(passed.advice)]).toEqual(wording.map((t) => t[lang]));
  });

  // Three choices that between them show every insulator's reason and every piece of advice.
  const choices: ProtectionChoice[] = [
    { technique: 'rf', guidance: 'ct', structure: 'neural', cortex: 'no' },
    { technique: 'cryo', guidance: 'ct', structure: 'neural', cortex: 'yes' },
    { technique: 'mw', guidance: 'us', structure: 'neural', cortex: 'yes' },
  ];
  const cut = (el: Element) => el.textContent!.replace(/ \([^)]*\)$/, '');

  it.each(locales)('%s: every reason and every piece of advice the chooser shows, in that language only', (lang: Locale) => {
    const reasons = new Set<string>();
    const advice = new Set<string>();
    for (const c of choices) {
      window.history.replaceState(null, '', `/${lang}/tools/thermal-protection/${protectionQuery.serialize(c)}`);
      const { unmount } = render(<ThermalProtectionChooserTool lang={lang} texts={protectionTextsIn(lang)} />);
      for (const row of screen.getByTestId('tp-table').querySelectorAll('tbody tr')) reasons.add(cut(row.querySelectorAll('td')[1]!));
      for (const li of screen.getByTestId('tp-advice').querySelectorAll('li')) advice.add(cut(li));
      unmount();
    }
    expect([...reasons].sort()).toEqual(Object.values(protectionWording.verdicts).map((t) => t[lang]).sort());
    expect([...advice].sort()).toEqual(Object.values(protectionWording.advice).map((t) => t[lang]).sort());
    for (const t of wording) expect(reasons.has(t[otherLocale(lang)]) || advice.has(t[otherLocale(lang)])).toBe(false);
  });
});

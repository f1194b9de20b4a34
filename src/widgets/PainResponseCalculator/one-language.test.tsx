// @vitest-environment jsdom
// The pain-response calculator's island ships codes and logic only: the bands', the trial's and the tool's
// wording comes from the wrapper, one language at a time (core/scores/pain-response/pain-response-texts.ts,
// with the trial's figures, is read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PainResponseCalculator from './PainResponseCalculator';
import { painResponseText } from './pain-response-text';
import { assessPainResponse } from '../../core/scores/pain-response/assess-pain-response';
import { noBaselinePainText, painBandTexts, painResponseTextsIn, significantReliefText } from '../../core/scores/pain-response/pain-response-texts';
import { rfaRtTrial } from '../../core/scores/pain-response/rfa-rt-trial';
import { toolMeta } from '../../core/scores/tool-meta';
import { locales, otherLocale, type Locale, type Localized } from '../../core/i18n/locales';

afterEach(cleanup);

// Comments never reach the bundle (and may name the study): only the code is searched.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
const src = (rel: string) => code(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'));
// Every module of the island's chunk that is ours (CopyButton, QueryNotices, useUrlState and ui-strings hold no
// wording of this tool).
const islandSources = ['./PainResponseCalculator.tsx', './PainDefinitions.tsx', './pain-response-text.ts', './pain-invalid-text.ts',
  '../../core/scores/pain-response/assess-pain-response.ts', '../../core/scores/pain-response/pain-response-definition.ts',
  '../../core/scores/pain-response/pain-response-query.ts', '../../core/scores/numeric-input.ts', '../../core/scores/query.ts'].map((p) => [p, src(p)] as const);

const wording: Localized[] = [
  ...Object.values(painBandTexts).flatMap((b) => [b.label, b.meaning]), significantReliefText.label, significantReliefText.meaning, noBaselinePainText,
  toolMeta['pain-response'].name, rfaRtTrial.radiotherapy, rfaRtTrial.note, ...rfaRtTrial.arms.map((a) => a.label),
];

describe('pain-response calculator ships one language', () => {
  it('no island module imports the wording (or the trial, or every tool’s name) or holds any of it, in either language', () => {
    for (const [path, text] of islandSources) {
      // A type-only import is erased from the bundle; a value import would bring both languages back.
      expect(text, path).not.toMatch(/^import (?!type )[^;]*(-texts|tool-meta|rfa-rt-trial)'/m);
      for (const t of wording) for (const lang of locales) expect(text.includes(t[lang]), `${path}: ${t[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the wording passed for %s holds none of the other language, and the trial’s own figures', (lang) => {
    const texts = painResponseTextsIn(lang);
    const passed = JSON.stringify(texts);
    for (const t of wording) if (t.it !== t.en) expect(passed.includes(t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
    expect(passed).toContain(painBandTexts.partial.meaning[lang]);
    expect(texts.trial.arms.map(({ label: _label, ...figures }) => figures)).toEqual(rfaRtTrial.arms.map(({ label: _label, ...figures }) => figures));
  });

  it.each(locales)('%s: bands, relief, the no-baseline case, the trial and the copied summary in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    const texts = painResponseTextsIn(lang);
    render(<PainResponseCalculator lang={lang} texts={texts} />);
    const field = (id: string) => screen.getByTestId(`input-${id}`);
    for (const [before, after, band] of [['9', '0', 'complete'], ['9', '6', 'partial'], ['9', '8', 'none']] as const) {
      await user.clear(field('vasBefore'));
      await user.type(field('vasBefore'), before);
      await user.clear(field('vasAfter'));
      await user.type(field('vasAfter'), after);
      expect(screen.getByTestId('score-band').textContent, band).toBe(painBandTexts[band].label[lang]);
      expect(document.querySelector('.result__meaning')?.textContent, band).toContain(painBandTexts[band].meaning[lang]);
    }
    await user.clear(field('vasAfter'));
    await user.type(field('vasAfter'), '2');
    expect(screen.getByTestId('pain-significant').textContent).toContain(`${significantReliefText.label[lang]}: `);
    expect(screen.getByTestId('pain-significant').textContent).toContain(significantReliefText.meaning[lang]);
    const trial = screen.getByTestId('pain-trial').textContent ?? '';
    for (const t of [rfaRtTrial.radiotherapy, rfaRtTrial.note, ...rfaRtTrial.arms.map((a) => a.label)]) expect(trial).toContain(t[lang]);
    await user.clear(field('vasBefore'));
    await user.type(field('vasBefore'), '0');
    expect(document.querySelector('.result__meaning')?.textContent).toBe(noBaselinePainText[lang]);
    const shown = document.body.textContent ?? '';
    for (const t of wording) if (t.it !== t.en) expect(shown.includes(t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
    const input = { vasBefore: '9', vasAfter: '2' };
    const copied = painResponseText(input, assessPainResponse(input), lang, texts).split('\n');
    expect(copied[0]).toBe(toolMeta['pain-response'].name[lang]);
    expect(copied).toContain(`${significantReliefText.label[lang]}: ${lang === 'it' ? 'sì' : 'yes'}`);
  });
});

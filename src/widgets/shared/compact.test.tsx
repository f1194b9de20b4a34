// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import SinsCalculator from '../SumScoreCalculator/SinsCalculator';
import SumScoreCalculator from '../SumScoreCalculator/SumScoreCalculator';
import { getT } from '../../core/i18n/translate';
import { tokuhashiCalculatorProps } from '../../core/scores/tokuhashi/tokuhashi-view';
import EsccPicker from '../EsccPicker/EsccPicker';
import NomsCalculator from '../NomsCalculator/NomsCalculator';
import { esccNomsTexts, nomsTexts } from '../../core/scores/noms/noms-texts';
import { esccDrawings } from './escc-drawings';
import { sinsNextTexts } from '../../core/scores/sins/mechanical-indication';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { sumScoreIn } from '../../core/scores/sum-score';

afterEach(cleanup);

describe('compact lesson mode of the four score tools', () => {
  // Each tool as its wrapper renders it (ESCC and NOMS get their wording of the NOMS codes as a prop).
  const tools = [
    ['sins', (compact?: boolean) => <SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} compact={compact} />],
    ['tokuhashi', (compact?: boolean) => <SumScoreCalculator lang="en" {...tokuhashiCalculatorProps('en', getT('en'))} compact={compact} />],
    ['escc', (compact?: boolean) => <EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} compact={compact} />],
    ['noms', (compact?: boolean) => <NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} compact={compact} />],
  ] as const;
  for (const [name, tool] of tools) {
    it(`${name}: compact adds the lesson-mode class, the default does not`, () => {
      const { unmount } = render(tool(true));
      expect(document.querySelector(`[data-widget="${name}"]`)!.classList.contains('calc--compact')).toBe(true);
      unmount();
      render(tool());
      expect(document.querySelector(`[data-widget="${name}"]`)!.classList.contains('calc--compact')).toBe(false);
    });
  }
});

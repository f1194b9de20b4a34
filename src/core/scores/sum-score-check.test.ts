import { describe, expect, it } from 'vitest';
import { sumScoreProblems } from './sum-score-check';
import { sinsDefinition } from './sins/sins-definition';
import { tokuhashiDefinition } from './tokuhashi/tokuhashi-definition';
import type { SumScoreDefinition } from './sum-score';

const t = (s: string) => ({ it: s, en: s });
const toy: SumScoreDefinition = {
  id: 'toy',
  name: t('Toy'),
  refs: ['fisher2010'],
  components: [
    { id: 'a', label: t('A'), help: t('a?'), options: [{ id: 'no', points: 0, label: t('No') }, { id: 'yes', points: 2, label: t('Yes') }] },
    { id: 'b', label: t('B'), help: t('b?'), options: [{ id: 'no', points: 0, label: t('No') }, { id: 'yes', points: 1, label: t('Yes') }] },
  ],
  bands: [
    { code: 'low', min: 0, max: 1, label: t('Low'), meaning: t('low') },
    { code: 'high', min: 2, max: 3, label: t('High'), meaning: t('high') },
  ],
};

describe('sumScoreProblems', () => {
  it('passes the course scores and a sound toy', () => {
    expect(sumScoreProblems(sinsDefinition)).toEqual([]);
    expect(sumScoreProblems(tokuhashiDefinition)).toEqual([]);
    expect(sumScoreProblems(toy)).toEqual([]);
  });

  it('names a gap, an uncovered top, a missing translation and a repeated option', () => {
    const broken: SumScoreDefinition = {
      ...toy,
      components: [{ ...toy.components[0]!, options: [...toy.components[0]!.options, { id: 'yes', points: 2, label: { it: 'Sì', en: ' ' } }] }, toy.components[1]!],
      bands: [toy.bands[0]!, { ...toy.bands[1]!, min: 3, max: 3 }],
    };
    expect(sumScoreProblems(broken)).toEqual([
      'components.a.yes: repeated option id',
      'components.a.yes.label: text missing in a language',
      'bands.high: starts at 3, expected 2 (a gap or an overlap)',
    ]);
    expect(sumScoreProblems({ ...toy, bands: [toy.bands[0]!] })).toEqual(['bands: cover up to 1, the score reaches 3']);
  });
});

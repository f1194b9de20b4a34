import { describe, expect, it } from 'vitest';
import { sumScoreIn } from '../sum-score';
import { sinsDefinition } from './sins-definition';
import { sinsPoints } from './sins-points';

describe('SINS wording apart from its points', () => {
  it('words every option and band of the points table, in both languages', () => {
    expect(sinsDefinition.components.map((c) => [c.id, c.options.map((o) => [o.id, o.points])])).toEqual(
      sinsPoints.components.map((c) => [c.id, c.options.map((o) => [o.id, o.points])]),
    );
    for (const c of sinsDefinition.components)
      for (const text of [c.label, c.help, ...c.options.map((o) => o.label)]) {
        expect(text.it).toMatch(/\S/);
        expect(text.en).toMatch(/\S/);
      }
    expect(sinsDefinition.bands.map((b) => [b.code, b.min, b.max, Boolean(b.label.it && b.meaning.en)])).toEqual(
      sinsPoints.bands.map((b) => [b.code, b.min, b.max, true]),
    );
  });

  it('hands an island one language only, with the same points', () => {
    const en = JSON.stringify(sumScoreIn(sinsDefinition, 'en'));
    expect(en).toContain('Mechanical: appears or worsens');
    expect(en).not.toContain('Meccanico: compare');
    expect(en).not.toContain('Colonna instabile');
    const it = sumScoreIn(sinsDefinition, 'it');
    expect(it.components.find((c) => c.id === 'pain')?.options.map((o) => [o.id, o.points, o.label.en])).toEqual([
      ['mechanical', 3, 'Meccanico'],
      ['occasional', 1, 'Occasionale, non meccanico'],
      ['none', 0, 'Assente (lesione non dolorosa)'],
    ]);
  });
});

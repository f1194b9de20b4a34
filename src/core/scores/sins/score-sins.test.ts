import { describe, expect, it } from 'vitest';
import { scoreSins, type SinsInput } from './score-sins';
import { sinsDefinition, sinsComponentIds } from './sins-definition';
import { totalRange } from '../sum-score';

// Points exactly as in Fisher et al. 2010 and seed 000 — written out here independently of the definition.
const publishedPoints = {
  location: { junctional: 3, mobile: 2, semirigid: 1, rigid: 0 },
  pain: { mechanical: 3, occasional: 1, none: 0 },
  lesion: { lytic: 2, mixed: 1, blastic: 0 },
  alignment: { subluxation: 4, deformity: 2, normal: 0 },
  collapse: { gt50: 3, lt50: 2, involved: 1, none: 0 },
  posterior: { bilateral: 3, unilateral: 1, none: 0 },
} as const;

const baseline: SinsInput = { location: 'rigid', pain: 'none', lesion: 'blastic', alignment: 'normal', collapse: 'none', posterior: 'none' };

function independentBand(total: number) {
  if (total <= 6) return 'stable';
  if (total <= 12) return 'indeterminate';
  return 'unstable';
}

describe('SINS points table', () => {
  it('has exactly the published components and options', () => {
    const shape = Object.fromEntries(sinsDefinition.components.map((c) => [c.id, Object.fromEntries(c.options.map((o) => [o.id, o.points]))]));
    expect(shape).toEqual(publishedPoints);
  });

  for (const [component, options] of Object.entries(publishedPoints)) {
    for (const [option, points] of Object.entries(options)) {
      it(`${component}=${option} scores ${points}`, () => {
        const result = scoreSins({ ...baseline, [component]: option });
        expect(result.kind).toBe('result');
        if (result.kind === 'result') {
          expect(result.parts[component as keyof typeof result.parts]).toBe(points);
          expect(result.total).toBe(points);
        }
      });
    }
  }

  it('ranges from 0 to 18', () => {
    expect(totalRange(sinsDefinition)).toEqual({ min: 0, max: 18 });
  });
});

describe('SINS bands', () => {
  const cases: Array<[SinsInput, number, string]> = [
    [{ ...baseline, location: 'junctional', pain: 'mechanical' }, 6, 'stable'],
    [{ ...baseline, location: 'junctional', pain: 'mechanical', posterior: 'unilateral' }, 7, 'indeterminate'],
    [{ ...baseline, location: 'junctional', pain: 'mechanical', alignment: 'subluxation', lesion: 'lytic' }, 12, 'indeterminate'],
    [{ ...baseline, location: 'junctional', pain: 'mechanical', alignment: 'subluxation', lesion: 'lytic', posterior: 'unilateral' }, 13, 'unstable'],
    [baseline, 0, 'stable'],
    [{ location: 'junctional', pain: 'mechanical', lesion: 'lytic', alignment: 'subluxation', collapse: 'gt50', posterior: 'bilateral' }, 18, 'unstable'],
  ];
  for (const [input, total, band] of cases) {
    it(`total ${total} is ${band}`, () => {
      expect(scoreSins(input)).toMatchObject({ kind: 'result', total, band });
    });
  }
});

describe('all 1,296 combinations', () => {
  it('agree with an independent sum and band', () => {
    const entries = Object.entries(publishedPoints) as Array<[string, Record<string, number>]>;
    let count = 0;
    const recurse = (i: number, input: Record<string, string>, sum: number) => {
      if (i === entries.length) {
        count++;
        const result = scoreSins(input);
        expect(result).toMatchObject({ kind: 'result', total: sum, band: independentBand(sum) });
        return;
      }
      const [component, options] = entries[i]!;
      for (const [option, points] of Object.entries(options)) recurse(i + 1, { ...input, [component]: option }, sum + points);
    };
    recurse(0, {}, 0);
    expect(count).toBe(4 * 3 * 3 * 3 * 4 * 3);
    expect(count).toBe(1296);
  });
});

describe('worked example and levels', () => {
  it('T11, lytic, mechanical pain, normal alignment, unilateral posterior, > 50% collapse = 12, indeterminate', () => {
    const result = scoreSins({ level: 'T11', lesion: 'lytic', pain: 'mechanical', alignment: 'normal', posterior: 'unilateral', collapse: 'gt50' });
    expect(result).toEqual({
      kind: 'result',
      total: 12,
      band: 'indeterminate',
      parts: { location: 3, pain: 3, lesion: 2, alignment: 0, collapse: 3, posterior: 1 },
    });
  });

  it('a level overrides a location given alongside it', () => {
    const result = scoreSins({ ...baseline, level: 'T5', location: 'junctional' });
    expect(result).toMatchObject({ kind: 'result', parts: { location: 1 } });
  });
});

describe('partial and illegal input', () => {
  it('empty input names all six components as missing', () => {
    expect(scoreSins({})).toEqual({ kind: 'incomplete', missing: [...sinsComponentIds], parts: {}, partialTotal: 0 });
  });

  it('partial input names exactly what is missing and keeps the points so far', () => {
    const result = scoreSins({ level: 'L3', pain: 'mechanical' });
    expect(result).toEqual({ kind: 'incomplete', missing: ['lesion', 'alignment', 'collapse', 'posterior'], parts: { location: 2, pain: 3 }, partialTotal: 5 });
  });

  it('an unknown option is invalid, with the allowed values', () => {
    const result = scoreSins({ ...baseline, pain: 'severe' });
    expect(result).toEqual({ kind: 'invalid', invalid: [{ component: 'pain', value: 'severe', allowed: ['mechanical', 'occasional', 'none'] }] });
  });

  it('an unknown level is invalid, never NaN', () => {
    const result = scoreSins({ ...baseline, level: 'T13' });
    expect(result.kind).toBe('invalid');
    expect(JSON.stringify(result)).not.toContain('NaN');
  });
});

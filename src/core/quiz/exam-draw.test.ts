import { describe, expect, it } from 'vitest';
import { drawByBlueprint } from './exam-draw';
import type { BankEntry } from './results';

/** M1: 6 recall + 4 application; M2: 2 recall + 8 application; M3: 5 unclassified. */
const bank: BankEntry[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ id: `m01-r${i}`, module: 'M1', level: 'recall' as const })),
  ...Array.from({ length: 4 }, (_, i) => ({ id: `m01-a${i}`, module: 'M1', level: 'application' as const })),
  ...Array.from({ length: 2 }, (_, i) => ({ id: `m02-r${i}`, module: 'M2', level: 'recall' as const })),
  ...Array.from({ length: 8 }, (_, i) => ({ id: `m02-a${i}`, module: 'M2', level: 'application' as const })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `m03-x${i}`, module: 'M3' })),
];
const cellOf = (id: string) => `${id.slice(0, 3)}-${id[4]}`;
const tally = (ids: string[]) => ids.reduce<Record<string, number>>((t, id) => ({ ...t, [cellOf(id)]: (t[cellOf(id)] ?? 0) + 1 }), {});

describe('drawByBlueprint', () => {
  it('gives every module × level cell its share of the exam', () => {
    // 20 of 25 items: each cell gets 4/5 of its size.
    expect(tally(drawByBlueprint(bank, { count: 20, seed: 1 }))).toEqual({ 'm01-r': 5, 'm01-a': 3, 'm02-r': 2, 'm02-a': 6, 'm03-x': 4 });
  });

  it('keeps the shares within one item of exact for any seed and size', () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const count of [3, 7, 12]) {
        const ids = drawByBlueprint(bank, { modules: ['M1', 'M2'], count, seed });
        expect(new Set(ids).size).toBe(count);
        const t = tally(ids);
        for (const [cell, n] of [['m01-r', 6], ['m01-a', 4], ['m02-r', 2], ['m02-a', 8]] as const) {
          expect(Math.abs((t[cell] ?? 0) - (n * count) / 20)).toBeLessThan(1);
        }
      }
    }
  });

  it('is reproducible by seed, and a different seed draws differently', () => {
    expect(drawByBlueprint(bank, { count: 10, seed: 'a' })).toEqual(drawByBlueprint(bank, { count: 10, seed: 'a' }));
    expect(drawByBlueprint(bank, { count: 10, seed: 'a' })).not.toEqual(drawByBlueprint(bank, { count: 10, seed: 'b' }));
  });

  it('never asks for more than the chosen modules hold, and nothing for bad counts', () => {
    expect(drawByBlueprint(bank, { modules: ['M3'], count: 40, seed: 1 })).toHaveLength(5);
    expect(drawByBlueprint(bank, { count: Number.NaN, seed: 1 })).toEqual([]);
    expect(drawByBlueprint(bank, { count: -3, seed: 1 })).toEqual([]);
  });
});

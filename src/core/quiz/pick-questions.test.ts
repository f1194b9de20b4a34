import { describe, expect, it } from 'vitest';
import { pickQuestions } from './pick-questions';

const bank = [
  ...Array.from({ length: 10 }, (_, i) => ({ id: `m01-q${i}`, module: 'M1' })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `m06-q${i}`, module: 'M6' })),
  ...Array.from({ length: 2 }, (_, i) => ({ id: `m09-q${i}`, module: 'M9' })),
];
const moduleOf = new Map(bank.map((q) => [q.id, q.module]));
const perModule = (ids: string[]) =>
  ids.reduce<Record<string, number>>((acc, id) => {
    const m = moduleOf.get(id) ?? '?';
    acc[m] = (acc[m] ?? 0) + 1;
    return acc;
  }, {});

describe('pickQuestions', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = pickQuestions(bank, { count: 8, seed: 'abc' });
    expect(pickQuestions(bank, { count: 8, seed: 'abc' })).toEqual(a);
    expect(pickQuestions(bank, { count: 8, seed: 'abd' })).not.toEqual(a);
  });

  it('balances across the chosen modules', () => {
    const picked = pickQuestions(bank, { modules: ['M1', 'M6'], count: 6, seed: 1 });
    expect(perModule(picked)).toEqual({ M1: 3, M6: 3 });
  });

  it('lets the other modules fill in for one that runs dry', () => {
    const picked = pickQuestions(bank, { count: 12, seed: 1 });
    expect(perModule(picked)).toEqual({ M1: 5, M6: 5, M9: 2 });
  });

  it('spreads an odd count with at most one question of difference', () => {
    for (let seed = 0; seed < 10; seed++) {
      const counts = Object.values(perModule(pickQuestions(bank, { modules: ['M1', 'M6', 'M9'], count: 5, seed })));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('returns everything available when asked for more, without duplicates', () => {
    const picked = pickQuestions(bank, { modules: ['M9', 'M6'], count: 50, seed: 1 });
    expect(picked).toHaveLength(8);
    expect(new Set(picked).size).toBe(8);
  });

  it('returns nothing for zero, negative or non-finite counts, or unknown modules', () => {
    expect(pickQuestions(bank, { count: 0, seed: 1 })).toEqual([]);
    expect(pickQuestions(bank, { count: -3, seed: 1 })).toEqual([]);
    expect(pickQuestions(bank, { count: Number.NaN, seed: 1 })).toEqual([]);
    expect(pickQuestions(bank, { modules: ['M15'], count: 5, seed: 1 })).toEqual([]);
  });
});

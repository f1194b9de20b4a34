import { describe, expect, it } from 'vitest';
import { createRng, seedToInt, shuffle } from './rng';

const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('stays in [0, 1)', () => {
    const next = createRng('x');
    for (let i = 0; i < 1000; i++) {
      const v = next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('hashes number and string seeds to unsigned integers', () => {
    expect(seedToInt(1)).toBe(seedToInt('1'));
    expect(seedToInt(1)).not.toBe(seedToInt(2));
    expect(seedToInt(Number.NaN)).toBe(seedToInt(0));
  });

  it('shuffles deterministically, without losing or copying items', () => {
    const a = shuffle(ids, 7);
    expect(shuffle(ids, 7)).toEqual(a);
    expect([...a].sort()).toEqual([...ids].sort());
    expect(a).not.toEqual(ids);
    expect(shuffle(ids, 8)).not.toEqual(a);
  });

  it('leaves the input untouched', () => {
    const input = ['a', 'b', 'c'];
    shuffle(input, 1);
    expect(input).toEqual(['a', 'b', 'c']);
  });

  it('handles empty and one-item lists', () => {
    expect(shuffle([], 1)).toEqual([]);
    expect(shuffle(['only'], 1)).toEqual(['only']);
  });
});

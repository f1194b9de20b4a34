import { describe, expect, it } from 'vitest';
import { locationOfLevel, spineLevelIds } from './spine-levels';

describe('spinal levels', () => {
  it('runs C0…C7, T1…T12, L1…L5, S1…S5 (30 levels)', () => {
    expect(spineLevelIds).toHaveLength(30);
    expect(spineLevelIds.slice(0, 3)).toEqual(['C0', 'C1', 'C2']);
    expect(spineLevelIds.at(-1)).toBe('S5');
  });

  // Independent transcription of the SINS location row (seed 000, Fisher 2010).
  const expected: Record<string, string> = {
    C0: 'junctional', C1: 'junctional', C2: 'junctional',
    C3: 'mobile', C4: 'mobile', C5: 'mobile', C6: 'mobile',
    C7: 'junctional', T1: 'junctional', T2: 'junctional',
    T3: 'semirigid', T4: 'semirigid', T5: 'semirigid', T6: 'semirigid', T7: 'semirigid', T8: 'semirigid', T9: 'semirigid', T10: 'semirigid',
    T11: 'junctional', T12: 'junctional', L1: 'junctional',
    L2: 'mobile', L3: 'mobile', L4: 'mobile',
    L5: 'junctional', S1: 'junctional',
    S2: 'rigid', S3: 'rigid', S4: 'rigid', S5: 'rigid',
  };
  for (const [level, location] of Object.entries(expected)) {
    it(`${level} is ${location}`, () => expect(locationOfLevel(level)).toBe(location));
  }

  it('every level has a category', () => {
    for (const id of spineLevelIds) expect(locationOfLevel(id)).toBeDefined();
  });

  it('unknown strings have none', () => {
    for (const bad of ['T13', 'L6', 'c1', '', 'S0']) expect(locationOfLevel(bad)).toBeUndefined();
  });
});

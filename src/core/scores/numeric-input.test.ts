import { describe, expect, it } from 'vitest';
import { readNumber } from './numeric-input';

const vas = { min: 0, max: 10 };

describe('readNumber', () => {
  it.each([
    ['0', 0], ['10', 10], ['6.5', 6.5], ['6,5', 6.5], [' 7 ', 7], [3, 3], [0.5, 0.5], ['8.', 8], ['8,', 8],
  ] as const)('reads %j as %d', (raw, value) => {
    expect(readNumber(raw, vas)).toEqual({ ok: true, value });
  });

  it.each(['', ' ', 'abc', '0x10', '1e1', '.5', '5..1', 'NaN', 'Infinity', '+3', '3 4', NaN, Infinity])(
    'refuses %j as not a number',
    (raw) => {
      expect(readNumber(raw, vas)).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );

  it.each(['-1', '−1', '10.1', '11', -0.5, 100])('refuses %j as out of range', (raw) => {
    expect(readNumber(raw, vas)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('reads -0 as plain 0', () => {
    const r = readNumber('-0', vas);
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it('can require an integer', () => {
    expect(readNumber('12.5', { min: 0, max: 18, integer: true })).toEqual({ ok: false, reason: 'not-an-integer' });
    expect(readNumber('12', { min: 0, max: 18, integer: true })).toEqual({ ok: true, value: 12 });
  });
});

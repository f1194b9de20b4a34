import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 8 ', 8],
    ['-40', -40],
    ['−40', -40],
    ['0,25', 0.25],
    ['8.', 8],
    ['8,', 8],
    ['−2,5', -2.5],
    [7, 7],
    [2.5, 2.5],
  ] as const)('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value });
  });

  it.each(['', '  ', 'abc', '12,5,1', '1.000,5', '1e1', '0x10', ',5', '.', '5..', '−', '+3', '3 4', '12 Gy', NaN, Infinity])(
    'refuses %j',
    (raw) => {
      expect(parseNumber(raw)).toEqual({ ok: false });
    },
  );

  it('never returns -0', () => {
    const r = parseNumber('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

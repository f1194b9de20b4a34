import { describe, expect, it } from 'vitest';
import { referenceYear } from './reference-year';

describe('referenceYear', () => {
  it('prints the year of a dated work and says "no date" for one without a date, per language', () => {
    expect(referenceYear({ year: 2010 }, 'it')).toBe('2010');
    expect(referenceYear({ year: 2018, noDate: true }, 'en')).toBe('n.d');
    expect(referenceYear({ year: 2018, noDate: true }, 'it')).toBe('s.d');
  });
});

import { describe, expect, it } from 'vitest';
import { assessPainResponse } from '../../core/scores/pain-response/assess-pain-response';
import { painInvalidText } from './pain-invalid-text';

describe('painInvalidText', () => {
  it('explains a refused value in both languages', () => {
    const r = assessPainResponse({ vasBefore: '12', vasAfter: 'x' });
    if (r.kind !== 'invalid') throw new Error('expected invalid');
    const [range, nan] = r.invalid;
    if (!range || !nan) throw new Error('expected two entries');
    expect(painInvalidText(range, 'it')).toBe('VAS prima: 12 è fuori scala (ammessi valori da 0 a 10).');
    expect(painInvalidText(nan, 'en')).toBe('VAS after: "x" is not a number (allowed values 0 to 10).');
  });
});

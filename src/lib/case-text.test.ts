import { describe, expect, it } from 'vitest';
import { patientText } from './case-text';

describe('patientText', () => {
  it('words one patient or a series, with the locale decimal comma', () => {
    expect(patientText({ sex: 'F', age: 63 } as never, 'en')).toBe('Woman, aged 63');
    const series = { sex: 'unknown', cohort: { patients: 24, female: 14, male: 10, meanAge: 61.5, ageRange: { min: 40, max: 80 } } } as never;
    expect(patientText(series, 'it')).toContain('61,5');
    expect(patientText(series, 'en')).toContain('61.5');
  });
});

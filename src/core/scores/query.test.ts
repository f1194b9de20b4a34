import { describe, expect, it } from 'vitest';
import { parseChoiceParams, truncateEcho } from './query';
import { parseSinsQuery } from './sins/sins-query';
import { parseNomsQuery } from './noms/noms-query';
import { parsePainQuery } from './pain-response/pain-response-query';

describe('repeated URL keys', () => {
  it('keep the first value and say so, never settling a conflict silently', () => {
    const { values, notices } = parseChoiceParams(new URLSearchParams('pain=mechanical&pain=none'), { pain: ['mechanical', 'none'] });
    expect(values).toEqual({ pain: 'mechanical' });
    expect(notices).toEqual([{ param: 'pain', value: 'none', reason: 'repeated' }]);
  });

  it('applies to every calculator parser (SINS, NOMS, pain response)', () => {
    expect(parseSinsQuery('?pain=mechanical&pain=none').notices.map((n) => n.reason)).toContain('repeated');
    expect(parseNomsQuery('?surgeryFit=no&surgeryFit=yes').notices).toContainEqual({ param: 'surgeryFit', value: 'yes', reason: 'repeated' });
    const pain = parsePainQuery('?vasBefore=9&vasBefore=2&vasAfter=1');
    expect(pain.input.vasBefore).toBe('9');
    expect(pain.notices).toEqual([{ param: 'vasBefore', value: '2', reason: 'repeated' }]);
  });

  it('cuts long echoed values so a 10,000-character link cannot stretch the page', () => {
    expect(truncateEcho('A'.repeat(10_000))).toBe(`${'A'.repeat(80)}…`);
    expect(truncateEcho('none')).toBe('none');
  });
});

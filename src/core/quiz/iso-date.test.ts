import { describe, expect, it } from 'vitest';
import { isIsoDate, isoToMillis } from './iso-date';

describe('ISO dates', () => {
  it.each(['2025-03-01', '2024-02-29', '2025-03-01T10:00Z', '2025-12-31T23:59:59.999-05:00', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00+01:00'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each(['', 'yesterday', '01/03/2025', '2025-13-45', '2025-02-30', '2025-04-31', '2025-03-01T10:60Z', '2025-03-01T10:00+25:00', '2025-03-01T25:00:00Z', 20250301, null])('refuses %j', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });

  it('reads unreadable text as 0, not NaN', () => {
    expect(isoToMillis('nope')).toBe(0);
    expect(isoToMillis('1970-01-02T00:00:00.000Z')).toBe(86_400_000);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSinsQuery, sinsQueryString } from './sins-query';
import { scoreSins } from './score-sins';

const contract = '?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';

describe('SINS URL contract', () => {
  it('reads the public example link to 12 / indeterminate', () => {
    const { input, notices } = parseSinsQuery(contract);
    expect(notices).toEqual([]);
    expect(scoreSins(input)).toMatchObject({ kind: 'result', total: 12, band: 'indeterminate' });
  });

  it('round-trips: the same state always gives the same link', () => {
    const { input } = parseSinsQuery(contract);
    expect(sinsQueryString(input)).toBe(contract);
    expect(parseSinsQuery(sinsQueryString(input)).input).toEqual(input);
  });

  it('accepts location instead of level', () => {
    const { input } = parseSinsQuery('?location=mobile&pain=none');
    expect(input).toEqual({ location: 'mobile', pain: 'none' });
  });

  it('ignores illegal values and unknown params with notices, keeping the rest', () => {
    const { input, notices } = parseSinsQuery('?level=T99&pain=awful&lesion=lytic&foo=1');
    expect(input).toEqual({ lesion: 'lytic' });
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['level', 'unknown-value'],
      ['pain', 'unknown-value'],
      ['foo', 'unknown-param'],
    ]);
  });

  it('notes a location that a level supersedes', () => {
    const { input, notices } = parseSinsQuery('?level=T5&location=junctional');
    expect(input).toEqual({ level: 'T5' });
    expect(notices).toMatchObject([{ param: 'location', reason: 'superseded' }]);
  });

  it('writes nothing for an empty state', () => {
    expect(sinsQueryString({})).toBe('');
  });
});

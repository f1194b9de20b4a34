import { describe, expect, it } from 'vitest';
import { scoreTokuhashi } from './score-tokuhashi';
import { parseTokuhashiQuery, tokuhashiQueryString } from './tokuhashi-query';

describe('Tokuhashi URL contract', () => {
  it('reads the documented example and scores it 15, band gte1y', () => {
    const { input, notices } = parseTokuhashiQuery('?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none');
    expect(notices).toEqual([]);
    expect(scoreTokuhashi(input)).toMatchObject({ kind: 'result', total: 15, band: 'gte1y' });
  });

  it('accepts 3+ whether the plus is typed literally or percent-encoded', () => {
    expect(parseTokuhashiQuery('?extraspinal=3+&vertebral=3%2B').input).toEqual({ extraspinal: '3+', vertebral: '3+' });
  });

  it('writes parameters in a fixed order and reads its own links back', () => {
    const input = { palsy: 'incomplete', primary: 'kidney', kps: '60', vertebral: '3+', extraspinal: '1-2', organs: 'removable' };
    const qs = tokuhashiQueryString(input);
    expect(qs.startsWith('?kps=60&extraspinal=1-2&vertebral=3%2B&organs=removable&primary=kidney&palsy=incomplete')).toBe(true);
    expect(parseTokuhashiQuery(qs)).toEqual({ input, notices: [] });
  });

  it('omits missing values and gives an empty string for empty input', () => {
    expect(tokuhashiQueryString({ kps: '70' })).toBe('?kps=70');
    expect(tokuhashiQueryString({})).toBe('');
  });

  it('turns illegal values and unknown parameters into notices, never errors', () => {
    const { input, notices } = parseTokuhashiQuery('?kps=95&primary=foo&palsy=none&colour=red');
    expect(input).toEqual({ palsy: 'none' });
    expect(notices).toEqual([
      expect.objectContaining({ param: 'kps', value: '95', reason: 'unknown-value' }),
      expect.objectContaining({ param: 'primary', value: 'foo', reason: 'unknown-value' }),
      { param: 'colour', value: 'red', reason: 'unknown-param' },
    ]);
    const r = scoreTokuhashi(input);
    expect(r.kind === 'incomplete' && r.missing).toEqual(['kps', 'extraspinal', 'vertebral', 'organs', 'primary']);
  });

  it('ignores kps=abc with a notice', () => {
    const { input, notices } = parseTokuhashiQuery('kps=abc');
    expect(input).toEqual({});
    expect(notices[0]).toMatchObject({ param: 'kps', value: 'abc', reason: 'unknown-value' });
  });
});

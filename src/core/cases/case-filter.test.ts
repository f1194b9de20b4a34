import { describe, expect, it } from 'vitest';
import { caseFilterQuery, facetsOf, matchesCaseFilter, parseCaseFilter } from './case-filter';

const allowed = {
  technique: ['vertebroplasty', 'cryoablation'],
  site: ['spine', 'femur'],
  histology: ['multiple-myeloma', 'unknown'],
};

describe('parseCaseFilter', () => {
  it('reads the three filters', () => {
    expect(parseCaseFilter('?technique=vertebroplasty&site=spine&histology=unknown', allowed)).toEqual({
      filter: { technique: 'vertebroplasty', site: 'spine', histology: 'unknown' },
      ignored: [],
    });
  });

  it('drops unknown parameters and values, and ignores empty ones', () => {
    expect(parseCaseFilter('?site=moon&colour=red&technique=', allowed)).toEqual({ filter: {}, ignored: ['site=moon', 'colour=red'] });
  });

  it('keeps the first of a repeated key and reports the rest', () => {
    expect(parseCaseFilter('?site=spine&site=femur', allowed)).toEqual({ filter: { site: 'spine' }, ignored: ['site=femur'] });
  });

  it('reads an empty query as no filter', () => {
    expect(parseCaseFilter('', allowed)).toEqual({ filter: {}, ignored: [] });
  });
});

describe('caseFilterQuery', () => {
  it('writes a fixed order and nothing for an empty filter', () => {
    expect(caseFilterQuery({ histology: 'unknown', technique: 'cryoablation' })).toBe('?technique=cryoablation&histology=unknown');
    expect(caseFilterQuery({})).toBe('');
  });

  it('round-trips through parseCaseFilter', () => {
    const filter = { technique: 'vertebroplasty', site: 'femur', histology: 'multiple-myeloma' };
    expect(parseCaseFilter(caseFilterQuery(filter), allowed).filter).toEqual(filter);
  });
});

describe('matchesCaseFilter', () => {
  const facets = facetsOf({ techniques: ['vertebroplasty', 'radiofrequency-ablation'], site: { kind: 'spine' }, histology: { id: 'unknown' } });

  it('matches everything without a filter', () => expect(matchesCaseFilter(facets, {})).toBe(true));

  it('needs every given filter to match', () => {
    expect(matchesCaseFilter(facets, { technique: 'radiofrequency-ablation', site: 'spine' })).toBe(true);
    expect(matchesCaseFilter(facets, { technique: 'cryoablation' })).toBe(false);
    expect(matchesCaseFilter(facets, { technique: 'vertebroplasty', site: 'femur' })).toBe(false);
    expect(matchesCaseFilter(facets, { histology: 'multiple-myeloma' })).toBe(false);
  });
});

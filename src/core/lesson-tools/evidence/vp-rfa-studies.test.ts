import { describe, expect, it } from 'vitest';
import { selectStudies, studyFlags, summarize, vpRfaStudies } from './vp-rfa-studies';

describe('VP + RFA evidence table — values as in the course lecture', () => {
  it('seven studies, 2004–2009, with the printed patients/procedures/follow-up/improvement', () => {
    expect(vpRfaStudies.map((s) => [s.label, s.year, s.patients, s.procedures, s.improvedPct])).toEqual([
      ['Gronemeyer et al.', 2004, 4, 4, 74.4], ['Goetz et al.', 2004, 43, 43, 95], ['Nakatsuka et al.', 2004, 17, 23, 96],
      ['Toyota et al.', 2005, 17, 17, 100], ['van der Linden et al.', 2007, 12, 12, 81], ['Hoffmann et al.', 2008, 22, 27, 100], ['Munk et al.', 2009, 19, 25, 95],
    ]);
    expect(vpRfaStudies.find((s) => s.id === 'vanderlinden')!.followUp.en).toBe('18 (mean 5.6 months)');
  });
  it('flags: all non-randomized; small, retrospective, uncertain source, event kinds', () => {
    expect(vpRfaStudies.every((s) => studyFlags(s).includes('non-randomized'))).toBe(true);
    expect(studyFlags(vpRfaStudies[0]!)).toEqual(['non-randomized', 'small', 'short-follow-up', 'source-uncertain']);
    expect(studyFlags(vpRfaStudies.find((s) => s.id === 'munk')!)).toEqual(['non-randomized', 'retrospective', 'small', 'short-follow-up', 'neuro-thermal', 'cement']);
  });
  it('Goetz 2004 is radiofrequency ablation alone (its title names no cement): flagged rfa-only, and no other row is', () => {
    expect(studyFlags(vpRfaStudies.find((s) => s.id === 'goetz')!)).toContain('rfa-only');
    expect(vpRfaStudies.filter((s) => studyFlags(s).includes('rfa-only')).map((s) => s.id)).toEqual(['goetz']);
  });
  it('sorts by patients descending, stable on ties', () => {
    expect(selectStudies({ design: 'all', events: 'all' }, 'patients', 'desc').map((s) => s.patients)).toEqual([43, 22, 19, 17, 17, 12, 4]);
    expect(selectStudies({ design: 'all', events: 'all' }, 'patients', 'desc').filter((s) => s.patients === 17).map((s) => s.id)).toEqual(['nakatsuka', 'toyota']);
  });
  it('filters by design and by event kind', () => {
    expect(selectStudies({ design: 'retrospective', events: 'all' }, 'year', 'asc').map((s) => s.id)).toEqual(['hoffmann', 'munk']);
    expect(selectStudies({ design: 'all', events: 'cement' }, 'year', 'asc').map((s) => s.id)).toEqual(['hoffmann', 'munk']);
    expect(selectStudies({ design: 'all', events: 'none' }, 'year', 'asc').map((s) => s.id)).toEqual(['gronemeyer']);
  });
  it('summarizes as a range, never a pooled mean', () => {
    expect(summarize(vpRfaStudies)).toEqual({ studies: 7, patients: 134, improvedMin: 74.4, improvedMax: 100 });
    expect(summarize([])).toBeNull();
  });
});

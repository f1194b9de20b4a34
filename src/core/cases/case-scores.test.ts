import { describe, expect, it } from 'vitest';
import { testCourse } from '../../lib/test-content';
import type { CaseScore } from '../content/case-schema';
import { caseScoreQuery, caseScoreView, sinsDifferences, sinsTotalInputFor } from './case-scores';

const { cases } = testCourse();

const t11 = cases.find((c) => c.id === 'sins-t11')!;
const hifu = cases.find((c) => c.id === 'hifu-breast')!;

describe('caseScoreQuery / caseScoreView', () => {
  it('links the T11 SINS to the prefilled calculator and computes 12, possible instability', () => {
    const sins = t11.scores![0]!;
    expect(caseScoreQuery(sins)).toBe('?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');
    const view = caseScoreView(sins, 'en');
    expect(view.href).toBe('/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');
    expect(view.computed).toEqual({ kind: 'total', total: 12, band: 'Possible instability (indeterminate)' });
    expect(view.expertTotal).toBe(12);
    expect(view.level).toBe('T11');
    expect(view.items.find((i) => i.label === 'Location')).toMatchObject({ points: 3 });
  });

  it('links the pain response with vasBefore/vasAfter and classes 10 → 0 as complete', () => {
    const pain = hifu.scores![0]!;
    expect(caseScoreQuery(pain)).toBe('?vasBefore=10&vasAfter=0');
    const view = caseScoreView(pain, 'it');
    expect(view.href).toBe('/it/tools/pain-response/?vasBefore=10&vasAfter=0');
    expect(view.computed).toEqual({ kind: 'band', band: 'Risposta completa · Sollievo significativo (> 50%)' });
  });

  it('builds a view for every score of every case, never with NaN', () => {
    for (const c of cases) for (const s of c.scores ?? []) {
      for (const lang of ['it', 'en'] as const) expect(JSON.stringify(caseScoreView(s, lang)), c.id).not.toContain('NaN');
    }
  });

  it('handles a Tokuhashi score', () => {
    const s: CaseScore = { score: 'tokuhashi', input: { kps: '90', extraspinal: '0', vertebral: '1', organs: 'none', primary: 'breast', palsy: 'none' }, note: { it: 'n', en: 'n' } } as unknown as CaseScore;
    const view = caseScoreView(s, 'en');
    expect(view.href).toBe('/en/tools/tokuhashi/?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none');
    expect(view.items).toHaveLength(6);
    expect(view.computed.kind).toBe('total');
  });
});

describe('sinsTotalInputFor', () => {
  it('recognises the question that asks for the case SINS total', () => {
    const q = t11.quiz.find((x) => x.id === 'sins-total')!;
    expect(sinsTotalInputFor(q, t11.scores)).toMatchObject({ expertTotal: 12, input: { level: 'T11' } });
    const band = t11.quiz.find((x) => x.id === 'sins-band')!;
    expect(sinsTotalInputFor(band, t11.scores)).toBeNull();
  });

  it('is null for location-only numeric questions', () => {
    for (const c of cases.filter((x) => x.id !== 'sins-t11')) for (const q of c.quiz) expect(sinsTotalInputFor(q, c.scores), `${c.id}/${q.id}`).toBeNull();
  });
});

describe('sinsDifferences', () => {
  it('compares a level through its location category', () => {
    expect(sinsDifferences({ level: 'T12', pain: 'mechanical' }, { location: 'junctional', pain: 'mechanical' })).toEqual([]);
  });

  it('names the items that differ', () => {
    const expected = { level: 'T11', pain: 'mechanical', lesion: 'lytic', alignment: 'normal', collapse: 'gt50', posterior: 'unilateral' };
    expect(sinsDifferences({ ...expected, level: 'T8', collapse: 'lt50' }, expected)).toEqual(['location', 'collapse']);
    expect(sinsDifferences(expected, expected)).toEqual([]);
  });
});

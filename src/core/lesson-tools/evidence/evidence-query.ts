import { choiceQuery } from '../tool-query';
import type { QueryNotice } from '../../scores/query';
import type { Filter, SortKey } from './vp-rfa-studies';

/**
 * The evidence table's filters and sort, and its link: `?design=prospective&sort=patients`.
 * Each column sorts first in its natural direction (year oldest first, numbers largest first), so `dir`
 * appears in the link only when the reader reversed it.
 */
export interface EvidenceView extends Filter {
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const sortKeys: readonly SortKey[] = ['year', 'patients', 'procedures', 'followUpMonths', 'improvedPct'];
export const naturalDir = (k: SortKey): 'asc' | 'desc' => (k === 'year' ? 'asc' : 'desc');

export const initialEvidence: EvidenceView = { design: 'all', events: 'all', sort: 'year', dir: 'asc' };

type Raw = Omit<EvidenceView, 'dir'> & { dir: 'asc' | 'desc' | 'natural' };

const base = choiceQuery<Raw>(
  {
    design: { kind: 'one', values: ['all', 'prospective', 'retrospective'] },
    events: { kind: 'one', values: ['all', 'neuro-thermal', 'cement', 'none'] },
    sort: { kind: 'one', values: sortKeys },
    dir: { kind: 'one', values: ['asc', 'desc'] },
  },
  { ...initialEvidence, dir: 'natural' },
);

export const evidenceQuery = {
  defaults: initialEvidence,
  parse(search: string): { state: EvidenceView; notices: QueryNotice[] } {
    const { state, notices } = base.parse(search);
    return { state: { ...state, dir: state.dir === 'natural' ? naturalDir(state.sort) : state.dir }, notices };
  },
  serialize(v: EvidenceView): string {
    return base.serialize({ ...v, dir: v.dir === naturalDir(v.sort) ? 'natural' : v.dir });
  },
};

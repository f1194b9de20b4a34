import { choiceQuery } from '../tool-query';
import type { QueryNotice } from '../../scores/query';
import { initialEvidence, naturalDir, sortKeys, type EvidenceView } from './vp-rfa-studies';

/** The evidence table's link: `?design=prospective&sort=patients` (tool page only; the lesson embed does not load it). */
export { initialEvidence, naturalDir, sortKeys, type EvidenceView };

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

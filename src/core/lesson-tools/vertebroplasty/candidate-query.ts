import type { QueryNotice } from '../../scores/query';
import { candidateQueryString, vpCriteria } from './candidate-rules';

export { candidateQueryString };

/** The candidate check's link (tool page only; the lesson embed only writes it). Reading it back keeps the known criteria, in the link's order; unknown ids are dropped. */
export const candidateQuery = {
  parse(search: string): { state: string[]; notices: QueryNotice[] } {
    const ids = new URLSearchParams(search).get('on')?.split(',') ?? [];
    return { state: ids.filter((id) => vpCriteria.some((c) => c.id === id)), notices: [] };
  },
  serialize: candidateQueryString,
};

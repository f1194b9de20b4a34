import type { QueryNotice } from '../query';
import type { TokuhashiComponentId } from './tokuhashi-points';
import type { TokuhashiInput } from './score-tokuhashi';
import { tokuhashiTool } from './tokuhashi-tool';

/** The public URL contract of /{lang}/tools/tokuhashi/, in the order links are written. */
export const tokuhashiQueryOrder: readonly TokuhashiComponentId[] = [
  'kps', 'extraspinal', 'vertebral', 'organs', 'primary', 'palsy',
];

/**
 * Reads the query string. `3+` is a legal value, and a hand-typed `?vertebral=3+` arrives as "3 "
 * (a form-encoded space): the registry entry restores a literal plus before validation.
 */
export function parseTokuhashiQuery(search: string): { input: TokuhashiInput; notices: QueryNotice[] } {
  return tokuhashiTool.parseQuery(new URLSearchParams(search));
}

export function tokuhashiQueryString(input: TokuhashiInput): string {
  return tokuhashiTool.toQuery(input);
}

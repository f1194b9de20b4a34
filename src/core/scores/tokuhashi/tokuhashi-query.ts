import { parseChoiceParams, plusAsLiteral, toQueryString, type QueryNotice } from '../query';
import { optionIdsByComponent } from '../sum-score';
import { tokuhashiPoints, type TokuhashiComponentId } from './tokuhashi-points';
import type { TokuhashiInput } from './score-tokuhashi';

const fields = optionIdsByComponent<TokuhashiComponentId>(tokuhashiPoints);

/** The public URL contract of /{lang}/tools/tokuhashi/, in the order links are written. */
export const tokuhashiQueryOrder: readonly TokuhashiComponentId[] = [
  'kps', 'extraspinal', 'vertebral', 'organs', 'primary', 'palsy',
];

/**
 * Reads the query string. `3+` is a legal value, and a hand-typed `?vertebral=3+` arrives as "3 "
 * (a form-encoded space), so a literal plus is restored before validation.
 */
export function parseTokuhashiQuery(search: string): { input: TokuhashiInput; notices: QueryNotice[] } {
  const { values, notices } = parseChoiceParams(plusAsLiteral(new URLSearchParams(search)), fields);
  return { input: values, notices };
}

export function tokuhashiQueryString(input: TokuhashiInput): string {
  return toQueryString(tokuhashiQueryOrder.map((k) => [k, input[k]]));
}

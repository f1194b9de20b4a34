import type { QueryNotice } from './query';

/**
 * What every calculator of the course does, whatever it computes: one entry per tool (./registry.ts) so tool
 * pages, case scores, decks and copy-text ask the entry instead of switching on score ids. Codes only: the
 * views word a description with the tool's wording (registry) or their own strings.
 */
export interface ToolDefinition<I = unknown, R = unknown> {
  id: string;
  /** Tagged result from possibly partial input; never NaN, never a throw. */
  evaluate(input: I): R;
  /** The tool's public URL contract: what it keeps, and every ignored parameter as a notice. */
  parseQuery(params: URLSearchParams): { input: I; notices: QueryNotice[] };
  /** The query string ('' or '?a=b…') that reopens the tool with `input`, in a fixed order. */
  toQuery(input: I): string;
  /** The input and its result as codes (field and value ids, points, band), for any view to word. */
  describe(input: I, result?: R): ToolDescription;
}

/** One given input: a field id and its value id (or the number as typed), with its points in a sum score. */
export interface DescribedItem {
  field: string;
  value: string;
  points?: number;
}

export type DescribedOutcome =
  | { kind: 'total'; total: number; band: string }
  /** A class without a total (ESCC grade, pain response…); flags are further codes (e.g. 'significant'). */
  | { kind: 'band'; band: string; flags: readonly string[] }
  | { kind: 'incomplete'; missing: readonly string[]; partialTotal?: number }
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'invalid'; invalid: readonly { field: string; value: string }[] };

export interface ToolDescription {
  items: DescribedItem[];
  outcome: DescribedOutcome;
}

/** The ignored-parameter notices and input of a query string (what the islands read from location.search). */
export function parseToolQuery<I>(tool: Pick<ToolDefinition<I>, 'parseQuery'>, search: string): { input: I; notices: QueryNotice[] } {
  return tool.parseQuery(new URLSearchParams(search));
}

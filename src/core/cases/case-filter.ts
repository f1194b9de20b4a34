import { toQueryString } from '../scores/query';

/**
 * The filters of the case index (/{lang}/cases/): one value each for technique, site and histology,
 * kept in the URL query so a filtered list can be linked. Unknown parameters or values are dropped,
 * never an error: the list then simply shows more cases.
 */
export const caseFilterKeys = ['technique', 'site', 'histology'] as const;
export type CaseFilterKey = (typeof caseFilterKeys)[number];
export type CaseFilter = Partial<Record<CaseFilterKey, string>>;

/** What a case card is filtered on. */
export interface CaseFacets {
  techniques: readonly string[];
  site: string;
  histology: string;
}

export interface ParsedCaseFilter {
  filter: CaseFilter;
  /** Parameters that were dropped ("site=moon"), for a view that wants to say so. */
  ignored: string[];
}

export function parseCaseFilter(search: string, allowed: Readonly<Record<CaseFilterKey, readonly string[]>>): ParsedCaseFilter {
  const filter: CaseFilter = {};
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [param, value] of new URLSearchParams(search)) {
    const key = caseFilterKeys.find((k) => k === param);
    // A repeated key keeps its first value, as calculators do, and the later one is reported.
    if (key && seen.has(key)) {
      ignored.push(`${param}=${value}`);
      continue;
    }
    if (key) seen.add(key);
    if (key && allowed[key].includes(value)) filter[key] = value;
    else if (key && value === '') continue;
    else ignored.push(`${param}=${value}`);
  }
  return { filter, ignored };
}

/** Fixed parameter order, so one filter state always gives the same link; '' when nothing is filtered. */
export function caseFilterQuery(filter: CaseFilter): string {
  return toQueryString(caseFilterKeys.map((k) => [k, filter[k]]));
}

export function matchesCaseFilter(facets: CaseFacets, filter: CaseFilter): boolean {
  if (filter.technique !== undefined && !facets.techniques.includes(filter.technique)) return false;
  if (filter.site !== undefined && facets.site !== filter.site) return false;
  if (filter.histology !== undefined && facets.histology !== filter.histology) return false;
  return true;
}

export function facetsOf(c: { techniques: readonly string[]; site: { kind: string }; histology: { id: string } }): CaseFacets {
  return { techniques: c.techniques, site: c.site.kind, histology: c.histology.id };
}

/** A URL parameter that was ignored, with the reason, so the page can say so visibly. */
export interface QueryNotice {
  param: string;
  value: string;
  reason: 'unknown-value' | 'unknown-param' | 'superseded' | 'repeated';
  allowed?: readonly string[];
  /** For 'superseded': the parameter that won. */
  by?: string;
}

// In its own module so a page that only echoes (the lecture's notices) does not load the readers below.
export { ECHO_MAX, truncateEcho } from './echo';

/**
 * A key given twice (`?pain=mechanical&pain=none`) keeps its first value, as walkthroughs keep their
 * first `path`; every later one becomes a 'repeated' notice, so a link never settles a conflict silently.
 */
export function firstOfEach(params: URLSearchParams, notices: QueryNotice[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const [param, value] of params) {
    if (out.has(param)) notices.push({ param, value, reason: 'repeated' });
    else out.append(param, value);
  }
  return out;
}

/** Reads one parameter per choice field; anything not in `allowed` becomes a notice, never an error. */
export function parseChoiceParams<K extends string>(
  all: URLSearchParams,
  fields: Readonly<Record<K, readonly string[]>>,
  extraKnown: readonly string[] = [],
): { values: Partial<Record<K, string>>; notices: QueryNotice[] } {
  const values: Partial<Record<K, string>> = {};
  const notices: QueryNotice[] = [];
  const params = firstOfEach(all, notices);
  const known = new Set<string>([...Object.keys(fields), ...extraKnown]);
  for (const [param, value] of params) {
    if (!known.has(param)) {
      notices.push({ param, value, reason: 'unknown-param' });
      continue;
    }
    const allowed = (fields as Record<string, readonly string[]>)[param];
    if (!allowed) continue;
    if (allowed.includes(value)) values[param as K] = value;
    else notices.push({ param, value, reason: 'unknown-value', allowed });
  }
  return { values, notices };
}

/** Writes values in a fixed order so the same state always gives the same link. */
export function toQueryString(entries: ReadonlyArray<[string, string | undefined]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) if (v !== undefined && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Form encoding turns a typed "+" into a space, so `?x=3+` reads as "3 ". For vocabularies whose values
 * never contain spaces (such as `3+`), putting the plus back lets hand-written links work.
 */
export function plusAsLiteral(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) out.append(k, v.replace(/ /g, '+'));
  return out;
}

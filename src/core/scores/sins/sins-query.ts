import type { QueryNotice } from '../query';
import type { SinsComponentId } from './sins-points';
import type { SinsInput } from './score-sins';
import { sinsTool } from './sins-tool';

/** The public URL contract of /{lang}/tools/sins/: level or location, then the five other components. */
export const sinsQueryOrder: readonly (SinsComponentId | 'level')[] = [
  'level', 'location', 'pain', 'lesion', 'alignment', 'collapse', 'posterior',
];

export function parseSinsQuery(search: string): { input: SinsInput; notices: QueryNotice[] } {
  return sinsTool.parseQuery(new URLSearchParams(search));
}

export function sinsQueryString(input: SinsInput): string {
  return sinsTool.toQuery(input);
}

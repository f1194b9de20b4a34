import { parseChoiceParams, toQueryString, type QueryNotice } from '../query';
import { sinsPoints, type SinsComponentId } from './sins-points';
import type { SinsInput } from './score-sins';
import { spineLevelIds } from './spine-levels';

const fields = Object.fromEntries([
  ['level', spineLevelIds],
  ...sinsPoints.components.map((c) => [c.id, c.options.map((o) => o.id)]),
]) as Record<SinsComponentId | 'level', readonly string[]>;

/** The public URL contract of /{lang}/tools/sins/: level or location, then the five other components. */
export const sinsQueryOrder: readonly (SinsComponentId | 'level')[] = [
  'level', 'location', 'pain', 'lesion', 'alignment', 'collapse', 'posterior',
];

export function parseSinsQuery(search: string): { input: SinsInput; notices: QueryNotice[] } {
  const { values, notices } = parseChoiceParams(new URLSearchParams(search), fields);
  if (values.level && values.location) {
    notices.push({ param: 'location', value: values.location, reason: 'superseded', by: `level=${values.level}` });
    delete values.location;
  }
  return { input: values, notices };
}

export function sinsQueryString(input: SinsInput): string {
  return toQueryString(sinsQueryOrder.map((k) => [k, input[k]]));
}

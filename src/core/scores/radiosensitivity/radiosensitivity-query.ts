import { parseChoiceParams, toQueryString, type QueryNotice } from '../query';
import { histologyIds } from './histology-categories';

/** The public URL contract of /{lang}/tools/radiosensitivity/: one parameter, `histology=<id>`. */
export function parseRadiosensitivityQuery(search: string): { input: { histology?: string }; notices: QueryNotice[] } {
  const { values, notices } = parseChoiceParams(new URLSearchParams(search), { histology: histologyIds });
  return { input: values, notices };
}

export function radiosensitivityQueryString(input: { histology?: string }): string {
  return toQueryString([['histology', input.histology]]);
}

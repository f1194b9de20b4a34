import { parseChoiceParams, toQueryString, type QueryNotice } from '../query';
import { esccGradeIds, type EsccGrade } from './escc-grades';

/** The public URL contract of /{lang}/tools/escc/: one parameter, `escc=0|1a|1b|1c|2|3`. */
export function parseEsccQuery(search: string): { input: { escc?: EsccGrade }; notices: QueryNotice[] } {
  const { values, notices } = parseChoiceParams(new URLSearchParams(search), { escc: esccGradeIds });
  return { input: values as { escc?: EsccGrade }, notices };
}

export function esccQueryString(input: { escc?: string }): string {
  return toQueryString([['escc', input.escc]]);
}

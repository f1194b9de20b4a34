import { esccGradeIds, esccLevelOf, isEsccGrade, type EsccGrade, type EsccLevel } from './escc-grades';

export type EsccResult =
  | { kind: 'incomplete'; missing: ['escc'] }
  | { kind: 'invalid'; invalid: [{ component: 'escc'; value: string; allowed: readonly string[] }] }
  | { kind: 'result'; grade: EsccGrade; level: EsccLevel };

/** Looks up a grade; a missing or unknown value is reported, never thrown. Codes only: the wording is in escc-definition.ts. */
export function gradeEscc(value: string | undefined): EsccResult {
  if (value === undefined || value === '') return { kind: 'incomplete', missing: ['escc'] };
  if (!isEsccGrade(value)) {
    return { kind: 'invalid', invalid: [{ component: 'escc', value: String(value), allowed: esccGradeIds }] };
  }
  return { kind: 'result', grade: value, level: esccLevelOf[value] };
}

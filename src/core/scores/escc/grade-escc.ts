import { esccGradeIds, esccGrades, isEsccGrade, type EsccGrade, type EsccGradeInfo } from './escc-definition';

export type EsccResult =
  | { kind: 'incomplete'; missing: ['escc'] }
  | { kind: 'invalid'; invalid: [{ component: 'escc'; value: string; allowed: readonly string[] }] }
  | { kind: 'result'; grade: EsccGrade; level: EsccGradeInfo['level']; info: EsccGradeInfo };

/** Looks up a grade; a missing or unknown value is reported, never thrown. */
export function gradeEscc(value: string | undefined): EsccResult {
  if (value === undefined || value === '') return { kind: 'incomplete', missing: ['escc'] };
  if (!isEsccGrade(value)) {
    return { kind: 'invalid', invalid: [{ component: 'escc', value: String(value), allowed: esccGradeIds }] };
  }
  const info = esccGrades.find((g) => g.id === value);
  // esccGrades lists every id of esccGradeIds (a test checks it), so info is always found.
  if (!info) return { kind: 'invalid', invalid: [{ component: 'escc', value, allowed: esccGradeIds }] };
  return { kind: 'result', grade: value, level: info.level, info };
}

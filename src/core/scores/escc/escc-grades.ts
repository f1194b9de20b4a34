/**
 * The ESCC (Bilsky) grades without their wording: what scoring and the URL contract need, so that an island
 * that decides on the grade (NOMS) ships no sentences. The wording is in escc-definition.ts.
 * Grade ids are the public URL vocabulary (`escc=`) of the ESCC and NOMS tools. The low/high split is the one
 * NOMS uses to choose between radiation alone and separation surgery (laufer2013).
 */
export const esccGradeIds = ['0', '1a', '1b', '1c', '2', '3'] as const;
export type EsccGrade = (typeof esccGradeIds)[number];
export type EsccLevel = 'low' | 'high';

export const esccLevelOf: Readonly<Record<EsccGrade, EsccLevel>> = {
  '0': 'low',
  '1a': 'low',
  '1b': 'low',
  '1c': 'low',
  '2': 'high',
  '3': 'high',
};

export function isEsccGrade(value: unknown): value is EsccGrade {
  return typeof value === 'string' && (esccGradeIds as readonly string[]).includes(value);
}

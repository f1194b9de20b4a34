import type { Locale, Localized } from '../../i18n/locales';
import { esccLevelOf, type EsccGrade, type EsccLevel } from './escc-grades';

/**
 * Epidural spinal cord compression (ESCC) scale, graded on axial T2-weighted MRI at the level of
 * worst compression. Grades and their wording: Bilsky et al., J Neurosurg Spine 2010 (bilsky2010).
 * Ids and the low/high split live in escc-grades.ts (no wording, for the islands that decide on a grade).
 */
export { esccGradeIds, isEsccGrade, type EsccGrade, type EsccLevel } from './escc-grades';

export interface EsccGradeInfo {
  id: EsccGrade;
  name: Localized;
  /** One line that says what is seen on the axial image. */
  description: Localized;
  level: EsccLevel;
}

export const esccRefs = ['bilsky2010', 'laufer2013'] as const;

const gradeWording: readonly Omit<EsccGradeInfo, 'level'>[] = [
  {
    id: '0',
    name: { it: 'Grado 0', en: 'Grade 0' },
    description: {
      it: 'Malattia confinata all’osso, senza estensione epidurale.',
      en: 'Disease confined to bone, with no epidural extension.',
    },
  },
  {
    id: '1a',
    name: { it: 'Grado 1a', en: 'Grade 1a' },
    description: {
      it: 'Interessamento epidurale senza deformazione del sacco durale.',
      en: 'Epidural impingement that does not deform the thecal sac.',
    },
  },
  {
    id: '1b',
    name: { it: 'Grado 1b', en: 'Grade 1b' },
    description: {
      it: 'Il sacco durale è deformato, ma la malattia non raggiunge il midollo.',
      en: 'The thecal sac is deformed, but the disease does not reach the cord.',
    },
  },
  {
    id: '1c',
    name: { it: 'Grado 1c', en: 'Grade 1c' },
    description: {
      it: 'Il sacco durale è deformato e la malattia tocca il midollo senza comprimerlo.',
      en: 'The thecal sac is deformed and the disease abuts the cord without compressing it.',
    },
  },
  {
    id: '2',
    name: { it: 'Grado 2', en: 'Grade 2' },
    description: {
      it: 'Compressione midollare con liquor ancora visibile attorno al midollo.',
      en: 'Cord compression with cerebrospinal fluid still visible around the cord.',
    },
  },
  {
    id: '3',
    name: { it: 'Grado 3', en: 'Grade 3' },
    description: {
      it: 'Compressione midollare senza liquor visibile attorno al midollo.',
      en: 'Cord compression with no cerebrospinal fluid visible around the cord.',
    },
  },
];

export const esccGrades: readonly EsccGradeInfo[] = gradeWording.map((g) => ({ ...g, level: esccLevelOf[g.id] }));

export const esccLevelLabels: Readonly<Record<EsccLevel, Localized>> = {
  low: { it: 'Compressione di basso grado (0–1c)', en: 'Low-grade compression (0–1c)' },
  high: { it: 'Compressione di alto grado (2–3)', en: 'High-grade compression (2–3)' },
};

/** One locale's wording of the grades, for an island's props: names, one-line descriptions, level labels. */
export interface EsccGradeTexts {
  grades: Readonly<Record<EsccGrade, { name: string; description: string }>>;
  levels: Readonly<Record<EsccLevel, string>>;
}

export function esccGradeTexts(lang: Locale): EsccGradeTexts {
  return {
    grades: Object.fromEntries(esccGrades.map((g) => [g.id, { name: g.name[lang], description: g.description[lang] }])) as Record<EsccGrade, { name: string; description: string }>,
    levels: { low: esccLevelLabels.low[lang], high: esccLevelLabels.high[lang] },
  };
}

import type { Localized } from '../../i18n/locales';

/**
 * Epidural spinal cord compression (ESCC) scale, graded on axial T2-weighted MRI at the level of
 * worst compression. Grades and their wording: Bilsky et al., J Neurosurg Spine 2010 (bilsky2010).
 * The low/high split is the one NOMS uses to choose between radiation alone and separation surgery
 * (laufer2013). Grade ids are the public URL vocabulary (`escc=`) of the ESCC and NOMS tools.
 */
export const esccGradeIds = ['0', '1a', '1b', '1c', '2', '3'] as const;
export type EsccGrade = (typeof esccGradeIds)[number];
export type EsccLevel = 'low' | 'high';

export interface EsccGradeInfo {
  id: EsccGrade;
  name: Localized;
  /** One line that says what is seen on the axial image. */
  description: Localized;
  level: EsccLevel;
}

export const esccRefs = ['bilsky2010', 'laufer2013'] as const;

export const esccGrades: readonly EsccGradeInfo[] = [
  {
    id: '0',
    name: { it: 'Grado 0', en: 'Grade 0' },
    description: {
      it: 'Malattia confinata all’osso, senza estensione epidurale.',
      en: 'Disease confined to bone, with no epidural extension.',
    },
    level: 'low',
  },
  {
    id: '1a',
    name: { it: 'Grado 1a', en: 'Grade 1a' },
    description: {
      it: 'Interessamento epidurale senza deformazione del sacco durale.',
      en: 'Epidural impingement that does not deform the thecal sac.',
    },
    level: 'low',
  },
  {
    id: '1b',
    name: { it: 'Grado 1b', en: 'Grade 1b' },
    description: {
      it: 'Il sacco durale è deformato, ma la malattia non raggiunge il midollo.',
      en: 'The thecal sac is deformed, but the disease does not reach the cord.',
    },
    level: 'low',
  },
  {
    id: '1c',
    name: { it: 'Grado 1c', en: 'Grade 1c' },
    description: {
      it: 'Il sacco durale è deformato e la malattia tocca il midollo senza comprimerlo.',
      en: 'The thecal sac is deformed and the disease abuts the cord without compressing it.',
    },
    level: 'low',
  },
  {
    id: '2',
    name: { it: 'Grado 2', en: 'Grade 2' },
    description: {
      it: 'Compressione midollare con liquor ancora visibile attorno al midollo.',
      en: 'Cord compression with cerebrospinal fluid still visible around the cord.',
    },
    level: 'high',
  },
  {
    id: '3',
    name: { it: 'Grado 3', en: 'Grade 3' },
    description: {
      it: 'Compressione midollare senza liquor visibile attorno al midollo.',
      en: 'Cord compression with no cerebrospinal fluid visible around the cord.',
    },
    level: 'high',
  },
];

export const esccLevelLabels: Readonly<Record<EsccLevel, Localized>> = {
  low: { it: 'Compressione di basso grado (0–1c)', en: 'Low-grade compression (0–1c)' },
  high: { it: 'Compressione di alto grado (2–3)', en: 'High-grade compression (2–3)' },
};

export function isEsccGrade(value: unknown): value is EsccGrade {
  return typeof value === 'string' && (esccGradeIds as readonly string[]).includes(value);
}

import type { Localized } from '../../i18n/locales';
import type { StudyColumn } from './radiation-response-studies';

/**
 * Histologies the NOMS oncologic assessment names, with the category NOMS gives each for
 * conventional external beam radiotherapy (cEBRT): Laufer et al., The Oncologist 2013 (laufer2013).
 * Ids are the public URL vocabulary (`histology=`) of the radiosensitivity and NOMS tools.
 */
export type NomsRadiosensitivity = 'radiosensitive' | 'radioresistant';

export interface Histology {
  id: string;
  label: Localized;
  noms: NomsRadiosensitivity;
  /** Column of the study table that covers this histology, if any. */
  studyColumn?: StudyColumn;
}

export const histologies = [
  { id: 'lymphoma', label: { it: 'Linfoma', en: 'Lymphoma' }, noms: 'radiosensitive', studyColumn: 'lymphoma-myeloma' },
  { id: 'myeloma', label: { it: 'Mieloma', en: 'Myeloma' }, noms: 'radiosensitive', studyColumn: 'lymphoma-myeloma' },
  { id: 'seminoma', label: { it: 'Seminoma', en: 'Seminoma' }, noms: 'radiosensitive' },
  { id: 'breast', label: { it: 'Carcinoma mammario', en: 'Breast carcinoma' }, noms: 'radiosensitive', studyColumn: 'breast' },
  { id: 'prostate', label: { it: 'Carcinoma prostatico', en: 'Prostate carcinoma' }, noms: 'radiosensitive', studyColumn: 'prostate' },
  { id: 'ovarian', label: { it: 'Carcinoma ovarico', en: 'Ovarian carcinoma' }, noms: 'radiosensitive' },
  { id: 'neuroendocrine', label: { it: 'Carcinoma neuroendocrino', en: 'Neuroendocrine carcinoma' }, noms: 'radiosensitive' },
  { id: 'renal', label: { it: 'Carcinoma renale', en: 'Renal cell carcinoma' }, noms: 'radioresistant', studyColumn: 'renal' },
  { id: 'thyroid', label: { it: 'Carcinoma tiroideo', en: 'Thyroid carcinoma' }, noms: 'radioresistant' },
  { id: 'hepatocellular', label: { it: 'Epatocarcinoma', en: 'Hepatocellular carcinoma' }, noms: 'radioresistant' },
  { id: 'colon', label: { it: 'Carcinoma del colon', en: 'Colon carcinoma' }, noms: 'radioresistant', studyColumn: 'colon' },
  { id: 'nsclc', label: { it: 'Carcinoma polmonare non a piccole cellule', en: 'Non-small cell lung carcinoma' }, noms: 'radioresistant', studyColumn: 'nsclc' },
  { id: 'sarcoma', label: { it: 'Sarcoma', en: 'Sarcoma' }, noms: 'radioresistant', studyColumn: 'sarcoma' },
  { id: 'melanoma', label: { it: 'Melanoma', en: 'Melanoma' }, noms: 'radioresistant', studyColumn: 'melanoma' },
] as const satisfies readonly Histology[];

export type HistologyId = (typeof histologies)[number]['id'];
export const histologyIds: readonly HistologyId[] = histologies.map((h) => h.id);

export const nomsRadiosensitivityLabels: Readonly<Record<NomsRadiosensitivity, Localized>> = {
  radiosensitive: { it: 'Radiosensibile alla radioterapia convenzionale', en: 'Radiosensitive to conventional radiotherapy' },
  radioresistant: { it: 'Radioresistente alla radioterapia convenzionale', en: 'Radioresistant to conventional radiotherapy' },
};

export const histologyRefs = ['laufer2013'] as const;

export function histologyById(id: string): Histology | undefined {
  return (histologies as readonly Histology[]).find((h) => h.id === id);
}

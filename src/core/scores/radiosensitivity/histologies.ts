import type { Localized } from '../../i18n/locales';
import type { StudyColumn } from './radiation-response-studies';
import { histologyCategories, type HistologyId, type NomsRadiosensitivity } from './histology-categories';

/**
 * Histologies the NOMS oncologic assessment names, with the category NOMS gives each for
 * conventional external beam radiotherapy (cEBRT): Laufer et al., The Oncologist 2013 (laufer2013).
 * Ids are the public URL vocabulary (`histology=`) of the radiosensitivity and NOMS tools. The ids and
 * categories, without wording, are in histology-categories.ts (what the NOMS island ships); this file adds
 * the labels and the study columns.
 */
export { histologyIds, type HistologyId, type NomsRadiosensitivity } from './histology-categories';

export interface Histology {
  id: string;
  label: Localized;
  noms: NomsRadiosensitivity;
  /** Column of the study table that covers this histology, if any. */
  studyColumn?: StudyColumn;
}

const labelled = [
  { id: 'lymphoma', label: { it: 'Linfoma', en: 'Lymphoma' }, studyColumn: 'lymphoma-myeloma' },
  { id: 'myeloma', label: { it: 'Mieloma', en: 'Myeloma' }, studyColumn: 'lymphoma-myeloma' },
  { id: 'seminoma', label: { it: 'Seminoma', en: 'Seminoma' } },
  { id: 'breast', label: { it: 'Carcinoma mammario', en: 'Breast carcinoma' }, studyColumn: 'breast' },
  { id: 'prostate', label: { it: 'Carcinoma prostatico', en: 'Prostate carcinoma' }, studyColumn: 'prostate' },
  { id: 'ovarian', label: { it: 'Carcinoma ovarico', en: 'Ovarian carcinoma' } },
  { id: 'neuroendocrine', label: { it: 'Carcinoma neuroendocrino', en: 'Neuroendocrine carcinoma' } },
  { id: 'renal', label: { it: 'Carcinoma renale', en: 'Renal cell carcinoma' }, studyColumn: 'renal' },
  { id: 'thyroid', label: { it: 'Carcinoma tiroideo', en: 'Thyroid carcinoma' } },
  { id: 'hepatocellular', label: { it: 'Epatocarcinoma', en: 'Hepatocellular carcinoma' } },
  { id: 'colon', label: { it: 'Carcinoma del colon', en: 'Colon carcinoma' }, studyColumn: 'colon' },
  { id: 'nsclc', label: { it: 'Carcinoma polmonare non a piccole cellule', en: 'Non-small cell lung carcinoma' }, studyColumn: 'nsclc' },
  { id: 'sarcoma', label: { it: 'Sarcoma', en: 'Sarcoma' }, studyColumn: 'sarcoma' },
  { id: 'melanoma', label: { it: 'Melanoma', en: 'Melanoma' }, studyColumn: 'melanoma' },
] as const satisfies readonly Omit<Histology, 'noms'>[];

export const histologies: readonly (Histology & { id: HistologyId })[] = labelled.map((h) => ({ ...h, noms: histologyCategories[h.id] }));

export const nomsRadiosensitivityLabels: Readonly<Record<NomsRadiosensitivity, Localized>> = {
  radiosensitive: { it: 'Radiosensibile alla radioterapia convenzionale', en: 'Radiosensitive to conventional radiotherapy' },
  radioresistant: { it: 'Radioresistente alla radioterapia convenzionale', en: 'Radioresistant to conventional radiotherapy' },
};

export const histologyRefs = ['laufer2013'] as const;

export function histologyById(id: string): Histology | undefined {
  return (histologies as readonly Histology[]).find((h) => h.id === id);
}

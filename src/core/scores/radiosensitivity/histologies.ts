import type { Localized } from '../../i18n/locales';
import { histologyStudyColumns, type StudyColumn } from './radiation-response-studies';
import { histologyCategories, type HistologyId, type NomsRadiosensitivity } from './histology-categories';

/**
 * Histologies the NOMS oncologic assessment names, with the category NOMS gives each for
 * conventional external beam radiotherapy (cEBRT): Laufer et al., The Oncologist 2013 (laufer2013).
 * Ids are the public URL vocabulary (`histology=`) of the radiosensitivity and NOMS tools. The ids and
 * categories, without wording, are in histology-categories.ts (what the NOMS island ships), the study
 * columns in radiation-response-studies.ts; this file adds the labels, and only the server reads it (islands
 * get one language's labels: radiosensitivity-texts.ts, noms-texts.ts).
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
  { id: 'lymphoma', label: { it: 'Linfoma', en: 'Lymphoma' } },
  { id: 'myeloma', label: { it: 'Mieloma', en: 'Myeloma' } },
  { id: 'seminoma', label: { it: 'Seminoma', en: 'Seminoma' } },
  { id: 'breast', label: { it: 'Carcinoma mammario', en: 'Breast carcinoma' } },
  { id: 'prostate', label: { it: 'Carcinoma prostatico', en: 'Prostate carcinoma' } },
  { id: 'ovarian', label: { it: 'Carcinoma ovarico', en: 'Ovarian carcinoma' } },
  { id: 'neuroendocrine', label: { it: 'Carcinoma neuroendocrino', en: 'Neuroendocrine carcinoma' } },
  { id: 'renal', label: { it: 'Carcinoma renale', en: 'Renal cell carcinoma' } },
  { id: 'thyroid', label: { it: 'Carcinoma tiroideo', en: 'Thyroid carcinoma' } },
  { id: 'hepatocellular', label: { it: 'Epatocarcinoma', en: 'Hepatocellular carcinoma' } },
  { id: 'colon', label: { it: 'Carcinoma del colon', en: 'Colon carcinoma' } },
  { id: 'nsclc', label: { it: 'Carcinoma polmonare non a piccole cellule', en: 'Non-small cell lung carcinoma' } },
  { id: 'sarcoma', label: { it: 'Sarcoma', en: 'Sarcoma' } },
  { id: 'melanoma', label: { it: 'Melanoma', en: 'Melanoma' } },
] as const satisfies readonly Pick<Histology, 'id' | 'label'>[];

export const histologies: readonly (Histology & { id: HistologyId })[] = labelled.map((h) => {
  const studyColumn = histologyStudyColumns[h.id];
  return { ...h, noms: histologyCategories[h.id], ...(studyColumn ? { studyColumn } : {}) };
});

export const nomsRadiosensitivityLabels: Readonly<Record<NomsRadiosensitivity, Localized>> = {
  radiosensitive: { it: 'Radiosensibile alla radioterapia convenzionale', en: 'Radiosensitive to conventional radiotherapy' },
  radioresistant: { it: 'Radioresistente alla radioterapia convenzionale', en: 'Radioresistant to conventional radiotherapy' },
};

export const histologyRefs = ['laufer2013'] as const;

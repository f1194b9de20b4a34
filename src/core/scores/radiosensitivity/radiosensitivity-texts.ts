import type { Locale, Localized } from '../../i18n/locales';
import { toolMeta } from '../tool-meta';
import { histologies, nomsRadiosensitivityLabels } from './histologies';
import type { HistologyId, NomsRadiosensitivity } from './histology-categories';
import type { StudyRating } from './radiation-response-studies';

/**
 * The radiosensitivity tool's wording, both languages: the study ratings and the caveat on the table's columns
 * here, the histology and category labels in ./histologies.ts (ids, categories and ratings: ./histology-categories.ts,
 * ./radiation-response-studies.ts). Only the server imports this file: the Astro wrapper passes the island one
 * language (radiosensitivityTextsIn).
 */
export const studyRatingLabels: Readonly<Record<StudyRating, Localized>> = {
  F: { it: 'Favorevole', en: 'Favourable' },
  I: { it: 'Intermedia', en: 'Intermediate' },
  U: { it: 'Sfavorevole', en: 'Unfavourable' },
};

export const columnsCaveat: Localized = {
  it: 'La tabella riprodotta nella lezione del corso italiano riporta i giudizi di ogni studio ma non dice a quale istotipo si riferisca ciascuna colonna. L’attribuzione mostrata qui ricostruisce la tabella di Laufer e colleghi (2013): se un giudizio per studio conta per una decisione, verificalo sull’articolo originale. La classe di radiosensibilità di ogni istotipo non dipende da questa ricostruzione.',
  en: 'The table reproduced in the Italian lecture course gives each study’s ratings but not which histology each column belongs to. The assignment shown here reconstructs the table of Laufer and colleagues (2013): if a per-study rating matters for a decision, check it in the original paper. The radiosensitivity class of each histology does not depend on this reconstruction.',
};

/** One language's wording, as the island receives it. */
export interface RadiosensitivityTexts {
  /** The tool's name, first line of the copied summary. */
  name: string;
  histologies: Readonly<Record<HistologyId, string>>;
  categories: Readonly<Record<NomsRadiosensitivity, string>>;
  ratings: Readonly<Record<StudyRating, string>>;
  columnsCaveat: string;
}

export function radiosensitivityTextsIn(lang: Locale): RadiosensitivityTexts {
  return {
    name: toolMeta.radiosensitivity.name[lang],
    histologies: Object.fromEntries(histologies.map((h) => [h.id, h.label[lang]])) as Record<HistologyId, string>,
    categories: { radiosensitive: nomsRadiosensitivityLabels.radiosensitive[lang], radioresistant: nomsRadiosensitivityLabels.radioresistant[lang] },
    ratings: { F: studyRatingLabels.F[lang], I: studyRatingLabels.I[lang], U: studyRatingLabels.U[lang] },
    columnsCaveat: columnsCaveat[lang],
  };
}

import { categoryOfHistology, histologyIds, type HistologyId, type NomsRadiosensitivity } from './histology-categories';
import { histologyStudyColumns, ratingOf, studyRows, type StudyColumn, type StudyRating } from './radiation-response-studies';

// Codes and ratings only (no labels): the island ships this; the wording is in ./radiosensitivity-texts.ts.

/** A histology as the classification sees it: its id, its NOMS category and its column of the study table. */
export interface ClassifiedHistology {
  id: HistologyId;
  noms: NomsRadiosensitivity;
  /** Column of the study table that covers this histology, if any. */
  studyColumn?: StudyColumn;
}

export interface StudyRatingEntry {
  study: string;
  author: string;
  /** null when the table has no column for this histology. */
  rating: StudyRating | null;
}

export type RadiosensitivityResult =
  | { kind: 'incomplete'; missing: ['histology'] }
  | { kind: 'invalid'; invalid: [{ component: 'histology'; value: string; allowed: readonly string[] }] }
  | {
      kind: 'result';
      histology: ClassifiedHistology;
      /** The NOMS category, which is what NOMS decides on (laufer2013). */
      noms: NomsRadiosensitivity;
      studies: StudyRatingEntry[];
      /** True when the studies that report this histology do not all give it the same rating. */
      disagreement: boolean;
      /** True when at least one study rates this histology. */
      reported: boolean;
    };

/** NOMS category plus what each study of the table says about one histology. */
export function classifyRadiosensitivity(histologyId: string | undefined): RadiosensitivityResult {
  if (histologyId === undefined || histologyId === '') return { kind: 'incomplete', missing: ['histology'] };
  const noms = categoryOfHistology(histologyId);
  if (!noms) {
    return { kind: 'invalid', invalid: [{ component: 'histology', value: String(histologyId), allowed: histologyIds }] };
  }
  const id = histologyId as HistologyId;
  const column = histologyStudyColumns[id];
  const histology: ClassifiedHistology = column ? { id, noms, studyColumn: column } : { id, noms };
  const studies = studyRows.map((row) => ({
    study: row.id,
    author: row.author,
    rating: column ? ratingOf(row, column) : null,
  }));
  const distinct = new Set(studies.map((s) => s.rating).filter((r) => r !== null));
  return {
    kind: 'result',
    histology,
    noms,
    studies,
    disagreement: distinct.size > 1,
    reported: distinct.size > 0,
  };
}

import { histologyById, histologyIds, type Histology, type NomsRadiosensitivity } from './histologies';
import { ratingOf, studyRows, type StudyRating } from './radiation-response-studies';

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
      histology: Histology;
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
  const histology = histologyById(histologyId);
  if (!histology) {
    return { kind: 'invalid', invalid: [{ component: 'histology', value: String(histologyId), allowed: histologyIds }] };
  }
  const column = histology.studyColumn;
  const studies = studyRows.map((row) => ({
    study: row.id,
    author: row.author,
    rating: column ? ratingOf(row, column) : null,
  }));
  const distinct = new Set(studies.map((s) => s.rating).filter((r) => r !== null));
  return {
    kind: 'result',
    histology,
    noms: histology.noms,
    studies,
    disagreement: distinct.size > 1,
    reported: distinct.size > 0,
  };
}

import type { HistologyId } from './histology-categories';

/**
 * The "summary of expected radiation response based on histology" table that seed 000 reproduces from
 * Laufer et al., The Oncologist 2013 (laufer2013): how several studies rated the response of each
 * histology to conventional external beam radiotherapy (cEBRT).
 *
 * The seven rows and their F/I/U cells are exactly those of seed 000, in its order (Maranzano and one
 * Rades row appear twice there, so they appear twice here). The seed's text lost the column headings:
 * the histology of each column below is our reconstruction of the published table and is marked
 * unverified, so views must show the columns caveat (./radiosensitivity-texts.ts) next to any per-study cell.
 * Ids and ratings only: the wording (ratings, caveat) is in ./radiosensitivity-texts.ts, read on the server.
 */
export type StudyRating = 'F' | 'I' | 'U';

/** Column ids of the table; lymphoma and myeloma share one column. */
export const studyColumns = [
  'lymphoma-myeloma', 'breast', 'prostate', 'nsclc', 'renal', 'colon', 'melanoma', 'sarcoma',
] as const;
export type StudyColumn = (typeof studyColumns)[number];

/** The column of the table that covers each histology it covers (the others: no study rates them). */
export const histologyStudyColumns: Readonly<Partial<Record<HistologyId, StudyColumn>>> = {
  lymphoma: 'lymphoma-myeloma', myeloma: 'lymphoma-myeloma', breast: 'breast', prostate: 'prostate',
  renal: 'renal', colon: 'colon', nsclc: 'nsclc', sarcoma: 'sarcoma', melanoma: 'melanoma',
};

/** False until someone checks the headings against the printed Table 1 of laufer2013. */
export const columnsVerified = false;

export interface StudyRow {
  /** Unique row id; repeated studies get a suffix in seed order. */
  id: string;
  /** Author as printed in the seed; no year is given there. */
  author: string;
  /** One rating per entry of studyColumns, in that order (seed 000). */
  cells: readonly [StudyRating, StudyRating, StudyRating, StudyRating, StudyRating, StudyRating, StudyRating, StudyRating];
}

export const studyRows: readonly StudyRow[] = [
  { id: 'gilbert', author: 'Gilbert et al.', cells: ['F', 'F', 'U', 'U', 'U', 'U', 'U', 'U'] },
  { id: 'maranzano-1', author: 'Maranzano et al.', cells: ['F', 'F', 'F', 'U', 'U', 'U', 'U', 'U'] },
  { id: 'rades-1', author: 'Rades et al.', cells: ['F', 'I', 'I', 'I', 'U', 'I', 'U', 'I'] },
  { id: 'rades-2', author: 'Rades et al.', cells: ['F', 'F', 'F', 'U', 'U', 'U', 'U', 'U'] },
  { id: 'katagiri', author: 'Katagiri et al.', cells: ['F', 'F', 'F', 'U', 'U', 'U', 'U', 'U'] },
  { id: 'maranzano-2', author: 'Maranzano et al.', cells: ['F', 'F', 'F', 'U', 'U', 'U', 'U', 'U'] },
  { id: 'rades-3', author: 'Rades et al.', cells: ['F', 'I', 'I', 'I', 'U', 'I', 'U', 'I'] },
];

/** The table is cited as a whole: the seed names no year or journal for the individual studies. */
export const studyTableRefs = ['laufer2013'] as const;

export function ratingOf(row: StudyRow, column: StudyColumn): StudyRating {
  const i = studyColumns.indexOf(column);
  // cells has one entry per column (checked by the type and by a test), so the fallback never applies.
  return row.cells[i] ?? 'U';
}

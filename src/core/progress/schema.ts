import type { StoredCard } from '../quiz/review-card';

/**
 * The derived view of progress that widgets read: lessons read, quiz history, case-quiz scores and
 * review cards. It is never stored as such: it is folded from the event log (./fold.ts). Plain types,
 * no zod, so the lesson page's toggle can load the store without a schema library.
 */
export const PROGRESS_VERSION = 2;
/** Where the site kept progress in localStorage before the event log; read once by ./legacy.ts. */
export const PROGRESS_KEY = 'percutanea.progress';
/** The old single backup slot; only read, as a source of legacy data. */
export const BACKUP_KEY = 'percutanea.progress.backup';

export interface QuizResult {
  id: string;
  date: string;
  mode: 'practice' | 'exam';
  modules: string[];
  /** Points earned, partial credit included: 0…total. */
  score: number;
  total: number;
  /** Question ids answered wrong, partly right or skipped. */
  mistakes: string[];
}

export interface CaseQuizRecord {
  best: number;
  last: number;
  date: string;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  /** Lesson slug → when it was last marked read. */
  lessonsRead: Record<string, string>;
  quizResults: QuizResult[];
  /** Case id → best and last score. */
  caseQuizzes: Record<string, CaseQuizRecord>;
  /** Question id → ts-fsrs card as JSON. */
  reviewCards: Record<string, StoredCard>;
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: {} };
}

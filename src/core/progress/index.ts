/**
 * Progress store. Note: this barrel re-exports record-session.ts, which pulls in ts-fsrs through
 * quiz/review.ts. A page that only marks lessons read can import ./load, ./save and ./updates directly.
 */
export { memoryStorage, type KeyValueStorage } from './storage';
export {
  BACKUP_KEY,
  emptyProgress,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressSchema,
  sectionNames,
  type CaseQuizRecord,
  type ProgressState,
  type QuizResult,
  type SectionName,
} from './schema';
export type { ProgressV1, V1Result } from './schema-v1';
export { migrateV1 } from './migrate-v1';
export { decodeProgress, type Decoded, type MigratedFrom } from './decode';
export { loadProgress, type LoadProblem, type LoadReport, type Loaded } from './load';
export { clearProgress, saveProgress, type SaveResult } from './save';
export { EXPORT_FORMAT, exportProgress } from './export-progress';
export { importProgress, type ImportResult } from './import-progress';
export { importErrorMessage, type ImportError } from './import-messages';
export { mergeProgress } from './merge';
export { addQuizResult, markLessonRead, recordCaseQuiz, setReviewCards, unmarkLessonRead } from './updates';
export { quizResultId, recordSession, toQuizResult } from './record-session';

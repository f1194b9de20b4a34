import { toMillis, type Instant } from '../quiz/time';
import { PROGRESS_VERSION, type ProgressState } from './schema';

/** Marks a file as ours, so importing someone's random JSON fails with a clear message. */
export const EXPORT_FORMAT = 'percutanea-progress';

/** A progress file for download: format tag, version, optional export time, then the sections. */
export function exportProgress(state: ProgressState, now?: Instant): string {
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    ...(now !== undefined ? { exportedAt: new Date(toMillis(now)).toISOString() } : {}),
    lessonsRead: state.lessonsRead,
    quizResults: state.quizResults,
    caseQuizzes: state.caseQuizzes,
    reviewCards: state.reviewCards,
  };
  return JSON.stringify(file, null, 2);
}

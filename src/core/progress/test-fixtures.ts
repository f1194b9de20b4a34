import { review } from '../quiz/review';
import type { ProgressState } from './schema';

/** A filled-in view shared by the progress tests (also the shape the previous release stored). */
export const t0 = Date.UTC(2025, 2, 1, 9);
export const day = 86_400_000;
export const isoAt = (ms: number) => new Date(ms).toISOString();

export function sampleState(): ProgressState {
  return {
    version: 2,
    lessonsRead: { 'm01-multidisciplinary': isoAt(t0), 'm06-vertebroplasty': isoAt(t0 + day) },
    quizResults: [
      { id: 'quiz-a', date: isoAt(t0), mode: 'practice', modules: ['M1', 'M6'], score: 7.5, total: 10, mistakes: ['m06-leak', 'm01-team'] },
      { id: 'quiz-b', date: isoAt(t0 + day), mode: 'exam', modules: ['M9'], score: 4, total: 5, mistakes: ['m09-ice'] },
    ],
    caseQuizzes: { 'sins-t11': { best: 4, last: 3, date: isoAt(t0 + day) } },
    reviewCards: { 'm06-leak': review(undefined, 'again', t0), 'm01-team': review(undefined, 'good', t0) },
  };
}

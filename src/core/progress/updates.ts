import type { CardDeck } from '../quiz/review-card';
import { toMillis, type Instant } from '../quiz/time';
import type { ProgressState, QuizResult } from './schema';

/** Small immutable edits a view makes to progress before saving it. */

const iso = (now: Instant) => new Date(toMillis(now)).toISOString();

export function markLessonRead(state: ProgressState, slug: string, now: Instant): ProgressState {
  return { ...state, lessonsRead: { ...state.lessonsRead, [slug]: iso(now) } };
}

export function unmarkLessonRead(state: ProgressState, slug: string): ProgressState {
  const lessonsRead = Object.fromEntries(Object.entries(state.lessonsRead).filter(([key]) => key !== slug));
  return { ...state, lessonsRead };
}

/** Appends a result, replacing an earlier one with the same id. */
export function addQuizResult(state: ProgressState, result: QuizResult): ProgressState {
  return { ...state, quizResults: [...state.quizResults.filter((r) => r.id !== result.id), result] };
}

/** Records a case-quiz attempt: `last` is this score, `best` the highest so far. */
export function recordCaseQuiz(state: ProgressState, caseId: string, score: number, now: Instant): ProgressState {
  const safe = Number.isFinite(score) ? Math.max(0, score) : 0;
  const previous = state.caseQuizzes[caseId];
  return {
    ...state,
    caseQuizzes: { ...state.caseQuizzes, [caseId]: { best: Math.max(previous?.best ?? 0, safe), last: safe, date: iso(now) } },
  };
}

export function setReviewCards(state: ProgressState, reviewCards: CardDeck): ProgressState {
  return { ...state, reviewCards };
}

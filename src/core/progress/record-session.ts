import { reviewSession } from '../quiz/review';
import { results as sessionResults, type BankEntry, type SessionResults } from '../quiz/results';
import { seedToInt } from '../quiz/rng';
import type { Session } from '../quiz/session';
import type { ProgressState, QuizResult } from './schema';
import { addQuizResult, setReviewCards } from './updates';

/** Same session, same id: recording it twice (a double click, a second tab) keeps one result. */
export function quizResultId(session: Session): string {
  return `quiz-${session.startedAt.toString(36)}-${seedToInt(session.seed).toString(36)}`;
}

export function toQuizResult(session: Session, results: SessionResults): QuizResult {
  return {
    id: quizResultId(session),
    date: new Date(session.finishedAt ?? session.startedAt).toISOString(),
    mode: session.mode,
    // Only answered questions are recorded: ending early is no failure on what was never asked.
    modules: results.byModule.filter((m) => m.answered > 0).map((m) => m.module),
    score: results.score,
    total: results.answered,
    mistakes: results.mistakes,
  };
}

/**
 * Stores a finished session: its result in the history and each of its answers as a review card.
 * Cards are only updated the first time a session is recorded, so a repeated call cannot count the
 * same answers twice.
 */
export function recordSession(state: ProgressState, session: Session, bank: readonly BankEntry[]): ProgressState {
  const outcome = sessionResults(session, bank);
  // A session ended before any answer leaves no trace in the history.
  if (outcome.answered === 0) return state;
  const result = toQuizResult(session, outcome);
  const already = state.quizResults.some((r) => r.id === result.id);
  const withResult = addQuizResult(state, result);
  if (already) return withResult;
  const known = new Set(bank.map((q) => q.id));
  const answered = Object.fromEntries(Object.entries(session.answers).filter(([id]) => known.has(id)));
  return setReviewCards(withResult, reviewSession(state.reviewCards, { ...session, answers: answered }));
}

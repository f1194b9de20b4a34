import { isoToMillis } from '../quiz/iso-date';
import type { StoredCard } from '../quiz/review-card';
import { PROGRESS_VERSION, type CaseQuizRecord, type ProgressState, type QuizResult } from './schema';

/** Picks `b` only when it is strictly newer, so merging is stable and a tie keeps what was there. */
function newer(a: string, b: string): 'a' | 'b' {
  return isoToMillis(b) > isoToMillis(a) ? 'b' : 'a';
}

function mergeRecords<V>(a: Record<string, V>, b: Record<string, V>, pick: (x: V, y: V) => V): Record<string, V> {
  const out: Record<string, V> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined ? value : pick(mine, value);
  }
  return out;
}

function mergeCase(a: CaseQuizRecord, b: CaseQuizRecord): CaseQuizRecord {
  const latest = newer(a.date, b.date) === 'b' ? b : a;
  return { best: Math.max(a.best, b.best), last: latest.last, date: latest.date };
}

/** The card reviewed more recently carries the fuller history; then more reviews, then the later due date. */
function mergeCard(a: StoredCard, b: StoredCard): StoredCard {
  const lastA = a.last_review ? isoToMillis(a.last_review) : -Infinity;
  const lastB = b.last_review ? isoToMillis(b.last_review) : -Infinity;
  if (lastA !== lastB) return lastB > lastA ? b : a;
  if (a.reps !== b.reps) return b.reps > a.reps ? b : a;
  return newer(a.due, b.due) === 'b' ? b : a;
}

function mergeResults(a: readonly QuizResult[], b: readonly QuizResult[]): QuizResult[] {
  const byId = new Map<string, QuizResult>();
  for (const r of [...a, ...b]) {
    const seen = byId.get(r.id);
    byId.set(r.id, seen && newer(seen.date, r.date) === 'a' ? seen : r);
  }
  return [...byId.values()].sort((x, y) => isoToMillis(x.date) - isoToMillis(y.date) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Union of two progress states (this device and an imported file, say): every lesson, result, case
 * and card from either side; on a clash the newer date wins, and a case keeps the best score of both.
 */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  return {
    version: PROGRESS_VERSION,
    lessonsRead: mergeRecords(a.lessonsRead, b.lessonsRead, (x, y) => (newer(x, y) === 'b' ? y : x)),
    quizResults: mergeResults(a.quizResults, b.quizResults),
    caseQuizzes: mergeRecords(a.caseQuizzes, b.caseQuizzes, mergeCase),
    reviewCards: mergeRecords(a.reviewCards, b.reviewCards, mergeCard),
  };
}

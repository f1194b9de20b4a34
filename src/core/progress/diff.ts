import type { StoredCard } from '../quiz/review-card';
import type { NewEvent, Rating } from './events';
import type { ProgressState } from './schema';

/**
 * Widgets still describe a change as an edit of the view, `(state) => state` (useProgress's update).
 * This turns the difference into the events that the log records, so the edit helpers in
 * ./updates.ts and ./record-session.ts keep working unchanged. Removed results, cases and cards are
 * not events (nothing in the site deletes them); a removed lesson mark is an un-mark.
 */
export function eventsFromEdit(before: ProgressState, after: ProgressState, at: string, options: { rating?: Rating } = {}): NewEvent[] {
  const out: NewEvent[] = [];
  const own = <V>(record: Record<string, V>, key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  for (const [slug, date] of Object.entries(after.lessonsRead)) {
    if (own(before.lessonsRead, slug) !== date) out.push({ type: 'lesson', at, slug, read: true });
  }
  for (const slug of Object.keys(before.lessonsRead)) {
    if (!Object.hasOwn(after.lessonsRead, slug)) out.push({ type: 'lesson', at, slug, read: false });
  }
  const previous = new Map(before.quizResults.map((r) => [r.id, JSON.stringify(r)]));
  for (const result of after.quizResults) {
    if (previous.get(result.id) !== JSON.stringify(result)) out.push({ type: 'quiz', at, result });
  }
  for (const [caseId, record] of Object.entries(after.caseQuizzes)) {
    const was = own(before.caseQuizzes, caseId);
    if (!was || was.date !== record.date || was.last !== record.last || was.best !== record.best) {
      // A raised best without a new attempt (a merge) is recorded as an attempt at that score first.
      if (record.best > Math.max(was?.best ?? 0, record.last)) out.push({ type: 'case', at: justBefore(at), caseId, score: record.best });
      out.push({ type: 'case', at, caseId, score: record.last });
    }
  }
  for (const [questionId, card] of Object.entries(after.reviewCards)) {
    if (!sameCard(own(before.reviewCards, questionId), card)) {
      out.push({ type: 'review', at, questionId, card, ...(options.rating !== undefined ? { rating: options.rating } : {}) });
    }
  }
  return out;
}

/** One millisecond earlier, so the fold sees the best score before the last one. */
function justBefore(at: string): string {
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? new Date(ms - 1).toISOString() : at;
}

function sameCard(a: StoredCard | undefined, b: StoredCard): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

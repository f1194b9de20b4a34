import { isIsoDate, isoToMillis } from './calendar-date';
import type { ReviewRating } from './review';
import type { StoredCard } from './review-card';
import type { ReviewLogEntry } from './review-log';

/**
 * The review history behind the statistics view, read from the progress event log. Every card update
 * is a review event there — practice, exam, case quiz, lesson self-check and review session alike —
 * so the statistics count the learner's whole history, not only the grades given since the review
 * log (review-log.ts) was added. The structural type keeps this module free of the progress code.
 */
export interface ReviewRecord {
  type: string;
  at: string;
  questionId?: string;
  card?: Pick<StoredCard, 'state' | 'lapses'>;
  /** FSRS rating 1–4 when the writer stored it (the review session); absent for quiz answers. */
  rating?: number;
}

const ratings: Record<number, ReviewRating> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/**
 * One log entry per review event, oldest first. The state before a review is the card's state after
 * the previous one (New for the first). The grade is the stored rating; without one it is read from
 * the card: a lapse (lapses went up) is Again, anything else Good. That reading is exact where it
 * matters — true retention counts only reviews of cards in Review, where Again is always a lapse.
 */
export function reviewHistory(events: readonly ReviewRecord[]): ReviewLogEntry[] {
  const reviews = events
    .filter((e): e is ReviewRecord & { questionId: string; card: Pick<StoredCard, 'state' | 'lapses'> } => e.type === 'review' && !!e.questionId && !!e.card)
    .filter((e) => isIsoDate(e.at))
    .map((e) => ({ e, at: isoToMillis(e.at) }))
    .sort((a, b) => a.at - b.at);
  const last = new Map<string, Pick<StoredCard, 'state' | 'lapses'>>();
  return reviews.map(({ e, at }) => {
    const before = last.get(e.questionId);
    last.set(e.questionId, e.card);
    const lapsed = e.card.lapses > (before?.lapses ?? 0);
    const rating = (e.rating !== undefined ? ratings[e.rating] : undefined) ?? (lapsed ? 'again' : 'good');
    return { id: e.questionId, at, rating, state: before?.state ?? 'New' };
  });
}

/** How close (ms) a review-log grade and a progress event must be to be the same review. */
const SAME_REVIEW_MS = 60_000;

/**
 * The history from the event log, with the review log's grades where both recorded the same review
 * (same card within a minute: the log has the exact Again/Hard/Good/Easy), and any review-log entry
 * the event log lacks. Oldest first.
 */
export function mergeReviewLogs(fromEvents: readonly ReviewLogEntry[], reviewLog: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const merged = fromEvents.map((e) => ({ ...e }));
  const used = new Set<number>();
  const extra: ReviewLogEntry[] = [];
  for (const entry of reviewLog) {
    const i = merged.findIndex((m, k) => !used.has(k) && m.id === entry.id && Math.abs(m.at - entry.at) <= SAME_REVIEW_MS);
    if (i < 0) {
      extra.push(entry);
      continue;
    }
    used.add(i);
    merged[i] = { ...merged[i]!, rating: entry.rating, state: entry.state };
  }
  return [...merged, ...extra].sort((a, b) => a.at - b.at);
}

import { appendReview, parseReviewLog, REVIEW_LOG_KEY, type ReviewLogEntry } from '../../core/quiz/review-log';
import { snapshotStorage } from '../shared/question/snapshot-storage';

/**
 * The review log (every grade given, for the statistics) in its own key beside the progress store.
 * Losing it loses only statistics, never a card: the cards themselves live in the progress store.
 */
export function readReviewLog(): ReviewLogEntry[] {
  try {
    const raw = snapshotStorage.getItem(REVIEW_LOG_KEY);
    return raw === null ? [] : parseReviewLog(JSON.parse(raw));
  } catch {
    return [];
  }
}

export function logReview(entry: ReviewLogEntry): ReviewLogEntry[] {
  const next = appendReview(readReviewLog(), entry);
  try {
    snapshotStorage.setItem(REVIEW_LOG_KEY, JSON.stringify(next));
  } catch {
    // Full or refused storage: the statistics miss this review; the card itself was saved apart.
  }
  return next;
}

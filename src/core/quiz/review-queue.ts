import type { Graded } from './grade';
import type { ReviewRating } from './review';

/**
 * One sitting of review, as Anki runs it: cards in turn; a card graded Again comes back later in the
 * same sitting (a relearning step) until it is answered with something better.
 */
export interface ReviewQueue {
  /** Card ids still to show, the current one first. */
  pending: string[];
  /** Cards shown and graded, in order (a card graded Again appears once per showing). */
  done: { id: string; rating: ReviewRating }[];
}

/** How many other cards come between a lapse and its relearning step (fewer when the queue is short). */
export const RELEARN_GAP = 3;

export function startQueue(ids: readonly string[]): ReviewQueue {
  return { pending: [...new Set(ids)], done: [] };
}

export function currentCard(queue: ReviewQueue): string | null {
  return queue.pending[0] ?? null;
}

export function gradeCurrent(queue: ReviewQueue, rating: ReviewRating): ReviewQueue {
  const [id, ...rest] = queue.pending;
  if (id === undefined) return queue;
  const pending = rating === 'again' ? [...rest.slice(0, RELEARN_GAP), id, ...rest.slice(RELEARN_GAP)] : rest;
  return { pending, done: [...queue.done, { id, rating }] };
}

/** Distinct cards seen so far and how many of them still wait for a relearning step. */
export function queueCounts(queue: ReviewQueue): { seen: number; relearning: number; left: number } {
  const seen = new Set(queue.done.map((d) => d.id));
  const pending = new Set(queue.pending);
  return { seen: seen.size, relearning: [...pending].filter((id) => seen.has(id)).length, left: pending.size };
}

export const ratings: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/**
 * Which grades an answer allows. The learner judges recall, as in Anki, but the site knows when the
 * answer was wrong: a wrong answer can only be Again, a partly right one Again or Hard; a right one
 * may still be graded Again (a lucky guess).
 */
export function allowedRatings(result: Graded): readonly ReviewRating[] {
  if (result.correct) return ratings;
  return result.score > 0 ? ['again', 'hard'] : ['again'];
}

/** What Space grades: Good for a right answer, otherwise the best grade allowed. */
export function defaultRating(result: Graded): ReviewRating {
  const allowed = allowedRatings(result);
  return allowed.includes('good') ? 'good' : (allowed.at(-1) ?? 'again');
}

/** Keys 1–4 as in Anki. */
export function ratingForKey(key: string): ReviewRating | null {
  const index = ['1', '2', '3', '4'].indexOf(key);
  return index === -1 ? null : (ratings[index] ?? null);
}

import { isIntAtLeast, isOneOf, isPlainObject, isShortString } from './guards';
import { isoToMillis } from './iso-date';
import type { ReviewRating } from './review';
import { cardStates, type CardDeck, type CardState, type StoredCard } from './review-card';
import { toMillis, type Instant } from './time';

/**
 * Every review grade, for the statistics view (reviews per day, true retention). Cards alone cannot
 * tell these: a card keeps only its latest review.
 */
export const REVIEW_LOG_KEY = 'percutanea.reviewLog';
/** About two years of daily review; the oldest entries go first. */
export const REVIEW_LOG_LIMIT = 20_000;

const reviewRatings: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

export interface ReviewLogEntry {
  id: string;
  /** Epoch ms. */
  at: number;
  rating: ReviewRating;
  /** The card's state before this review. */
  state: CardState;
}

/** One stored entry, or null when any field is missing or out of shape (extra fields are dropped). */
export function readReviewLogEntry(raw: unknown): ReviewLogEntry | null {
  if (!isPlainObject(raw)) return null;
  const { id, at, rating, state } = raw;
  if (!isShortString(id, 200) || !isIntAtLeast(at) || !isOneOf(rating, reviewRatings) || !isOneOf(state, cardStates)) return null;
  return { id, at, rating, state };
}

/** Reads a stored log leniently: bad entries are dropped, never the whole log. */
export function parseReviewLog(raw: unknown): ReviewLogEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const read = readReviewLogEntry(entry);
    return read ? [read] : [];
  });
}

export function appendReview(log: readonly ReviewLogEntry[], entry: ReviewLogEntry): ReviewLogEntry[] {
  const next = [...log, entry];
  return next.length > REVIEW_LOG_LIMIT ? next.slice(next.length - REVIEW_LOG_LIMIT) : next;
}

export function logEntry(id: string, card: StoredCard | undefined, rating: ReviewRating, now: Instant): ReviewLogEntry {
  return { id, at: toMillis(now), rating, state: card?.state ?? 'New' };
}

const DAY = 86_400_000;

/** Local midnight starting the day of `at`. */
function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The local day `offset` days from the day of `now`, as "YYYY-MM-DD". */
function dayKey(now: number, offset: number): string {
  const d = new Date(startOfDay(now));
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dayIndex(now: number, at: number): number {
  // Rounding absorbs the hour gained or lost at a daylight-saving change.
  return Math.round((startOfDay(at) - startOfDay(now)) / DAY);
}

export interface ReviewStats {
  byState: Record<StoredCard['state'], number>;
  /** The last `days` days, oldest first, today last. */
  reviewsPerDay: { day: string; count: number }[];
  /** Today (including overdue cards) and the following days. */
  forecast: { day: string; count: number }[];
  /**
   * Share of reviews of mature cards (state Review before the review) not graded Again: Anki's
   * "true retention". Null when there is none yet.
   */
  trueRetention: { passed: number; total: number; rate: number } | null;
}

export function reviewStats(deck: CardDeck, log: readonly ReviewLogEntry[], now: Instant, days = 14, known?: ReadonlySet<string>): ReviewStats {
  const at = toMillis(now);
  const cards = Object.entries(deck).filter(([id]) => !known || known.has(id));
  const byState = { New: 0, Learning: 0, Review: 0, Relearning: 0 };
  for (const [, card] of cards) byState[card.state] += 1;

  const reviewsPerDay = Array.from({ length: days }, (_, i) => ({ day: dayKey(at, i - days + 1), count: 0 }));
  for (const entry of log) {
    const slot = reviewsPerDay[dayIndex(at, entry.at) + days - 1];
    if (slot && entry.at <= at) slot.count += 1;
  }

  const forecast = Array.from({ length: days }, (_, i) => ({ day: dayKey(at, i), count: 0 }));
  for (const [, card] of cards) {
    const slot = forecast[Math.max(0, dayIndex(at, isoToMillis(card.due)))];
    if (slot) slot.count += 1;
  }

  const mature = log.filter((e) => e.state === 'Review');
  const passed = mature.filter((e) => e.rating !== 'again').length;
  return {
    byState,
    reviewsPerDay,
    forecast,
    trueRetention: mature.length === 0 ? null : { passed, total: mature.length, rate: passed / mature.length },
  };
}

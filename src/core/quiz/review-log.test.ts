import { describe, expect, it } from 'vitest';
import { endOfDay, dueToday } from './due-today';
import { review } from './review';
import { appendReview, logEntry, parseReviewLog, REVIEW_LOG_LIMIT, reviewStats } from './review-log';

// Local noon, so day boundaries do not depend on the machine's time zone.
const now = new Date(2025, 2, 10, 12).getTime();
const DAY = 86_400_000;

describe('due today', () => {
  it('counts cards due before local midnight, only for questions the site still has', () => {
    const deck = {
      soon: review(undefined, 'again', now - DAY),
      later: review(undefined, 'easy', now),
      gone: review(undefined, 'again', now - DAY),
    };
    expect(endOfDay(now)).toBe(new Date(2025, 2, 10, 23, 59, 59, 999).getTime());
    expect(dueToday(deck, now).sort()).toEqual(['gone', 'soon']);
    expect(dueToday(deck, now, new Set(['soon', 'later']))).toEqual(['soon']);
  });
});

describe('review statistics', () => {
  const deck = {
    a: review(undefined, 'good', now - 3 * DAY),
    b: review(review(undefined, 'good', now - 20 * DAY), 'good', now - 2 * DAY),
    c: review(undefined, 'again', now),
  };
  const log = [
    logEntry('a', undefined, 'good', now - 3 * DAY),
    { id: 'b', at: now - 2 * DAY, rating: 'good' as const, state: 'Review' as const },
    { id: 'b', at: now - DAY, rating: 'again' as const, state: 'Review' as const },
    { id: 'c', at: now, rating: 'again' as const, state: 'New' as const },
    { id: 'c', at: now - 30 * DAY, rating: 'good' as const, state: 'Review' as const },
  ];

  it('counts cards by state', () => {
    const s = reviewStats(deck, log, now);
    expect(s.byState).toEqual({ New: 0, Learning: 0, Review: 3, Relearning: 0 });
  });

  it('counts reviews per local day over the last 14 days, today last', () => {
    const s = reviewStats(deck, log, now);
    expect(s.reviewsPerDay).toHaveLength(14);
    expect(s.reviewsPerDay.at(-1)).toEqual({ day: '2025-03-10', count: 1 });
    expect(s.reviewsPerDay.at(-3)?.count).toBe(1);
    expect(s.reviewsPerDay.reduce((n, d) => n + d.count, 0)).toBe(4); // the 30-day-old one is outside
  });

  it('forecasts cards due on each of the next 14 days, overdue counted today', () => {
    const s = reviewStats(deck, log, now);
    expect(s.forecast[0]?.day).toBe('2025-03-10');
    expect(s.forecast.reduce((n, d) => n + d.count, 0)).toBe(Object.values(deck).filter((c) => Date.parse(c.due) < now + 14 * DAY).length);
  });

  it('true retention is the share of mature reviews not graded Again; none yet is null, not NaN', () => {
    expect(reviewStats(deck, log, now).trueRetention).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(reviewStats({}, [], now).trueRetention).toBeNull();
  });

  it('a stored log is read leniently and capped', () => {
    expect(parseReviewLog([log[0], { id: 1 }, null, log[1]])).toEqual([log[0], log[1]]);
    expect(parseReviewLog('nope')).toEqual([]);
    const long = Array.from({ length: REVIEW_LOG_LIMIT }, () => log[0]!);
    expect(appendReview(long, log[3]!)).toHaveLength(REVIEW_LOG_LIMIT);
    expect(appendReview(long, log[3]!).at(-1)).toEqual(log[3]);
  });
});

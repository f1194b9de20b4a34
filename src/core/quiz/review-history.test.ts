import { describe, expect, it } from 'vitest';
import { review } from './review';
import { reviewStats, type ReviewLogEntry } from './review-log';
import { mergeReviewLogs, reviewHistory, type ReviewRecord } from './review-history';
import type { StoredCard } from './review-card';

// Local noon, so day boundaries do not depend on the machine's time zone.
const now = new Date(2025, 2, 10, 12).getTime();
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Cards as the quizzes leave them: each answer schedules the card and the store keeps an event. */
function answers(id: string, steps: { at: number; rating: 'again' | 'good'; stored?: 1 | 2 | 3 | 4 }[]) {
  let card: StoredCard | undefined;
  const events: ReviewRecord[] = [];
  for (const s of steps) {
    card = review(card, s.rating, s.at);
    events.push({ type: 'review', at: iso(s.at), questionId: id, card, ...(s.stored ? { rating: s.stored } : {}) });
  }
  return { card: card!, events };
}

describe('statistics from the stored history', () => {
  // A bank question answered in practice 20 and 5 days ago, then lapsed in an exam yesterday (no rating stored);
  // a case-quiz mistake 3 days ago; a self-check answered today; one review-session grade with its rating.
  const bank = answers('m06-leak-risk-factor', [
    { at: now - 40 * DAY, rating: 'good' },
    { at: now - 20 * DAY, rating: 'good' },
    { at: now - 5 * DAY, rating: 'good' },
    { at: now - DAY, rating: 'again' },
  ]);
  const caseQ = answers('case-oo-femur-rfa-intent', [{ at: now - 3 * DAY, rating: 'again' }]);
  const selfCheck = answers('m01-vignette-mdt-first-step', [{ at: now - 2 * 3_600_000, rating: 'good', stored: 3 }]);
  const events: ReviewRecord[] = [
    ...bank.events,
    ...caseQ.events,
    ...selfCheck.events,
    { type: 'lesson', at: iso(now - DAY) },
    { type: 'quiz', at: iso(now - DAY) },
  ];
  const deck = { 'm06-leak-risk-factor': bank.card, 'case-oo-femur-rfa-intent': caseQ.card, 'm01-vignette-mdt-first-step': selfCheck.card };

  it('does not start at zero: every earlier answer, case-quiz and self-check ones included, is a review', () => {
    const history = reviewHistory(events);
    expect(history).toHaveLength(6);
    const stats = reviewStats(deck, history, now);
    // Today is the last of the 14 days: the self-check today, the exam yesterday, the case quiz 3 and the
    // practice answer 5 days ago (40 and 20 days ago fall outside the window).
    const counts = stats.reviewsPerDay.map((d) => d.count);
    expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1]);
    // Without the stored history (the review log alone, empty) everything read zero.
    expect(reviewStats(deck, [], now).reviewsPerDay.every((d) => d.count === 0)).toBe(true);
  });

  it('reads the state before each review and a lapse as Again, so true retention counts the failed exam answer', () => {
    const history = reviewHistory(events);
    const bankHistory = history.filter((h) => h.id === 'm06-leak-risk-factor');
    expect(bankHistory.map((h) => h.state)).toEqual(['New', bank.events[0]!.card!.state, bank.events[1]!.card!.state, 'Review']);
    expect(bankHistory.at(-1)!.rating).toBe('again');
    const stats = reviewStats(deck, history, now);
    const mature = history.filter((h) => h.state === 'Review');
    expect(stats.trueRetention).toEqual({ passed: mature.length - 1, total: mature.length, rate: (mature.length - 1) / mature.length });
  });

  it('keeps the exact grade of the review log for the same review and adds what only the log has', () => {
    const history = reviewHistory(events);
    const reviewLog: ReviewLogEntry[] = [
      { id: 'm01-vignette-mdt-first-step', at: now - 2 * 3_600_000 + 500, rating: 'easy', state: 'New' },
      { id: 'm09-probe-spacing', at: now - 4 * DAY, rating: 'hard', state: 'Learning' },
    ];
    const merged = mergeReviewLogs(history, reviewLog);
    expect(merged).toHaveLength(history.length + 1);
    expect(merged.find((m) => m.id === 'm01-vignette-mdt-first-step')!.rating).toBe('easy');
    expect(merged.map((m) => m.at)).toEqual([...merged.map((m) => m.at)].sort((a, b) => a - b));
  });

  it('uses a stored rating and ignores records that are not reviews or have a bad date', () => {
    const h = reviewHistory([
      { type: 'review', at: 'yesterday', questionId: 'x', card: bank.card },
      { type: 'review', at: iso(now), questionId: 'y', card: { state: 'Review', lapses: 0 }, rating: 2 },
    ]);
    expect(h).toEqual([{ id: 'y', at: now, rating: 'hard', state: 'New' }]);
  });
});

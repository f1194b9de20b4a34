import { describe, expect, it } from 'vitest';
import { gradeAnswer, type Graded } from './grade';
import { daysUntil, dueCards, dueCount, fromCard, newCard, previewDue, ratingFor, review, reviewAnswer, reviewSession, toCard } from './review';
import { readStoredCard, type CardDeck } from './review-card';
import { answer, createSession, type Session } from './session';
import { multiple, single } from './test-questions';

const t0 = Date.UTC(2025, 2, 1, 9);
const day = 86_400_000;
const graded = (r: ReturnType<typeof gradeAnswer>): Graded => {
  if (r.kind !== 'graded') throw new Error('expected a grade');
  return r;
};
const right = graded(gradeAnswer(single(), 'b'));
const wrong = graded(gradeAnswer(single(), 'a'));
const partial = graded(gradeAnswer(multiple(), ['a', 'c']));

describe('ratingFor', () => {
  it('maps wrong to again, right to good, partial to hard (or again on request)', () => {
    expect(ratingFor(wrong)).toBe('again');
    expect(ratingFor(right)).toBe('good');
    expect(ratingFor(partial)).toBe('hard');
    expect(ratingFor(partial, { partialAsHard: false })).toBe('again');
  });
});

describe('review scheduling', () => {
  it('brings a wrong answer back sooner than a partial one, and that sooner than a right one', () => {
    const again = Date.parse(review(undefined, 'again', t0).due);
    const hard = Date.parse(review(undefined, 'hard', t0).due);
    const good = Date.parse(review(undefined, 'good', t0).due);
    expect(again).toBeGreaterThan(t0);
    expect(again).toBeLessThan(hard);
    expect(hard).toBeLessThan(good);
  });

  it('schedules in whole days (no same-sitting learning steps) and deterministically', () => {
    const a = review(undefined, 'again', t0);
    expect(a.due).toBe(new Date(t0 + day).toISOString());
    expect(review(undefined, 'good', t0)).toEqual(review(undefined, 'good', new Date(t0)));
  });

  it('stretches the interval after a second right answer and shrinks it after a lapse', () => {
    const first = review(undefined, 'good', t0);
    const firstGap = Date.parse(first.due) - t0;
    const dueAt = Date.parse(first.due);
    const kept = review(first, 'good', dueAt);
    const lapsed = review(first, 'again', dueAt);
    expect(Date.parse(kept.due) - dueAt).toBeGreaterThan(firstGap);
    expect(Date.parse(lapsed.due) - dueAt).toBeLessThan(Date.parse(kept.due) - dueAt);
    expect(kept.reps).toBe(2);
    expect(lapsed.lapses).toBe(1);
  });

  it('stores cards as plain JSON that round-trips through ts-fsrs', () => {
    const card = review(undefined, 'good', t0);
    expect(readStoredCard(JSON.parse(JSON.stringify(card)))).toEqual(card);
    expect(typeof card.due).toBe('string');
    expect(card.state).toBe('Review');
    expect(fromCard(toCard(card))).toEqual(card);
    expect(newCard(t0)).toMatchObject({ due: new Date(t0).toISOString(), state: 'New', reps: 0 });
    expect(newCard(t0).last_review).toBeUndefined();
  });
});

describe('deck', () => {
  const deck: CardDeck = reviewAnswer(reviewAnswer(reviewAnswer({}, 'q-right', right, t0), 'q-wrong', wrong, t0), 'q-partial', partial, t0);

  it('makes one card per answered question', () => {
    expect(Object.keys(deck).sort()).toEqual(['q-partial', 'q-right', 'q-wrong']);
  });

  it('counts due cards at a fixed now', () => {
    expect(dueCount(deck, t0)).toBe(0);
    expect(dueCards(deck, t0 + day)).toEqual(['q-wrong']);
    expect(dueCards(deck, t0 + 2 * day)).toEqual(['q-wrong', 'q-partial']);
    expect(dueCount(deck, t0 + 30 * day)).toBe(3);
    expect(dueCards(deck, t0 + 30 * day)).toEqual(['q-wrong', 'q-partial', 'q-right']);
  });

  it('orders equally overdue cards by id', () => {
    const same = { b: newCard(t0), a: newCard(t0) };
    expect(dueCards(same, t0)).toEqual(['a', 'b']);
  });

  it('records a whole session at the time of each answer', () => {
    const q1 = single('m01-x');
    const q2 = single('m01-y');
    let s: Session = createSession({ questionIds: [q1.id, q2.id], mode: 'practice', seed: 1 }, t0);
    for (const [q, a, at] of [[q1, 'b', t0 + 1000], [q2, 'a', t0 + 2000]] as const) {
      const o = answer(s, q, a, at);
      if (o.kind === 'accepted') s = o.session;
    }
    const d = reviewSession({}, s);
    expect(d[q1.id]?.last_review).toBe(new Date(t0 + 1000).toISOString());
    expect(dueCards(d, t0 + 2000 + day)).toEqual([q2.id]);
  });
});

describe('previewDue', () => {
  it('shows what each grade would schedule, exactly as review() then does', () => {
    const now = Date.UTC(2025, 2, 1, 9);
    const card = review(undefined, 'good', now - 4 * 86_400_000);
    const preview = previewDue(card, now);
    for (const rating of ['again', 'hard', 'good', 'easy'] as const) expect(preview[rating]).toBe(review(card, rating, now).due);
    expect(daysUntil(preview.again, now)).toBe(1);
    expect(daysUntil(preview.easy, now)).toBeGreaterThan(daysUntil(preview.good, now));
  });
});

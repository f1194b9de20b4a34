import { describe, expect, it } from 'vitest';
import { review } from '../quiz/review';
import { checkCard, STABILITY_MIN } from './repair-card';
import { day, isoAt, t0 } from './test-fixtures';

const reviewed = () => ({ ...review(review(undefined, 'good', t0), 'good', t0 + 3 * day) });

describe('checkCard: cards outside FSRS’s domain are repaired or quarantined, never thrown', () => {
  it('passes a scheduler-made card untouched', () => {
    const card = reviewed();
    expect(checkCard(card, t0)).toEqual({ kind: 'ok', card });
  });

  it('clamps stability 0 and out-of-range difficulty, and the card can be reviewed again', () => {
    const checked = checkCard({ ...reviewed(), stability: 0, difficulty: 14 }, t0);
    expect(checked.kind).toBe('repaired');
    if (checked.kind !== 'repaired') return;
    expect(checked.fixed).toEqual(['stability', 'difficulty']);
    expect(checked.card.stability).toBe(STABILITY_MIN);
    expect(checked.card.difficulty).toBe(10);
    expect(() => review(checked.card, 'good', t0 + 10 * day)).not.toThrow();
    expect(Number.isFinite(review(checked.card, 'good', t0 + 10 * day).scheduled_days)).toBe(true);
  });

  it('quarantines a card whose memory state is not a number: a fresh card due now stands in', () => {
    for (const stability of [NaN, null, '5', undefined]) {
      const checked = checkCard({ ...reviewed(), stability }, t0 + day);
      expect(checked).toEqual({ kind: 'quarantined', card: expect.objectContaining({ state: 'New', due: isoAt(t0 + day), reps: 0 }), reason: 'memory state is not a number' });
    }
    expect(checkCard('card', t0).kind).toBe('quarantined');
    expect(checkCard({ ...reviewed(), state: 'Mastered' }, t0).kind).toBe('quarantined');
  });

  it('fills in a bad due date, scheduled days and counts', () => {
    const checked = checkCard({ ...reviewed(), due: 'soon', scheduled_days: null, reps: -2, lapses: 1.5 }, t0);
    expect(checked.kind).toBe('repaired');
    if (checked.kind !== 'repaired') return;
    expect(checked.fixed).toEqual(['due', 'scheduled_days', 'reps', 'lapses']);
    expect(checked.card).toMatchObject({ due: isoAt(t0), reps: 0, lapses: 1 });
    expect(checked.card.scheduled_days).toBeGreaterThanOrEqual(0);
  });

  it('leaves a new card’s zero memory state alone', () => {
    const fresh = { due: isoAt(t0), stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 'New' };
    expect(checkCard(fresh, t0).kind).toBe('ok');
  });
});

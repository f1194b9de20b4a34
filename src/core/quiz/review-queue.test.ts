import { describe, expect, it } from 'vitest';
import { gradeAnswer, type Graded } from './grade';
import { allowedRatings, currentCard, defaultRating, gradeCurrent, queueCounts, ratingForKey, startQueue } from './review-queue';
import { multiple, single } from './test-questions';

const graded = (q: Parameters<typeof gradeAnswer>[0], a: Parameters<typeof gradeAnswer>[1]) => gradeAnswer(q, a) as Graded;

describe('review queue', () => {
  it('a card graded Again comes back in the same sitting, after a few others', () => {
    let q = startQueue(['a', 'b', 'c', 'd', 'e']);
    q = gradeCurrent(q, 'again');
    expect(q.pending).toEqual(['b', 'c', 'd', 'a', 'e']);
    q = gradeCurrent(gradeCurrent(gradeCurrent(q, 'good'), 'good'), 'good');
    expect(currentCard(q)).toBe('a');
    expect(queueCounts(q)).toEqual({ seen: 4, relearning: 1, left: 2 });
    q = gradeCurrent(q, 'good');
    expect(q.pending).toEqual(['e']);
  });

  it('with few cards left, the lapsed card comes back at the end (or at once when alone)', () => {
    let q = gradeCurrent(startQueue(['a', 'b']), 'again');
    expect(q.pending).toEqual(['b', 'a']);
    q = gradeCurrent(q, 'easy');
    q = gradeCurrent(q, 'again');
    expect(q.pending).toEqual(['a']);
    expect(gradeCurrent(startQueue([]), 'good')).toEqual(startQueue([]));
  });

  it('a wrong answer allows only Again, a partly right one Again or Hard, a right one any grade', () => {
    const wrong = graded(single(), 'a');
    const partial = graded(multiple(), ['a']);
    const right = graded(single(), 'b');
    expect(allowedRatings(wrong)).toEqual(['again']);
    expect(allowedRatings(partial)).toEqual(['again', 'hard']);
    expect(allowedRatings(right)).toEqual(['again', 'hard', 'good', 'easy']);
    expect([defaultRating(wrong), defaultRating(partial), defaultRating(right)]).toEqual(['again', 'hard', 'good']);
  });

  it('keys 1–4 grade as in Anki', () => {
    expect(['1', '2', '3', '4', '5', ' '].map(ratingForKey)).toEqual(['again', 'hard', 'good', 'easy', null, null]);
  });
});

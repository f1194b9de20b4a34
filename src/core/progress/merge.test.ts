import { describe, expect, it } from 'vitest';
import { review } from '../quiz/review';
import { mergeProgress } from './merge';
import { emptyProgress, type ProgressState } from './schema';
import { day, isoAt, sampleState, t0 } from './test-fixtures';

const other = (): ProgressState => ({
  version: 2,
  lessonsRead: { 'm01-multidisciplinary': isoAt(t0 + 5 * day), 'm12-mrgfus': isoAt(t0) },
  quizResults: [
    { id: 'quiz-c', date: isoAt(t0 - day), mode: 'exam', modules: ['M12'], score: 2, total: 4, mistakes: ['m12-focus', 'm12-skin'] },
    { id: 'quiz-b', date: isoAt(t0 + 2 * day), mode: 'exam', modules: ['M9'], score: 5, total: 5, mistakes: [] },
  ],
  caseQuizzes: {
    'sins-t11': { best: 3, last: 2, date: isoAt(t0 + 3 * day) },
    'cryo-l5': { best: 5, last: 5, date: isoAt(t0) },
  },
  reviewCards: {
    'm06-leak': review(review(undefined, 'again', t0), 'good', t0 + day),
    'm01-team': review(undefined, 'again', t0 - day),
    'm12-focus': review(undefined, 'again', t0),
  },
});

describe('mergeProgress', () => {
  const merged = mergeProgress(sampleState(), other());

  it('unites read lessons, the later date winning', () => {
    expect(merged.lessonsRead).toEqual({
      'm01-multidisciplinary': isoAt(t0 + 5 * day),
      'm06-vertebroplasty': isoAt(t0 + day),
      'm12-mrgfus': isoAt(t0),
    });
  });

  it('unites quiz results by id, keeps the newer copy and sorts by date', () => {
    expect(merged.quizResults.map((r) => r.id)).toEqual(['quiz-c', 'quiz-a', 'quiz-b']);
    expect(merged.quizResults.find((r) => r.id === 'quiz-b')).toMatchObject({ score: 5, date: isoAt(t0 + 2 * day) });
  });

  it('keeps the best case score of both and the last attempt of the newer side', () => {
    expect(merged.caseQuizzes).toEqual({
      'sins-t11': { best: 4, last: 2, date: isoAt(t0 + 3 * day) },
      'cryo-l5': { best: 5, last: 5, date: isoAt(t0) },
    });
  });

  it('keeps the more recently reviewed card', () => {
    expect(merged.reviewCards['m06-leak']).toEqual(other().reviewCards['m06-leak']);
    expect(merged.reviewCards['m01-team']).toEqual(sampleState().reviewCards['m01-team']);
    expect(Object.keys(merged.reviewCards).sort()).toEqual(['m01-team', 'm06-leak', 'm12-focus']);
  });

  it('is a no-op with an empty side and with itself', () => {
    expect(mergeProgress(sampleState(), emptyProgress())).toEqual(sampleState());
    expect(mergeProgress(emptyProgress(), sampleState())).toEqual(sampleState());
    expect(mergeProgress(sampleState(), sampleState())).toEqual(sampleState());
  });

  it('gives the same content whichever side comes first', () => {
    expect(mergeProgress(other(), sampleState())).toEqual(merged);
  });

  it('leaves both inputs untouched', () => {
    const a = sampleState();
    const b = other();
    mergeProgress(a, b);
    expect(a).toEqual(sampleState());
    expect(b).toEqual(other());
  });
});

import { describe, expect, it } from 'vitest';
import { review } from '../quiz/review';
import { emptyProgress } from './schema';
import { addQuizResult, markLessonRead, recordCaseQuiz, setReviewCards, unmarkLessonRead } from './updates';
import { day, isoAt, sampleState, t0 } from './test-fixtures';

describe('progress updates', () => {
  it('marks and unmarks a lesson as read', () => {
    const s = markLessonRead(emptyProgress(), 'm05-radiotherapy', t0);
    expect(s.lessonsRead).toEqual({ 'm05-radiotherapy': isoAt(t0) });
    expect(markLessonRead(s, 'm05-radiotherapy', t0 + day).lessonsRead['m05-radiotherapy']).toBe(isoAt(t0 + day));
    expect(unmarkLessonRead(s, 'm05-radiotherapy').lessonsRead).toEqual({});
  });

  it('adds a quiz result, replacing one with the same id', () => {
    const [first] = sampleState().quizResults;
    const s = addQuizResult(addQuizResult(emptyProgress(), first!), { ...first!, score: 9 });
    expect(s.quizResults).toEqual([{ ...first, score: 9 }]);
  });

  it('keeps the best case score and the last one', () => {
    let s = recordCaseQuiz(emptyProgress(), 'ewing-hip', 4, t0);
    s = recordCaseQuiz(s, 'ewing-hip', 2, t0 + day);
    expect(s.caseQuizzes['ewing-hip']).toEqual({ best: 4, last: 2, date: isoAt(t0 + day) });
    s = recordCaseQuiz(s, 'ewing-hip', Number.NaN, t0 + 2 * day);
    expect(s.caseQuizzes['ewing-hip']).toEqual({ best: 4, last: 0, date: isoAt(t0 + 2 * day) });
  });

  it('replaces the review deck', () => {
    const deck = { 'm06-leak': review(undefined, 'good', t0) };
    expect(setReviewCards(sampleState(), deck).reviewCards).toEqual(deck);
  });

  it('never changes the state it was given', () => {
    const s = sampleState();
    markLessonRead(s, 'm15-algorithms', t0);
    recordCaseQuiz(s, 'sins-t11', 10, t0);
    addQuizResult(s, { ...s.quizResults[0]!, id: 'new' });
    expect(s).toEqual(sampleState());
  });
});

import { describe, expect, it } from 'vitest';
import { review } from '../quiz/review';
import { eventsFromEdit } from './diff';
import type { NewEvent, ProgressEvent } from './events';
import { foldEvents } from './fold';
import { emptyProgress } from './schema';
import { markLessonRead, recordCaseQuiz, unmarkLessonRead } from './updates';
import { day, isoAt, sampleState, t0 } from './test-fixtures';

let n = 0;
const ev = (e: NewEvent) => ({ ...e, id: `e${(n++).toString().padStart(4, '0')}` }) as ProgressEvent;

describe('foldEvents: every view comes from the log', () => {
  it('a later un-mark wins over an earlier mark, whatever order the records arrive in', () => {
    const mark = ev({ type: 'lesson', at: isoAt(t0), slug: 'm04-scores', read: true });
    const unmark = ev({ type: 'lesson', at: isoAt(t0 + day), slug: 'm04-scores', read: false });
    expect(foldEvents([mark, unmark]).lessonsRead).toEqual({});
    expect(foldEvents([unmark, mark]).lessonsRead).toEqual({});
    expect(foldEvents([mark]).lessonsRead).toEqual({ 'm04-scores': isoAt(t0) });
  });

  it('a case keeps its best score ever and its latest one', () => {
    const at = (ms: number, score: number) => ev({ type: 'case', at: isoAt(ms), caseId: 'sins-t11', score });
    expect(foldEvents([at(t0 + 2 * day, 1), at(t0, 3), at(t0 + day, 2)]).caseQuizzes['sins-t11']).toEqual({ best: 3, last: 1, date: isoAt(t0 + 2 * day) });
  });

  it('the latest review gives the card; quiz results are kept once by id, by date', () => {
    const [a, b] = sampleState().quizResults;
    const c1 = review(undefined, 'again', t0);
    const c2 = review(c1, 'good', t0 + day);
    const state = foldEvents([
      ev({ type: 'quiz', at: b!.date, result: b! }),
      ev({ type: 'quiz', at: a!.date, result: a! }),
      ev({ type: 'quiz', at: a!.date, result: a! }),
      ev({ type: 'review', at: isoAt(t0 + day), questionId: 'm06-leak', card: c2, rating: 3 }),
      ev({ type: 'review', at: isoAt(t0), questionId: 'm06-leak', card: c1, rating: 1 }),
    ]);
    expect(state.quizResults.map((r) => r.id)).toEqual(['quiz-a', 'quiz-b']);
    expect(state.reviewCards['m06-leak']).toEqual(c2);
  });

  it('a case id such as "constructor" is an ordinary key', () => {
    const state = foldEvents([ev({ type: 'case', at: isoAt(t0), caseId: 'constructor', score: 3 })]);
    expect(state.caseQuizzes.constructor).toEqual({ best: 3, last: 3, date: isoAt(t0) });
  });
});

describe('eventsFromEdit: a widget’s edit becomes events that fold back to it', () => {
  it('round-trips the sample state and records an un-mark as an event', () => {
    const s = sampleState();
    const events = eventsFromEdit(emptyProgress(), s, isoAt(t0 + 5 * day)).map((e, i) => ({ ...e, id: `x${i}` }) as ProgressEvent);
    const back = foldEvents(events);
    expect(back.quizResults).toEqual(s.quizResults);
    expect(back.caseQuizzes['sins-t11']).toMatchObject({ best: 4, last: 3 });
    expect(back.reviewCards).toEqual(s.reviewCards);
    const off = eventsFromEdit(back, unmarkLessonRead(back, 'm06-vertebroplasty'), isoAt(t0 + 6 * day));
    expect(off).toEqual([{ type: 'lesson', at: isoAt(t0 + 6 * day), slug: 'm06-vertebroplasty', read: false }]);
  });

  it('records nothing for no change, and only the change otherwise', () => {
    const s = markLessonRead(emptyProgress(), 'm04-scores', t0);
    expect(eventsFromEdit(s, s, isoAt(t0))).toEqual([]);
    const next = recordCaseQuiz(s, 'sins-t11', 2, t0 + day);
    expect(eventsFromEdit(s, next, isoAt(t0 + day))).toEqual([{ type: 'case', at: isoAt(t0 + day), caseId: 'sins-t11', score: 2 }]);
  });

  it('passes an FSRS rating on to the review events', () => {
    const card = review(undefined, 'easy', t0);
    const next = { ...emptyProgress(), reviewCards: { 'm04-x': card } };
    expect(eventsFromEdit(emptyProgress(), next, isoAt(t0), { rating: 4 })).toEqual([{ type: 'review', at: isoAt(t0), questionId: 'm04-x', card, rating: 4 }]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  answer,
  createRetake,
  createSession,
  deadline,
  feedback,
  finish,
  isComplete,
  mistakesOf,
  answeredIds,
  remainingMs,
  timeUp,
  type Session,
} from './session';
import { multiple, numeric, single } from './test-questions';

const t0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const q1 = single('m01-a', 'M1');
const q2 = multiple('m01-b', 'M1');
const q3 = numeric('m06-c', 'M6');
const ids = [q1.id, q2.id, q3.id];

function accepted(outcome: ReturnType<typeof answer>): Session {
  expect(outcome.kind).toBe('accepted');
  return outcome.session;
}

describe('createSession', () => {
  it('shuffles the questions deterministically by seed', () => {
    const many = Array.from({ length: 12 }, (_, i) => `q-${i}`);
    const a = createSession({ questionIds: many, mode: 'practice', seed: 3 }, t0);
    const b = createSession({ questionIds: many, mode: 'practice', seed: 3 }, t0 + 5000);
    const c = createSession({ questionIds: many, mode: 'practice', seed: 4 }, t0);
    expect(a.order).toEqual(b.order);
    expect(a.order).not.toEqual(c.order);
    expect([...a.order].sort()).toEqual([...many].sort());
  });

  it('drops duplicate ids', () => {
    expect(createSession({ questionIds: ['x', 'x', 'y'], mode: 'exam', seed: 1 }, t0).order.sort()).toEqual(['x', 'y']);
  });

  it('starts active, untimed unless a positive limit is given', () => {
    const s = createSession({ questionIds: ids, mode: 'practice', seed: 1 }, t0);
    expect(s).toMatchObject({ status: 'active', startedAt: t0, timeLimitSec: null, answers: {}, endReason: null });
    expect(deadline(s)).toBeNull();
    expect(remainingMs(s, t0)).toBeNull();
    for (const bad of [0, -5, Number.NaN, Infinity]) {
      expect(createSession({ questionIds: ids, mode: 'exam', seed: 1, timeLimitSec: bad }, t0).timeLimitSec).toBeNull();
    }
  });

  it('accepts a Date as now', () => {
    expect(createSession({ questionIds: ids, mode: 'exam', seed: 1 }, new Date(t0)).startedAt).toBe(t0);
  });

  it('is plain JSON', () => {
    const s = accepted(answer(createSession({ questionIds: ids, mode: 'practice', seed: 1 }, t0), q1, 'b', t0 + 1));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('practice mode', () => {
  const start = () => createSession({ questionIds: ids, mode: 'practice', seed: 9 }, t0);

  it('shows feedback as soon as a question is answered', () => {
    const outcome = answer(start(), q1, 'a', t0 + 1000);
    expect(outcome).toMatchObject({ kind: 'accepted', feedback: { kind: 'shown', result: { correct: false, expected: { optionId: 'b' } } } });
    expect(feedback(outcome.session, q1.id)).toMatchObject({ kind: 'shown' });
    expect(feedback(outcome.session, q2.id)).toEqual({ kind: 'unanswered' });
  });

  it('does not let an answer be changed once its feedback is out', () => {
    const s = accepted(answer(start(), q1, 'a', t0 + 1000));
    const again = answer(s, q1, 'b', t0 + 2000);
    expect(again).toMatchObject({ kind: 'rejected', reason: 'already-answered' });
    expect(again.session).toBe(s);
  });

  it('refuses an invalid answer without recording it', () => {
    const s = start();
    const outcome = answer(s, q3, '12 Gy', t0 + 1000);
    expect(outcome).toMatchObject({ kind: 'invalid', reason: 'not-a-number' });
    expect(outcome.session.answers).toEqual({});
  });

  it('refuses a question that is not part of the session', () => {
    expect(answer(start(), single('m02-other', 'M2'), 'b', t0)).toMatchObject({ kind: 'rejected', reason: 'not-in-session' });
  });

  it('does not change the session it was given', () => {
    const s = start();
    const before = JSON.stringify(s);
    answer(s, q1, 'b', t0 + 1);
    finish(s, t0 + 2);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('exam mode', () => {
  const start = () => createSession({ questionIds: ids, mode: 'exam', seed: 9, timeLimitSec: 600 }, t0);

  it('hides feedback until the exam is finished', () => {
    let s = accepted(answer(start(), q1, 'a', t0 + 1000));
    expect(feedback(s, q1.id)).toEqual({ kind: 'hidden' });
    s = accepted(answer(s, q2, ['a', 'c'], t0 + 2000));
    expect(feedback(s, q2.id)).toEqual({ kind: 'hidden' });
    s = finish(s, t0 + 3000);
    expect(s).toMatchObject({ status: 'finished', finishedAt: t0 + 3000, endReason: 'submitted' });
    expect(feedback(s, q1.id)).toMatchObject({ kind: 'shown', result: { correct: false } });
    expect(feedback(s, q2.id)).toMatchObject({ kind: 'shown', result: { correct: false, score: 2 / 3 } });
    expect(feedback(s, q3.id)).toEqual({ kind: 'unanswered' });
  });

  it('lets an answer be changed until the end, keeping the last one', () => {
    let s = accepted(answer(start(), q1, 'a', t0 + 1000));
    s = accepted(answer(s, q1, 'b', t0 + 2000));
    expect(s.answers[q1.id]).toMatchObject({ at: t0 + 2000, result: { correct: true } });
  });

  it('refuses answers after finishing', () => {
    const s = finish(start(), t0 + 1000);
    expect(answer(s, q1, 'b', t0 + 2000)).toMatchObject({ kind: 'rejected', reason: 'finished' });
  });
});

describe('time limit', () => {
  const start = () => createSession({ questionIds: ids, mode: 'exam', seed: 2, timeLimitSec: 60 }, t0);

  it('counts down to the deadline and never below zero', () => {
    const s = start();
    expect(deadline(s)).toBe(t0 + 60_000);
    expect(remainingMs(s, t0 + 15_000)).toBe(45_000);
    expect(remainingMs(s, t0 + 90_000)).toBe(0);
  });

  it('timeUp leaves a running session alone before the deadline', () => {
    const s = start();
    expect(timeUp(s, t0 + 59_999)).toBe(s);
  });

  it('timeUp closes the session at the deadline, not at the late tick', () => {
    const s = timeUp(start(), t0 + 75_000);
    expect(s).toMatchObject({ status: 'finished', endReason: 'time-up', finishedAt: t0 + 60_000 });
  });

  it('an answer after the deadline is refused and ends the session', () => {
    const s = accepted(answer(start(), q1, 'b', t0 + 10_000));
    const late = answer(s, q2, ['a', 'c', 'e'], t0 + 60_000);
    expect(late).toMatchObject({ kind: 'rejected', reason: 'time-up', session: { status: 'finished', endReason: 'time-up' } });
    expect(Object.keys(late.session.answers)).toEqual([q1.id]);
    expect(feedback(late.session, q1.id)).toMatchObject({ kind: 'shown' });
  });

  it('finishing late counts as time-up', () => {
    expect(finish(start(), t0 + 61_000)).toMatchObject({ endReason: 'time-up', finishedAt: t0 + 60_000 });
  });

  it('finish and timeUp do nothing to a finished session', () => {
    const s = finish(start(), t0 + 1000);
    expect(finish(s, t0 + 2000)).toBe(s);
    expect(timeUp(s, t0 + 100_000)).toBe(s);
  });

  it('an untimed session never times out', () => {
    const s = createSession({ questionIds: ids, mode: 'practice', seed: 1 }, t0);
    expect(timeUp(s, t0 + 10 ** 12)).toBe(s);
  });
});

describe('mistakes and retakes', () => {
  function played(): Session {
    let s = createSession({ questionIds: ids, mode: 'practice', seed: 5 }, t0);
    s = accepted(answer(s, q1, 'b', t0 + 1)); // right
    s = accepted(answer(s, q2, ['a', 'c'], t0 + 2)); // partly right
    return finish(s, t0 + 3); // q3 skipped
  }

  it('counts wrong and partly right answers as mistakes, never a skipped question', () => {
    const s = played();
    expect(mistakesOf(s)).toEqual([q2.id]);
    expect(answeredIds(s)).toEqual(s.order.filter((id) => id !== q3.id));
    expect(isComplete(s)).toBe(false);
  });

  it('a retake asks only the questions answered wrong, from scratch', () => {
    const s = played();
    const retake = createRetake(s, { seed: 77, now: t0 + 10_000 });
    expect(retake.order).toEqual([q2.id]);
    expect(retake).toMatchObject({ mode: 'practice', status: 'active', answers: {}, startedAt: t0 + 10_000, seed: 77 });
    expect(createRetake(s, { seed: 77, now: t0 })).toEqual({ ...retake, startedAt: t0 });
  });

  it('a retake can switch mode and set a time limit', () => {
    const retake = createRetake(played(), { seed: 1, now: t0, mode: 'exam', timeLimitSec: 120 });
    expect(retake).toMatchObject({ mode: 'exam', timeLimitSec: 120 });
  });

  it('a perfect session leaves nothing to retake', () => {
    let s = createSession({ questionIds: [q1.id], mode: 'exam', seed: 1 }, t0);
    s = finish(accepted(answer(s, q1, 'b', t0 + 1)), t0 + 2);
    expect(isComplete(s)).toBe(true);
    expect(createRetake(s, { seed: 2, now: t0 }).order).toEqual([]);
  });
});

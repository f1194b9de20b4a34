import { describe, expect, it } from 'vitest';
import { review } from '../quiz/review';
import { compareEvents, parseEvent, type ProgressEvent } from './events';
import { readRecords } from './log';
import { isoAt, t0 } from './test-fixtures';

const lesson = { id: 'a', at: isoAt(t0), type: 'lesson', slug: 'm04-scores', read: true };

describe('parseEvent: the one reader of a stored or imported record', () => {
  it('accepts each kind of event', () => {
    const card = review(undefined, 'good', t0);
    const quiz = { id: 'q1', date: isoAt(t0), mode: 'exam', modules: ['M4'], score: 3.5, total: 5, mistakes: ['m04-x'] };
    for (const raw of [
      lesson,
      { ...lesson, id: 'b', read: false },
      { id: 'c', at: isoAt(t0), type: 'quiz', result: quiz },
      { id: 'd', at: isoAt(t0), type: 'case', caseId: 'sins-t11', score: 2 },
      { id: 'e', at: isoAt(t0), type: 'review', questionId: 'm04-x', card, rating: 3 },
    ]) {
      const parsed = parseEvent(raw, t0);
      expect(parsed).toEqual({ ok: true, event: raw });
    }
  });

  it('refuses, with a reason, what does not fit, and never throws', () => {
    const bad: [unknown, string][] = [
      [null, 'not an object'],
      [[lesson], 'not an object'],
      [{ ...lesson, id: '' }, 'missing id'],
      [{ ...lesson, at: '2025-02-30' }, 'bad date'],
      [{ ...lesson, type: 'flashcard' }, 'unknown event type'],
      [{ ...lesson, slug: 'Bad Slug' }, 'bad lesson slug'],
      [{ ...lesson, slug: '__proto__' }, 'bad lesson slug'],
      [{ ...lesson, read: 'yes' }, 'read must be true or false'],
      [{ id: 'c', at: isoAt(t0), type: 'case', caseId: 'sins-t11', score: Infinity }, 'bad case score'],
      [{ id: 'c', at: isoAt(t0), type: 'case', caseId: 'sins-t11', score: -1 }, 'bad case score'],
      [{ id: 'q', at: isoAt(t0), type: 'quiz', result: { id: 'q', date: isoAt(t0), mode: 'exam', modules: [], score: 1e309, total: 1e309, mistakes: [] } }, 'bad quiz result'],
      [{ id: 'q', at: isoAt(t0), type: 'quiz', result: { id: 'q', date: isoAt(t0), mode: 'exam', modules: [], score: 6, total: 5, mistakes: [] } }, 'bad quiz result'],
      [{ id: 'r', at: isoAt(t0), type: 'review', questionId: 'm04-x', card: review(undefined, 'good', t0), rating: 5 }, 'rating must be 1–4'],
    ];
    for (const [raw, reason] of bad) expect(parseEvent(raw, t0)).toEqual({ ok: false, reason });
  });

  it('repairs a card FSRS would refuse instead of refusing the review', () => {
    const card = { ...review(undefined, 'good', t0), state: 'Review', stability: 0 };
    const parsed = parseEvent({ id: 'r', at: isoAt(t0), type: 'review', questionId: 'm04-x', card }, t0);
    expect(parsed.ok && parsed.repaired).toContain('stability');
    expect(parsed.ok && parsed.event.type === 'review' && parsed.event.card.stability).toBeGreaterThan(0);
  });
});

describe('readRecords', () => {
  it('keeps the good records, lists the bad ones and repeated ids', () => {
    const log = readRecords([lesson, { ...lesson, slug: 'x y' }, lesson, 42], t0);
    expect(log.events).toHaveLength(1);
    expect(log.skipped).toEqual([
      { where: 'a', reason: 'bad lesson slug' },
      { where: 'a', reason: 'repeated id' },
      { where: 'events[3]', reason: 'not an object' },
    ]);
  });

  it('orders events by time, then id', () => {
    const e = (id: string, ms: number) => ({ ...lesson, id, at: isoAt(ms) }) as ProgressEvent;
    expect([e('b', t0), e('a', t0 + 1), e('a', t0)].sort(compareEvents).map((x) => `${x.id}${Date.parse(x.at) - t0}`)).toEqual(['a0', 'b0', 'a1']);
  });
});

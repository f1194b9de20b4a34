import { describe, expect, it } from 'vitest';
import { isIntAtLeast, isOneOf, isPlainObject, isShortString, readRecord } from './guards';
import { readReviewLogEntry } from './review-log';
import { readStoredCard, type StoredCard } from './review-card';
import { readCaseSnapshot, type CaseSnapshot } from './case-snapshot';
import { readQuizSnapshot, type QuizSnapshot } from './session-snapshot';

const card: StoredCard = {
  due: '2025-03-02T09:00:00.000Z',
  stability: 3.1,
  difficulty: 5.2,
  scheduled_days: 2,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 'Review',
  last_review: '2025-02-28T09:00:00.000Z',
};

const quiz: QuizSnapshot = {
  version: 1,
  mode: 'exam',
  seed: 'abc',
  order: ['m01-a', 'm01-b'],
  timeLimitSec: 120,
  startedAt: 1_700_000_000_000,
  answers: { 'm01-a': { given: 'b', at: 1_700_000_001_000 }, 'm01-b': { given: ['a', 'c'], at: 1_700_000_002_000 } },
  index: 1,
};

const caseSnap: CaseSnapshot = {
  version: 1,
  caseId: 'sins-t11',
  seed: 's',
  pos: 4,
  answers: { q1: { given: 12, at: 5, sinsItems: { location: 'junctional' } }, q2: { given: '7,5', at: 6 } },
};

describe('basic guards', () => {
  it('tell plain objects, whole numbers, short strings and allowed words apart', () => {
    expect([{}, [], null, 'x'].map(isPlainObject)).toEqual([true, false, false, false]);
    expect([0, 3, -1, 1.5, Number.NaN, '3'].map((v) => isIntAtLeast(v))).toEqual([true, true, false, false, false, false]);
    expect([isShortString('abc', 3), isShortString('abcd', 3), isShortString(3, 3)]).toEqual([true, false, false]);
    expect([isOneOf('a', ['a', 'b']), isOneOf('c', ['a', 'b']), isOneOf(1, ['a'])]).toEqual([true, false, false]);
  });

  it('reads a map entry by entry, refusing it whole when one value is bad, and keeps "__proto__" as data', () => {
    const num = (v: unknown) => (typeof v === 'number' ? v : null);
    expect(readRecord({ a: 1, b: 2 }, num)).toEqual({ a: 1, b: 2 });
    expect(readRecord({ a: 1, b: 'x' }, num)).toBeNull();
    expect(readRecord([1], num)).toBeNull();
    const evil = readRecord(JSON.parse('{"__proto__": 5}'), num);
    expect(Object.getPrototypeOf(evil)).toBe(Object.prototype);
    expect(Object.keys(evil!)).toEqual(['__proto__']);
  });
});

describe('stored cards', () => {
  it('accepts a card as written and drops unknown fields', () => {
    expect(readStoredCard(card)).toEqual(card);
    expect(readStoredCard({ ...card, extra: 1 })).toEqual(card);
    const { last_review: _omit, ...noLast } = card;
    expect(readStoredCard(noLast)).toEqual(noLast);
  });
  it.each<[string, unknown]>([
    ['not an object', 'card'],
    ['impossible due date', { ...card, due: '2025-02-30' }],
    ['unknown state', { ...card, state: 'Mastered' }],
    ['negative stability', { ...card, stability: -1 }],
    ['text difficulty', { ...card, difficulty: '5' }],
    ['fractional reps', { ...card, reps: 1.5 }],
    ['negative lapses', { ...card, lapses: -2 }],
    ['bad last review', { ...card, last_review: 'yesterday' }],
    ['elapsed days as text', { ...card, elapsed_days: 'two' }],
  ])('refuses a planted card with %s', (_label, bad) => {
    expect(readStoredCard(bad)).toBeNull();
  });
});

describe('review log entries', () => {
  const entry = { id: 'm04-sins-12-band', at: 1_700_000_000_000, rating: 'good', state: 'Review' };
  it('accepts a good entry and drops unknown fields', () => {
    expect(readReviewLogEntry({ ...entry, note: 'x' })).toEqual(entry);
  });
  it.each<[string, unknown]>([
    ['no id', { ...entry, id: undefined }],
    ['an id too long', { ...entry, id: 'x'.repeat(201) }],
    ['a negative time', { ...entry, at: -1 }],
    ['a fractional time', { ...entry, at: 1.5 }],
    ['an unknown rating', { ...entry, rating: 'perfect' }],
    ['an unknown state', { ...entry, state: 'Done' }],
    ['an array', [entry]],
  ])('refuses a planted entry with %s', (_label, bad) => {
    expect(readReviewLogEntry(bad)).toBeNull();
  });
});

describe('session snapshots', () => {
  it('read back a quiz and a case snapshot exactly', () => {
    expect(readQuizSnapshot(JSON.parse(JSON.stringify(quiz)))).toEqual(quiz);
    expect(readQuizSnapshot({ ...quiz, timeLimitSec: null, seed: 42 })).toEqual({ ...quiz, timeLimitSec: null, seed: 42 });
    expect(readCaseSnapshot(JSON.parse(JSON.stringify(caseSnap)))).toEqual(caseSnap);
  });
  it.each<[string, unknown]>([
    ['another version', { ...quiz, version: 2 }],
    ['an unknown mode', { ...quiz, mode: 'marathon' }],
    ['an object as seed', { ...quiz, seed: {} }],
    ['a seed too long', { ...quiz, seed: 'x'.repeat(101) }],
    ['order not a list', { ...quiz, order: 'm01-a' }],
    ['order with a number', { ...quiz, order: ['m01-a', 3] }],
    ['501 questions', { ...quiz, order: Array.from({ length: 501 }, (_, i) => `q${i}`) }],
    ['a zero time limit', { ...quiz, timeLimitSec: 0 }],
    ['a negative start', { ...quiz, startedAt: -5 }],
    ['a fractional index', { ...quiz, index: 0.5 }],
    ['answers as a list', { ...quiz, answers: [] }],
    ['an answer with no time', { ...quiz, answers: { 'm01-a': { given: 'b' } } }],
    ['an answer as an object', { ...quiz, answers: { 'm01-a': { given: { id: 'b' }, at: 1 } } }],
    ['21 option ids', { ...quiz, answers: { 'm01-b': { given: Array.from({ length: 21 }, () => 'a'), at: 1 } } }],
    ['an option id too long', { ...quiz, answers: { 'm01-b': { given: ['x'.repeat(21)], at: 1 } } }],
  ])('refuses a planted quiz snapshot with %s', (_label, bad) => {
    expect(readQuizSnapshot(bad)).toBeNull();
  });
  it.each<[string, unknown]>([
    ['no case id', { ...caseSnap, caseId: undefined }],
    ['a numeric seed', { ...caseSnap, seed: 3 }],
    ['a negative position', { ...caseSnap, pos: -1 }],
    ['SINS items that are not text', { ...caseSnap, answers: { q1: { given: 12, at: 5, sinsItems: { location: 2 } } } }],
    ['SINS items as a list', { ...caseSnap, answers: { q1: { given: 12, at: 5, sinsItems: ['a'] } } }],
  ])('refuses a planted case snapshot with %s', (_label, bad) => {
    expect(readCaseSnapshot(bad)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { caseRecord } from './case-peek';
import { lessonMarked } from './event-peek';
import { foldEvents } from './fold';
import { readRecords } from './log';

/** The full reader's answer: what the progress page and the writer see. */
const full = (raws: unknown[], slug: string) => Object.hasOwn(foldEvents(readRecords(raws, Date.now()).events).lessonsRead, slug);
const lesson = (id: string, at: string, read: unknown, slug = 'm04-scores') => ({ id, at, type: 'lesson', slug, read });

const cases: [string, unknown[]][] = [
  ['no records', []],
  ['one mark', [lesson('a', '2025-03-01T09:00:00Z', true)]],
  ['marked, then un-marked', [lesson('b', '2025-03-02T09:00:00Z', false), lesson('a', '2025-03-01T09:00:00Z', true)]],
  ['un-marked, then marked again', [lesson('a', '2025-03-01T09:00:00Z', false), lesson('b', '2025-03-02T09:00:00Z', true)]],
  ['same instant: the larger id wins', [lesson('b', '2025-03-01T09:00:00Z', false), lesson('a', '2025-03-01T09:00:00Z', true)]],
  ['an offset time orders by instant, not by text', [lesson('a', '2025-03-01T10:00:00+02:00', false), lesson('b', '2025-03-01T09:00:00Z', true)]],
  ['a repeated id counts once (its first record)', [lesson('a', '2025-03-01T09:00:00Z', true), lesson('a', '2025-03-05T09:00:00Z', false)]],
  ['a later record that is broken is skipped', [lesson('a', '2025-03-01T09:00:00Z', true), lesson('b', '2025-03-05T09:00:00Z', 'no'), lesson('c', '2025-02-30T09:00:00Z', false), { id: 'd', at: '2025-03-06T09:00:00Z', type: 'lesson', slug: '__proto__', read: false }, null, 'x']],
  ['another lesson does not count', [lesson('a', '2025-03-01T09:00:00Z', true, 'm06-vertebroplasty')]],
  ['a record of another type with the lesson slug does not count', [{ id: 'a', at: '2025-03-01T09:00:00Z', type: 'case', slug: 'm04-scores', read: true }]],
];

describe('lessonMarked (the toggle at load) agrees with the full reader and fold', () => {
  it.each(cases)('%s', (_, raws) => {
    expect(lessonMarked(raws, 'm04-scores')).toBe(full(raws, 'm04-scores'));
  });

  it('reads the planted cases as a learner would expect', () => {
    const answers = Object.fromEntries(cases.map(([name, raws]) => [name, lessonMarked(raws, 'm04-scores')]));
    expect(answers).toEqual({
      'no records': false,
      'one mark': true,
      'marked, then un-marked': false,
      'un-marked, then marked again': true,
      'same instant: the larger id wins': false,
      'an offset time orders by instant, not by text': true,
      'a repeated id counts once (its first record)': true,
      'a later record that is broken is skipped': true,
      'another lesson does not count': false,
      'a record of another type with the lesson slug does not count': false,
    });
  });
});

const caseEvent = (id: string, at: string, score: unknown, caseId = 'sins-t11') => ({ id, at, type: 'case', caseId, score });
const caseCases: [string, unknown[]][] = [
  ['no attempt', []],
  ['one attempt', [caseEvent('a', '2025-03-01T09:00:00Z', 2)]],
  ['a worse later attempt keeps the best', [caseEvent('b', '2025-03-02T09:00:00Z', 1), caseEvent('a', '2025-03-01T09:00:00Z', 3)]],
  ['broken, repeated and other cases are left out', [caseEvent('a', '2025-03-01T09:00:00Z', 2), caseEvent('a', '2025-03-03T09:00:00Z', 3), caseEvent('b', '2025-03-04T09:00:00Z', 1e6), caseEvent('c', '2025-03-05T09:00:00Z', 1, 'other'), caseEvent('d', '2025-03-06T09:00:00Z', '3')]],
];

describe('caseRecord (the case page at load) agrees with the full reader and fold', () => {
  it.each(caseCases)('%s', (_, raws) => {
    const fold = foldEvents(readRecords(raws, Date.now()).events).caseQuizzes;
    expect(caseRecord(raws, 'sins-t11')).toEqual(Object.hasOwn(fold, 'sins-t11') ? fold['sins-t11'] : null);
  });

  it('keeps the best and the last score', () => {
    expect(caseRecord(caseCases[2]![1], 'sins-t11')).toEqual({ best: 3, last: 1, date: '2025-03-02T09:00:00Z' });
  });
});

import { describe, expect, it } from 'vitest';
import { review } from '../quiz/review';
import { foldEvents } from './fold';
import { readLegacy } from './legacy';
import { missingAfterWrite } from './verify';
import { day, isoAt, sampleState, t0 } from './test-fixtures';

describe('readLegacy: the old localStorage object becomes events, entry by entry', () => {
  it('a clean version-2 store folds back to exactly what it held', () => {
    const s = sampleState();
    const read = readLegacy(JSON.stringify(s), t0);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.skipped).toEqual([]);
    const back = foldEvents(read.events);
    expect(back).toEqual(s);
  });

  it('is idempotent: the same store gives the same event ids (two tabs migrating at once add nothing twice)', () => {
    const a = readLegacy(JSON.stringify(sampleState()), t0);
    const b = readLegacy(JSON.stringify(sampleState()), t0 + day);
    expect(a.kind === 'read' && a.events.map((e) => e.id)).toEqual(b.kind === 'read' && b.events.map((e) => e.id));
  });

  it('version-3 data (from a newer release): what fits is kept, the new section is listed, nothing thrown', () => {
    const v3 = { ...sampleState(), version: 3, flashcardDecks: { a: 1 } };
    const read = readLegacy(JSON.stringify(v3), t0);
    expect(read.kind === 'read' && read.version).toBe(3);
    expect(read.kind === 'read' && read.skipped).toEqual([{ where: '"flashcardDecks"', reason: 'unknown section' }]);
    expect(read.kind === 'read' && Object.keys(foldEvents(read.events).lessonsRead)).toHaveLength(2);
  });

  it('keeps the good entries of a damaged store and names the rest', () => {
    const raw = {
      version: 2,
      lessonsRead: { 'm04-scores': isoAt(t0), 'Bad Slug': isoAt(t0), 'm05-x': 'yesterday' },
      quizResults: [sampleState().quizResults[0], { id: 'x', score: 1e309 }, sampleState().quizResults[0]],
      caseQuizzes: { 'sins-t11': { best: 3, last: 1, date: isoAt(t0) }, constructor: { best: 'x' } },
      reviewCards: { 'm06-leak': { ...review(review(undefined, 'good', t0), 'good', t0 + day), stability: 0 }, 'm06-bad': { state: 'Review', stability: NaN } },
    };
    const read = readLegacy(JSON.stringify(raw), t0);
    if (read.kind !== 'read') throw new Error('expected read');
    expect(read.skipped.map((s) => s.where)).toEqual(['lessonsRead["Bad Slug"]', 'lessonsRead["m05-x"]', 'quizResults[1]', 'quizResults[2]', 'caseQuizzes["constructor"]']);
    expect(read.repaired.map((s) => s.where)).toEqual(['reviewCards["m06-leak"]', 'reviewCards["m06-bad"]']);
    const state = foldEvents(read.events);
    expect(state.caseQuizzes['sins-t11']).toEqual({ best: 3, last: 1, date: isoAt(t0) });
    expect(state.reviewCards['m06-bad']).toMatchObject({ state: 'New' });
  });

  it('reports unreadable text without throwing', () => {
    expect(readLegacy('{broken', t0)).toEqual({ kind: 'unreadable', reason: 'corrupt-json' });
    expect(readLegacy('[1]', t0)).toEqual({ kind: 'unreadable', reason: 'not-an-object' });
    expect(readLegacy('', t0)).toEqual({ kind: 'empty' });
    expect(readLegacy(null, t0)).toEqual({ kind: 'empty' });
  });
});

describe('missingAfterWrite', () => {
  it('names every intended event that did not come back unchanged', () => {
    const read = readLegacy(JSON.stringify(sampleState()), t0);
    if (read.kind !== 'read') throw new Error('expected read');
    expect(missingAfterWrite(read.events, read.events)).toEqual([]);
    const [first, ...rest] = read.events;
    expect(missingAfterWrite(read.events, rest)).toEqual([first!.id]);
  });
});

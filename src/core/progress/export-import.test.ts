import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportProgress } from './export-progress';
import { importProgress } from './import-progress';
import { mergeProgress } from './merge';
import { emptyProgress } from './schema';
import { isoAt, sampleState, t0 } from './test-fixtures';

const file = (body: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: 2, ...body });

describe('exportProgress', () => {
  it('writes a tagged, versioned file', () => {
    const out = JSON.parse(exportProgress(sampleState(), t0));
    expect(out).toMatchObject({ format: 'percutanea-progress', version: 2, exportedAt: isoAt(t0) });
    expect(out.lessonsRead).toEqual(sampleState().lessonsRead);
  });

  it('leaves the export time out when none is given', () => {
    expect(JSON.parse(exportProgress(emptyProgress()))).not.toHaveProperty('exportedAt');
  });
});

describe('importProgress', () => {
  it('round-trips an export', () => {
    expect(importProgress(exportProgress(sampleState(), t0), { now: t0 })).toEqual({ kind: 'ok', state: sampleState(), migratedFrom: null });
  });

  it('also returns the merge with the current state when given', () => {
    const current = { ...emptyProgress(), lessonsRead: { 'm15-algorithms': isoAt(t0) } };
    const r = importProgress(exportProgress(sampleState()), { now: t0, current });
    expect(r).toMatchObject({ kind: 'ok', state: sampleState() });
    expect(r.kind === 'ok' && r.merged).toEqual(mergeProgress(current, sampleState()));
  });

  it('imports a v1 export through the migration', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, read: ['m04-scores'], results: [] });
    expect(importProgress(text, { now: t0 })).toMatchObject({
      kind: 'ok',
      migratedFrom: 1,
      state: { version: 2, lessonsRead: { 'm04-scores': isoAt(t0) } },
    });
  });

  it('treats a missing section as empty', () => {
    expect(importProgress(file({ lessonsRead: { 'm04-scores': '2025-01-01' } }), { now: t0 })).toMatchObject({
      kind: 'ok',
      state: { lessonsRead: { 'm04-scores': '2025-01-01' }, quizResults: [], caseQuizzes: {}, reviewCards: {} },
    });
  });

  it.each<[string, string, unknown]>([
    ['not JSON', 'this is not json', { code: 'not-json' }],
    ['an empty file', '', { code: 'not-json' }],
    ['JSON that is not an object', '[1, 2, 3]', { code: 'not-an-object' }],
    ['a file with no format tag', JSON.stringify({ ...sampleState() }), { code: 'wrong-format', found: null }],
    ['a foreign format', JSON.stringify({ format: 'anki-deck', version: 2 }), { code: 'wrong-format', found: 'anki-deck' }],
    ['a missing version', JSON.stringify({ format: EXPORT_FORMAT }), { code: 'bad-version' }],
    ['a text version', JSON.stringify({ format: EXPORT_FORMAT, version: '2' }), { code: 'bad-version' }],
    ['version 0', JSON.stringify({ format: EXPORT_FORMAT, version: 0 }), { code: 'bad-version' }],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 3 }), { code: 'newer-version', version: 3 }],
  ])('refuses %s', (_label, text, error) => {
    const r = importProgress(text, { now: t0 });
    expect(r).toMatchObject({ kind: 'error', error });
    if (r.kind !== 'error') return;
    expect(r.message.it.length).toBeGreaterThan(20);
    expect(r.message.en.length).toBeGreaterThan(20);
    expect(r.message.it).not.toBe(r.message.en);
  });

  it('names the newer version and the supported one', () => {
    const r = importProgress(JSON.stringify({ format: EXPORT_FORMAT, version: 7 }), { now: t0 });
    expect(r.kind === 'error' && r.message.en).toContain('version 7');
    expect(r.kind === 'error' && r.message.it).toContain('versione 7');
    expect(r.kind === 'error' && r.message.en).toContain('up to 2');
  });

  it('names the foreign format it found', () => {
    const r = importProgress(JSON.stringify({ format: 'anki-deck', version: 2 }), { now: t0 });
    expect(r.kind === 'error' && r.message.it).toContain('anki-deck');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a section of the wrong type', { quizResults: {} }, 'quizResults', 'quizResults'],
    ['a bad entry', { quizResults: [{ ...sampleState().quizResults[0], mode: 'timed' }] }, 'quizResults', 'quizResults[0].mode'],
    ['a score above the total', { quizResults: [{ ...sampleState().quizResults[0], score: 11 }] }, 'quizResults', 'quizResults[0].score'],
    ['a repeated result id', { quizResults: [sampleState().quizResults[0], sampleState().quizResults[0]] }, 'quizResults', 'quizResults[1].id'],
    ['a bad date', { lessonsRead: { 'm04-scores': 'ieri' } }, 'lessonsRead', 'lessonsRead["m04-scores"]'],
    ['a bad card', { reviewCards: { 'm06-leak': { due: 'soon' } } }, 'reviewCards', 'reviewCards["m06-leak"].due'],
    ['a bad case score', { caseQuizzes: { 'sins-t11': { best: -2, last: 0, date: '2025-01-01' } } }, 'caseQuizzes', 'caseQuizzes["sins-t11"].best'],
  ])('refuses %s, naming the section', (_label, body, section, path) => {
    const r = importProgress(file(body), { now: t0 });
    expect(r).toMatchObject({ kind: 'error', error: { code: 'invalid-section', section, path } });
    expect(r.kind === 'error' && r.message.it).toContain(`«${section}»`);
    expect(r.kind === 'error' && r.message.en).toContain(`“${section}”`);
  });

  it('refuses an invalid v1 section by its v1 name', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, read: 'all', results: [] });
    expect(importProgress(text, { now: t0 })).toMatchObject({ kind: 'error', error: { code: 'invalid-section', section: 'read', path: 'read' } });
  });
});

describe('importProgress: keys', () => {
  it('refuses a record key that is not an id, naming it', () => {
    const r = importProgress(file({ lessonsRead: { 'Bad Slug': '2025-01-01' } }), { now: t0 });
    expect(r).toMatchObject({ kind: 'error', error: { code: 'invalid-section', section: 'lessonsRead' } });
    expect(r.kind === 'error' && r.error.code === 'invalid-section' && r.error.path).toContain('lessonsRead');
  });
});

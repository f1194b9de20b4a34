import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from './events';
import { foldEvents } from './fold';
import { exportEvents, EXPORT_FORMAT } from './transfer';
import { readImport } from './import-file';
import { day, isoAt, sampleState, t0 } from './test-fixtures';

const lesson = (id: string, ms: number, read: boolean): ProgressEvent => ({ id, at: isoAt(ms), type: 'lesson', slug: 'm04-scores', read });

describe('export and import', () => {
  it('an export reads back as the same events', () => {
    const events = [lesson('a', t0, true), lesson('b', t0 + day, false)];
    const read = readImport(exportEvents(events, t0 + 2 * day), t0);
    expect(read).toEqual({ kind: 'ok', events, skipped: [], repaired: [] });
  });

  it('is per record: bad records are listed and skipped, good ones kept', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 3, events: [lesson('a', t0, true), { id: 'z', at: 'never', type: 'lesson' }, 7, { ...lesson('b', t0, true), slug: 'constructor' }] });
    const read = readImport(text, t0);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(read.skipped).toEqual([
      { where: 'z', reason: 'bad date' },
      { where: 'events[2]', reason: 'not an object' },
    ]);
  });

  it('reads an export of the previous release (version 2, four sections), entry by entry', () => {
    const file = { ...sampleState(), format: EXPORT_FORMAT, version: 2, exportedAt: isoAt(t0), quizResults: [...sampleState().quizResults, { bad: true }] };
    const read = readImport(`\uFEFF${JSON.stringify(file)}`, t0);
    if (read.kind !== 'ok') throw new Error('expected ok');
    expect(read.skipped).toEqual([{ where: 'quizResults[2]', reason: 'bad quiz result' }]);
    expect(foldEvents(read.events).quizResults).toEqual(sampleState().quizResults);
  });

  it('merging keeps deletions: an old export cannot bring back a lesson un-marked since', () => {
    const old = readImport(exportEvents([lesson('a', t0, true)], t0), t0);
    const here = [lesson('a', t0, true), lesson('b', t0 + day, false)];
    if (old.kind !== 'ok') throw new Error('expected ok');
    const union = new Map([...here, ...old.events].map((e) => [e.id, e]));
    expect(foldEvents([...union.values()]).lessonsRead).toEqual({});
  });

  it('refuses a file that is not ours as a whole, with the reason', () => {
    expect(readImport('nope', t0)).toEqual({ kind: 'error', error: { code: 'not-json' } });
    expect(readImport('[]', t0)).toEqual({ kind: 'error', error: { code: 'not-an-object' } });
    expect(readImport('{"format":"anki"}', t0)).toEqual({ kind: 'error', error: { code: 'wrong-format', found: 'anki' } });
    expect(readImport(`{"format":"${EXPORT_FORMAT}","version":1}`, t0)).toEqual({ kind: 'error', error: { code: 'bad-version' } });
    expect(readImport(`{"format":"${EXPORT_FORMAT}","version":9,"events":[]}`, t0)).toEqual({ kind: 'error', error: { code: 'newer-version', version: 9 } });
    expect(readImport(`{"format":"${EXPORT_FORMAT}","version":3}`, t0)).toEqual({ kind: 'error', error: { code: 'no-events' } });
  });
});

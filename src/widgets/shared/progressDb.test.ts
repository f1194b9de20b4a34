// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { foldEvents } from '../../core/progress/fold';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { sampleState, t0, day, isoAt } from '../../core/progress/test-fixtures';
import { appendEvents, migrateLegacy, openProgressDb, readLog, resetProgressDbForTests } from './progressDb';
import { backUp, BACKUPS_KEPT, listBackups } from './progressBackups';
import { restoreBackup } from './progressRestore';
import { loadStore } from './useProgress';

const lesson = (slug: string, read = true, ms = t0) => ({ type: 'lesson' as const, at: isoAt(ms), slug, read });

beforeEach(() => localStorage.clear());

describe('progress in IndexedDB', () => {
  it('two connections (two tabs) appending at the same moment lose nothing over 50 rounds', async () => {
    const a = await openProgressDb();
    resetProgressDbForTests();
    const b = await openProgressDb();
    for (let i = 0; i < 50; i++) {
      const [x, y] = await Promise.all([appendEvents(a, [lesson(`a-${i}`)]), appendEvents(b, [lesson(`b-${i}`)])]);
      expect([x.kind, y.kind]).toEqual(['saved', 'saved']);
    }
    if (a.kind !== 'ok') throw new Error('no db');
    expect(Object.keys(foldEvents((await readLog(a.db)).events).lessonsRead)).toHaveLength(100);
  });

  it('moves the old localStorage progress in once, checks it, then removes the old key', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(sampleState()));
    const loaded = await loadStore(t0, true);
    expect(loaded.report).toMatchObject({ kind: 'migrated', from: 'localStorage' });
    expect(loaded.state).toEqual(sampleState());
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    const backups = await listBackups(loaded.opened);
    expect(backups.find((b) => b.reason === 'legacy')).toBeTruthy();
    // A second run (another tab, a stale old page writing the key again) adds nothing twice.
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(sampleState()));
    const again = await loadStore(t0);
    expect(again.events).toHaveLength(loaded.events.length);
  });

  it('keeps the localStorage copy when the log cannot be written', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(sampleState()));
    const opened = await openProgressDb();
    const outcome = await migrateLegacy({ ...opened, readOnly: true } as typeof opened, t0);
    expect(outcome.kind).toBe('kept');
    expect(localStorage.getItem(PROGRESS_KEY)).not.toBeNull();
  });

  it('never writes over data from a newer version: read-only, and says so', async () => {
    const opened = await openProgressDb();
    if (opened.kind !== 'ok') throw new Error('no db');
    await appendEvents(opened, [lesson('m04-scores')]);
    await opened.db.put('meta', 99, 'dataVersion');
    resetProgressDbForTests();
    const loaded = await loadStore(t0);
    expect(loaded.report).toMatchObject({ kind: 'recovered', problem: 'newer-version', readOnly: true });
    expect(Object.keys(loaded.state.lessonsRead)).toEqual(['m04-scores']);
    expect(await appendEvents(loaded.opened, [lesson('m05-x')])).toEqual({ kind: 'not-saved', reason: 'read-only' });
    expect(await opened.db.count('events')).toBe(1);
  });

  it('reports a full disk as "not saved", and keeps what was there', async () => {
    const opened = await openProgressDb();
    if (opened.kind !== 'ok') throw new Error('no db');
    await appendEvents(opened, [lesson('m04-scores')]);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(await appendEvents(opened, [lesson('m05-x')])).toEqual({ kind: 'not-saved', reason: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await opened.db.count('events')).toBe(1);
  });

  it('says "unavailable" when there is no IndexedDB at all', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: storage turned off
    delete globalThis.indexedDB;
    try {
      const loaded = await loadStore(t0);
      expect(loaded.report).toMatchObject({ kind: 'recovered', problem: 'storage-unavailable' });
      expect(await appendEvents(loaded.opened, [lesson('m04-scores')])).toEqual({ kind: 'not-saved', reason: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('keeps the last backups rolling and restores one (backing up the present first)', async () => {
    const opened = await openProgressDb();
    await appendEvents(opened, [lesson('m01-a')]);
    await backUp(opened, 'daily', t0);
    const first = (await listBackups(opened))[0]!;
    for (let i = 1; i <= BACKUPS_KEPT + 2; i++) {
      await appendEvents(opened, [lesson(`m02-b${i}`, true, t0 + i * day)]);
      await backUp(opened, 'daily', t0 + i * day);
    }
    const all = await listBackups(opened);
    expect(all).toHaveLength(BACKUPS_KEPT);
    const oldest = all.at(-1)!;
    expect(oldest.n).toBeGreaterThan(first.n);
    expect(await restoreBackup(opened, oldest.n, t0 + 30 * day)).toEqual({ kind: 'saved' });
    if (opened.kind !== 'ok') throw new Error('no db');
    expect((await readLog(opened.db)).events).toHaveLength(oldest.records);
    expect((await listBackups(opened))[0]).toMatchObject({ reason: 'before-restore', records: BACKUPS_KEPT + 3 });
  });
});

describe('old progress that cannot be moved (storage full)', () => {
  it('is shown, kept untouched in localStorage, and the page says so', async () => {
    const text = JSON.stringify(sampleState());
    localStorage.setItem(PROGRESS_KEY, text);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const loaded = await loadStore(t0);
      expect(loaded.report).toMatchObject({ kind: 'recovered', problem: 'legacy-kept' });
      expect(loaded.state.lessonsRead).toEqual(sampleState().lessonsRead);
      expect(localStorage.getItem(PROGRESS_KEY)).toBe(text);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    // Next visit, with room again: moved.
    expect((await loadStore(t0)).report).toMatchObject({ kind: 'migrated' });
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });
});

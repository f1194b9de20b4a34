import { describe, expect, it } from 'vitest';
import { loadProgress } from './load';
import { saveProgress, clearProgress } from './save';
import { BACKUP_KEY, emptyProgress, PROGRESS_KEY } from './schema';
import { memoryStorage, type KeyValueStorage } from './storage';
import { brokenStorage, isoAt, sampleState, t0 } from './test-fixtures';

const stored = (value: unknown) => memoryStorage({ [PROGRESS_KEY]: typeof value === 'string' ? value : JSON.stringify(value) });

describe('save and load', () => {
  it('round-trips the whole state under one key', () => {
    const storage = memoryStorage();
    expect(saveProgress(storage, sampleState())).toEqual({ kind: 'saved' });
    expect([...storage.data.keys()]).toEqual([PROGRESS_KEY]);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toEqual(sampleState());
    expect(loadProgress(storage, t0)).toEqual({ state: sampleState(), report: { kind: 'ok' } });
  });

  it('starts empty when nothing is stored', () => {
    expect(loadProgress(memoryStorage(), t0)).toEqual({ state: emptyProgress(), report: { kind: 'empty' } });
    expect(loadProgress(stored('  '), t0).report).toEqual({ kind: 'empty' });
  });

  it('reports a failed save instead of throwing', () => {
    expect(saveProgress(brokenStorage, sampleState())).toEqual({ kind: 'failed' });
    expect(clearProgress(brokenStorage)).toEqual({ kind: 'failed' });
  });

  it('clears progress but leaves a backup alone', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{}', [BACKUP_KEY]: 'old' });
    expect(clearProgress(storage)).toEqual({ kind: 'saved' });
    expect([...storage.data.keys()]).toEqual([BACKUP_KEY]);
  });
});

describe('loading damaged progress', () => {
  it('keeps garbage JSON under the backup key and starts fresh', () => {
    const storage = stored('{"version":2,"lessonsRead":{');
    const { state, report } = loadProgress(storage, t0);
    expect(state).toEqual(emptyProgress());
    expect(report).toEqual({ kind: 'recovered', problem: 'corrupt-json', dropped: [], backupKey: BACKUP_KEY, migratedFrom: null });
    expect(storage.getItem(BACKUP_KEY)).toBe('{"version":2,"lessonsRead":{');
    expect(storage.getItem(PROGRESS_KEY)).toBe('{"version":2,"lessonsRead":{');
  });

  it.each([['42'], ['null'], ['[1,2]'], ['"text"']])('treats %s as not an object', (text) => {
    const storage = stored(text);
    expect(loadProgress(storage, t0).report).toMatchObject({ kind: 'recovered', problem: 'not-an-object', backupKey: BACKUP_KEY });
    expect(storage.getItem(BACKUP_KEY)).toBe(text);
  });

  it('keeps the other sections when one has wrong types', () => {
    const raw = { ...sampleState(), caseQuizzes: { 'sins-t11': { best: 'four', last: 3, date: '2025-01-01' } } };
    const storage = stored(raw);
    const { state, report } = loadProgress(storage, t0);
    expect(state).toEqual({ ...sampleState(), caseQuizzes: {} });
    expect(report).toEqual({
      kind: 'recovered',
      problem: 'invalid-parts',
      dropped: ['caseQuizzes["sins-t11"]'],
      backupKey: BACKUP_KEY,
      migratedFrom: null,
    });
    expect(JSON.parse(storage.getItem(BACKUP_KEY) ?? '')).toEqual(raw);
  });

  it('salvages a foreign object down to nothing, keeping a backup', () => {
    const { state, report } = loadProgress(stored({ hello: 'world' }), t0);
    expect(state).toEqual(emptyProgress());
    expect(report).toMatchObject({ kind: 'recovered', problem: 'invalid-parts', dropped: ['"hello"'], backupKey: BACKUP_KEY });
  });

  it('keeps what still fits from a newer version and says so', () => {
    const raw = { ...sampleState(), version: 3, badges: ['gold'] };
    const storage = stored(raw);
    const { state, report } = loadProgress(storage, t0);
    expect(state).toEqual(sampleState());
    expect(report).toEqual({ kind: 'recovered', problem: 'newer-version', dropped: ['"badges"'], backupKey: BACKUP_KEY, migratedFrom: null });
    expect(JSON.parse(storage.getItem(BACKUP_KEY) ?? '')).toEqual(raw);
  });

  it('reports a nonsense version label but keeps the sections', () => {
    const { state, report } = loadProgress(stored({ ...sampleState(), version: 'two' }), t0);
    expect(state).toEqual(sampleState());
    expect(report).toMatchObject({ kind: 'recovered', problem: 'invalid-parts', dropped: ['version'] });
  });

  it('survives storage that throws on every call', () => {
    expect(loadProgress(brokenStorage, t0)).toEqual({
      state: emptyProgress(),
      report: { kind: 'recovered', problem: 'storage-unavailable', dropped: [], backupKey: null, migratedFrom: null },
    });
  });

  it('reports a backup that could not be written', () => {
    const readOnly: KeyValueStorage = {
      getItem: () => 'not json',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadProgress(readOnly, t0).report).toMatchObject({ kind: 'recovered', problem: 'corrupt-json', backupKey: null });
  });
});

describe('migration on load', () => {
  const v1 = { version: 1, read: ['m01-multidisciplinary'], results: [{ date: '2024-11-02', score: 8, total: 10 }] };
  const migrated = {
    version: 2,
    lessonsRead: { 'm01-multidisciplinary': isoAt(t0) },
    quizResults: [{ id: 'v1-2024-11-02-8-10', date: '2024-11-02', mode: 'practice', modules: [], score: 8, total: 10, mistakes: [] }],
    caseQuizzes: {},
    reviewCards: {},
  };

  it('migrates v1 to v2 and keeps the v1 text as a backup', () => {
    const storage = stored(v1);
    const { state, report } = loadProgress(storage, t0);
    expect(state).toEqual(migrated);
    expect(report).toEqual({ kind: 'migrated', from: 1, backupKey: BACKUP_KEY });
    expect(JSON.parse(storage.getItem(BACKUP_KEY) ?? '')).toEqual(v1);
  });

  it('migrates an unversioned v1-shaped object', () => {
    const { version: _omit, ...unversioned } = v1;
    const { state, report } = loadProgress(stored(unversioned), t0);
    expect(state).toEqual(migrated);
    expect(report).toEqual({ kind: 'migrated', from: 'unversioned', backupKey: BACKUP_KEY });
  });

  it('reads an unversioned v2-shaped object as v2', () => {
    const { version: _omit, ...unversioned } = sampleState();
    const { state, report } = loadProgress(stored(unversioned), t0);
    expect(state).toEqual(sampleState());
    expect(report).toMatchObject({ kind: 'migrated', from: 'unversioned' });
  });

  it('salvages a damaged v1 entry by entry', () => {
    const damaged = { ...v1, read: ['m01-multidisciplinary', 7], results: [...v1.results, { date: 'x', score: 1, total: 1 }], extra: 1 };
    const { state, report } = loadProgress(stored(damaged), t0);
    expect(state).toEqual(migrated);
    expect(report).toEqual({ kind: 'recovered', problem: 'invalid-parts', dropped: ['read[1]', 'results[1]', '"extra"'], backupKey: BACKUP_KEY, migratedFrom: 1 });
  });

  it('a migrated state saves as v2 and loads back cleanly', () => {
    const storage = stored(v1);
    saveProgress(storage, loadProgress(storage, t0).state);
    expect(loadProgress(storage, t0 + 1)).toEqual({ state: migrated, report: { kind: 'ok' } });
  });
});

describe('loading never throws', () => {
  // Deterministic junk generator: nested values of every JSON type, seeded so failures reproduce.
  function junk(next: () => number, depth: number): unknown {
    const pick = Math.floor(next() * (depth > 2 ? 5 : 8));
    const keys = ['version', 'lessonsRead', 'quizResults', 'caseQuizzes', 'reviewCards', 'read', 'results', 'm01-x', 'id', 'date', 'due'];
    switch (pick) {
      case 0: return null;
      case 1: return next() < 0.5;
      case 2: return [1, 2, 3, -1, 1.5, 1e308][Math.floor(next() * 6)];
      case 3: return ['', '2025-01-01', 'x', 'New', 'practice'][Math.floor(next() * 5)];
      case 4: return next() < 0.5 ? 1 : 2;
      case 5: return Array.from({ length: Math.floor(next() * 4) }, () => junk(next, depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: Math.floor(next() * 5) }, () => [keys[Math.floor(next() * keys.length)] ?? 'k', junk(next, depth + 1)]),
        );
    }
  }

  it('returns a valid state for 500 random stored values', async () => {
    const { createRng } = await import('../quiz/rng');
    const { progressSchema } = await import('./schema');
    const next = createRng('junk');
    for (let i = 0; i < 500; i++) {
      const text = JSON.stringify(junk(next, 0)) ?? 'undefined';
      const { state } = loadProgress(memoryStorage({ [PROGRESS_KEY]: text }), t0);
      expect(progressSchema.safeParse(state).success).toBe(true);
    }
  });
});

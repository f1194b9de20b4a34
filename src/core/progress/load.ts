import type { Instant } from '../quiz/time';
import { decodeProgress, type MigratedFrom } from './decode';
import { isPlainObject } from './salvage';
import { BACKUP_KEY, emptyProgress, PROGRESS_KEY, type ProgressState } from './schema';
import { safeGet, safeSet, type KeyValueStorage } from './storage';

export type LoadProblem =
  /** Storage threw on read (private mode, disabled storage): nothing could be looked at. */
  | 'storage-unavailable'
  /** The stored text is not JSON. */
  | 'corrupt-json'
  /** JSON, but not an object (a number, a list, null). */
  | 'not-an-object'
  /** Written by a newer version: what still fits was kept. */
  | 'newer-version'
  /** Some entries or sections were invalid and dropped; the rest was kept. */
  | 'invalid-parts';

export type LoadReport =
  | { kind: 'empty' }
  | { kind: 'ok' }
  | { kind: 'migrated'; from: MigratedFrom; backupKey: string | null }
  | {
      kind: 'recovered';
      problem: LoadProblem;
      /** Paths of what was discarded (empty when the whole text was unreadable). */
      dropped: string[];
      /** Key holding a copy of the original text; null when there was nothing to copy or the copy failed. */
      backupKey: string | null;
      migratedFrom: MigratedFrom | null;
    };

export interface Loaded {
  state: ProgressState;
  report: LoadReport;
}

/** Copies the stored text aside before a later save replaces it; false when storage refuses. */
function backUp(storage: KeyValueStorage, text: string): string | null {
  return safeSet(storage, BACKUP_KEY, text) ? BACKUP_KEY : null;
}

/**
 * Reads progress from storage. Never throws and never silently loses data: whatever cannot be used
 * is copied under BACKUP_KEY and named in the report, so the view can tell the user. Loading writes
 * nothing else; the state reaches storage on the next save.
 */
export function loadProgress(storage: KeyValueStorage, now: Instant): Loaded {
  const read = safeGet(storage, PROGRESS_KEY);
  if (!read.ok) {
    return {
      state: emptyProgress(),
      report: { kind: 'recovered', problem: 'storage-unavailable', dropped: [], backupKey: null, migratedFrom: null },
    };
  }
  const text = read.value;
  if (text === null || text.trim() === '') return { state: emptyProgress(), report: { kind: 'empty' } };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const backupKey = backUp(storage, text);
    return { state: emptyProgress(), report: { kind: 'recovered', problem: 'corrupt-json', dropped: [], backupKey, migratedFrom: null } };
  }
  if (!isPlainObject(raw)) {
    const backupKey = backUp(storage, text);
    return { state: emptyProgress(), report: { kind: 'recovered', problem: 'not-an-object', dropped: [], backupKey, migratedFrom: null } };
  }

  const decoded = decodeProgress(raw, now);
  if (decoded.newerVersion !== null || decoded.dropped.length > 0) {
    return {
      state: decoded.value,
      report: {
        kind: 'recovered',
        problem: decoded.newerVersion !== null ? 'newer-version' : 'invalid-parts',
        dropped: decoded.dropped,
        backupKey: backUp(storage, text),
        migratedFrom: decoded.migratedFrom,
      },
    };
  }
  if (decoded.migratedFrom !== null) {
    // Nothing was lost, but the old text is kept anyway: a migration is the riskiest moment.
    return { state: decoded.value, report: { kind: 'migrated', from: decoded.migratedFrom, backupKey: backUp(storage, text) } };
  }
  return { state: decoded.value, report: { kind: 'ok' } };
}

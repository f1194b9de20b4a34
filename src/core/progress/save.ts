import { PROGRESS_KEY, type ProgressState } from './schema';
import { safeRemove, safeSet, type KeyValueStorage } from './storage';

export type SaveResult = { kind: 'saved' } | { kind: 'failed' };

/** Writes the whole state as one JSON object under PROGRESS_KEY; a full or disabled storage reports, never throws. */
export function saveProgress(storage: KeyValueStorage, state: ProgressState): SaveResult {
  return safeSet(storage, PROGRESS_KEY, JSON.stringify(state)) ? { kind: 'saved' } : { kind: 'failed' };
}

/** Forgets all progress (the backup, if any, stays). */
export function clearProgress(storage: KeyValueStorage): SaveResult {
  return safeRemove(storage, PROGRESS_KEY) ? { kind: 'saved' } : { kind: 'failed' };
}

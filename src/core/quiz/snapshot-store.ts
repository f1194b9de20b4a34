import type { Answer } from './answer';
import { isFiniteNumber, isIntAtLeast, isPlainObject, isShortString } from './guards';

/**
 * Where unfinished work waits between visits (a running quiz, a case quiz half-way): a scratch copy in
 * localStorage, read back through a checker (./session-snapshot.ts, ./case-snapshot.ts) so a corrupt or
 * tampered copy is ignored, never trusted. Kept apart from the progress store on purpose.
 */

/** localStorage's contract; the browser adapter is in src/widgets/shared/question/snapshot-storage.ts. */
export interface SnapshotStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A saved answer as a grader takes it: option id, typed text, number, or option ids. */
function readAnswer(raw: unknown): Answer | null {
  if (isShortString(raw, 200) || isFiniteNumber(raw)) return raw;
  if (Array.isArray(raw) && raw.length <= 20 && raw.every((id) => isShortString(id, 20))) return [...(raw as string[])];
  return null;
}

export interface SavedAnswer {
  given: Answer;
  /** Epoch ms. */
  at: number;
}

export function readSaved(raw: unknown): SavedAnswer | null {
  if (!isPlainObject(raw) || !isIntAtLeast(raw.at)) return null;
  const given = readAnswer(raw.given);
  return given === null ? null : { given, at: raw.at };
}

/** Reads a snapshot through its checker (readQuizSnapshot, readCaseSnapshot); null on anything unreadable. */
export function readSnapshot<T>(storage: SnapshotStorage, key: string, read: (raw: unknown) => T | null): T | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    return read(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** False when the browser refused (quota, disabled storage): the session still runs, it just cannot survive a reload. */
export function writeSnapshot(storage: SnapshotStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearSnapshot(storage: SnapshotStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a snapshot that cannot be removed is replaced by the next one or ignored when finished.
  }
}

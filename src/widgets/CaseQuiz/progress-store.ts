// The case quiz's link to the progress store. Imports the store's modules directly rather than its
// barrel (src/core/progress/index.ts), as that barrel advises: the barrel also pulls in ts-fsrs.
import { loadProgress } from '../../core/progress/load';
import { saveProgress } from '../../core/progress/save';
import { recordCaseQuiz } from '../../core/progress/updates';
import { memoryStorage, type KeyValueStorage } from '../../core/progress/storage';
import type { CaseQuizRecord } from '../../core/progress/schema';

/** window.localStorage, or an in-memory stand-in where the browser refuses it (private mode, policies). */
export function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    if (storage) return storage;
  } catch {
    // Reading the property itself can throw a SecurityError.
  }
  return memoryStorage();
}

export function readCaseRecord(storage: KeyValueStorage, caseId: string, now: number = Date.now()): CaseQuizRecord | null {
  return loadProgress(storage, now).state.caseQuizzes[caseId] ?? null;
}

/** Records the attempt (last and best) and writes the whole progress back; never throws. */
export function saveCaseResult(storage: KeyValueStorage, caseId: string, score: number, now: number = Date.now()): { saved: boolean; record: CaseQuizRecord | null } {
  const state = recordCaseQuiz(loadProgress(storage, now).state, caseId, score, now);
  const saved = saveProgress(storage, state).kind === 'saved';
  return { saved, record: state.caseQuizzes[caseId] ?? null };
}

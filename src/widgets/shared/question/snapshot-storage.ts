import { memoryStorage } from '../../../core/quiz/memory-storage';
import type { SnapshotStorage } from '../../../core/quiz/snapshot-store';

/**
 * Where running sessions are kept: localStorage (it survives a reload, a visit to another page and
 * a language switch), or memory when the browser refuses it. Looked up on every call, since there is
 * no window while rendering on the server.
 */
const fallback = memoryStorage();

function local(): SnapshotStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // Reading the property itself can throw a SecurityError.
  }
  return fallback;
}

export const snapshotStorage: SnapshotStorage = {
  getItem: (key) => local().getItem(key),
  setItem: (key, value) => local().setItem(key, value),
  removeItem: (key) => local().removeItem(key),
};

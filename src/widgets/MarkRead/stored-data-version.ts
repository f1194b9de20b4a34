// The data version the progress log was written with, read with plain IndexedDB like ../shared/read-stored-events.ts,
// so the lesson toggle knows at load, without the idb wrapper, that a newer release's log is read-only here
// (../shared/progressDb.ts opens such a log read-only for the same reason).
import { DB_NAME } from '../shared/read-stored-events';

/** The stored `meta.dataVersion`; null when there is none or no readable log. */
export function storedDataVersion(): Promise<number | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      return resolve(null);
    }
    // No log yet: cancel the creation so the store's own upgrade still runs on its first write.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      try {
        const read = db.transaction('meta', 'readonly').objectStore('meta').get('dataVersion');
        read.onsuccess = () => resolve(typeof read.result === 'number' && Number.isFinite(read.result) ? read.result : null);
        read.onerror = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        db.close();
      }
    };
  });
}

// Reads the progress log's records of one type with plain IndexedDB: for code that only shows what is stored
// (the case page's last score), so it does not ship the idb wrapper and the writer of ./progressDb.ts.
// Same database, store and index as the progress store; a database that does not exist yet is not created.

/** The progress database's name (./progressDb.ts opens it to write). */
export const DB_NAME = 'percutanea';

/** Raw records of the log with this `type`, unchecked; null when there is no readable log. */
export function readStoredEvents(type: string): Promise<unknown[] | null> {
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
        const read = db.transaction('events', 'readonly').objectStore('events').index('type').getAll(type);
        read.onsuccess = () => resolve(read.result as unknown[]);
        read.onerror = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        db.close();
      }
    };
  });
}

// Reads the progress log with plain IndexedDB: for code that only shows what is stored (the case page's last
// score, the lesson toggle at load), so it does not ship the idb wrapper and the writer of ./progressDb.ts.
// Same database, stores and index as the progress store; a database that does not exist yet is not created.

/** The progress database's name (./progressDb.ts opens it to write). */
export const DB_NAME = 'percutanea';

/** One read on the existing log; null when there is no log or it cannot be read. */
export function readExistingLog<T>(read: (db: IDBDatabase) => IDBRequest, toResult: (value: unknown) => T | null): Promise<T | null> {
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
        const r = read(db);
        r.onsuccess = () => resolve(toResult(r.result));
        r.onerror = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        db.close();
      }
    };
  });
}

/** Raw records of the log with this `type`, unchecked; null when there is no readable log. */
export const readStoredEvents = (type: string): Promise<unknown[] | null> =>
  readExistingLog((db) => db.transaction('events', 'readonly').objectStore('events').index('type').getAll(type), (v) => v as unknown[]);

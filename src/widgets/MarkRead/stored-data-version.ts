// The data version the progress log was written with, read without the idb wrapper, so the lesson toggle knows
// at load that a newer release's log is read-only here (../shared/progressDb.ts opens such a log read-only too).
import { readExistingLog } from '../shared/read-stored-events';

/** The stored `meta.dataVersion`; null when there is none or no readable log. */
export const storedDataVersion = (): Promise<number | null> =>
  readExistingLog(
    (db) => db.transaction('meta', 'readonly').objectStore('meta').get('dataVersion'),
    (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null),
  );

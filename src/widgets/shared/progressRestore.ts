// Putting a backup back, for the progress page only (apart from ./progressBackups.ts, which every island
// with progress loads for its daily backup, so that reading a file back does not ship with them).
import { readImport } from '../../core/progress/import-file';
import type { SaveOutcome } from '../../core/progress/report';
import { missingAfterWrite } from '../../core/progress/verify';
import { backUp, type BackupRecord } from './progressBackups';
import { announce, errorOutcome, readLog, type Opened } from './progressDb';

/**
 * Puts a backup back: the current log is backed up first (or nothing happens), then replaced by the
 * backup's records in one transaction, and read back before the page reports success.
 */
export async function restoreBackup(opened: Opened, n: number, now = Date.now()): Promise<SaveOutcome> {
  if (opened.kind !== 'ok') return { kind: 'not-saved', reason: 'unavailable' };
  if (opened.readOnly) return { kind: 'not-saved', reason: 'read-only' };
  const record = (await opened.db.get('backups', n)) as BackupRecord | undefined;
  if (!record) return { kind: 'not-saved', reason: 'failed' };
  const parsed = readImport(record.text, now);
  if (parsed.kind !== 'ok') return { kind: 'not-saved', reason: 'failed' };
  const first = await backUp(opened, 'before-restore', now);
  if (first.kind !== 'saved') return first;
  try {
    const tx = opened.db.transaction('events', 'readwrite');
    await Promise.all([tx.store.clear(), ...parsed.events.map((e) => tx.store.put(e)), tx.done]);
  } catch (error) {
    return errorOutcome(error);
  }
  const back = await readLog(opened.db, now);
  if (missingAfterWrite(parsed.events, back.events).length > 0) return { kind: 'not-saved', reason: 'failed' };
  announce();
  return { kind: 'saved' };
}

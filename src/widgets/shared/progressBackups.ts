// Rolling backups of the progress log and their restore, for the progress page (kept out of
// ./progressDb.ts so the lesson toggle does not ship them). Restoring is in ./progressRestore.ts: only the
// progress page offers it.
import type { ProgressEvent } from '../../core/progress/events';
import type { SaveOutcome } from '../../core/progress/report';
import { exportEvents } from '../../core/progress/transfer';
import { errorOutcome, type Opened } from './progressDb';

/** How many backups are kept (older ones roll off), legacy copies aside. */
export const BACKUPS_KEPT = 5;

export interface BackupInfo {
  n: number;
  at: string;
  reason: 'daily' | 'before-import' | 'before-restore' | 'legacy';
  records: number;
}
export interface BackupRecord extends BackupInfo {
  text: string;
}


export async function listBackups(opened: Opened): Promise<BackupInfo[]> {
  if (opened.kind !== 'ok') return [];
  const all = (await opened.db.getAll('backups')) as BackupRecord[];
  return all.map(({ n, at, reason, records }) => ({ n, at, reason, records })).reverse();
}

/** Writes a backup of the whole log and rolls off the oldest beyond BACKUPS_KEPT, in one transaction. */
export async function backUp(opened: Opened, reason: BackupInfo['reason'], now = Date.now()): Promise<SaveOutcome> {
  if (opened.kind !== 'ok') return { kind: 'not-saved', reason: 'unavailable' };
  if (opened.readOnly) return { kind: 'not-saved', reason: 'read-only' };
  try {
    const tx = opened.db.transaction(['events', 'backups'], 'readwrite');
    const events = (await tx.objectStore('events').getAll()) as ProgressEvent[];
    await tx.objectStore('backups').add({ at: new Date(now).toISOString(), reason, records: events.length, text: exportEvents(events, now) });
    const kept = ((await tx.objectStore('backups').getAll()) as BackupRecord[]).filter((b) => b.reason !== 'legacy');
    for (const old of kept.slice(0, Math.max(0, kept.length - BACKUPS_KEPT))) await tx.objectStore('backups').delete(old.n);
    await tx.done;
    return { kind: 'saved' };
  } catch (error) {
    return errorOutcome(error);
  }
}

/** One automatic backup a day, taken when a page opens the store and the log has changed since. */
export async function dailyBackup(opened: Opened, now = Date.now()): Promise<void> {
  if (opened.kind !== 'ok' || opened.readOnly) return;
  const backups = await listBackups(opened);
  const count = await opened.db.count('events');
  const latest = backups.find((b) => b.reason !== 'legacy');
  if (count === 0) return;
  if (latest && now - Date.parse(latest.at) < 20 * 3_600_000) return;
  if (latest && latest.records === count) return;
  await backUp(opened, 'daily', now);
}

/** The text of a backup, for download. */
export async function backupText(opened: Opened, n: number): Promise<string | null> {
  if (opened.kind !== 'ok') return null;
  const record = (await opened.db.get('backups', n)) as BackupRecord | undefined;
  return record?.text ?? null;
}


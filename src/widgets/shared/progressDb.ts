// Progress in IndexedDB, through idb. The log only ever grows by whole events written in one
// transaction, so two tabs saving at the same moment both keep their records; every write is then
// announced to the other tabs (BroadcastChannel, plus a storage event where that is missing).
// Pure decisions (what an event is, folding, repairs, migration content, import) live in
// src/core/progress; this file only moves records in and out of the browser.
import { openDB, type IDBPDatabase } from 'idb';
import { DATA_VERSION, type NewEvent, type ProgressEvent } from '../../core/progress/events';
import { readLegacy } from '../../core/progress/legacy';
import { readRecords, type ReadLog } from '../../core/progress/log';
import { missingAfterWrite } from '../../core/progress/verify';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { DB_NAME } from './read-stored-events';
import type { SaveOutcome } from '../../core/progress/report';

// The name lives with the plain reader the case page uses, so both always open the same database.
export { DB_NAME } from './read-stored-events';
/** IndexedDB's own schema version (object stores); the data format is DATA_VERSION in `meta`. */
export const DB_VERSION = 1;
// The tab-to-tab signal lives apart so pages that only read progress can listen without the writer.
import { CHANNEL, PING_KEY } from './progress-channel';
export { CHANNEL, PING_KEY, onOtherTabChange } from './progress-channel';

export type Opened =
  | { kind: 'ok'; db: IDBPDatabase; readOnly: boolean; dataVersion: number }
  | { kind: 'unavailable' };

export interface LegacyOutcome {
  kind: 'none' | 'migrated' | 'unreadable' | 'kept';
  records: number;
  skipped: string[];
  reason?: 'corrupt-json' | 'not-an-object';
  /** When kept (not moved yet): its events, so the page can still show them. */
  pending?: ProgressEvent[];
}

const STORES = ['events', 'meta', 'backups'] as const;

function errorReason(error: unknown): 'quota' | 'failed' {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String((error as Error | null)?.message ?? '')) ? 'quota' : 'failed';
}

function safeLocal(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

let opening: Promise<Opened> | null = null;

/** Opens (once per page) and upgrades the database; a database from a newer release opens read-only. */
export function openProgressDb(): Promise<Opened> {
  opening ??= open();
  return opening;
}

/** Tests start each case from a fresh fake IndexedDB. */
export function resetProgressDbForTests(): void {
  opening = null;
}

async function open(): Promise<Opened> {
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch {
    factory = undefined;
  }
  if (!factory) return { kind: 'unavailable' };
  let readOnly = false;
  let db: IDBPDatabase;
  try {
    db = await openDB(DB_NAME, DB_VERSION, {
      upgrade(up) {
        if (!up.objectStoreNames.contains('events')) up.createObjectStore('events', { keyPath: 'id' }).createIndex('type', 'type');
        if (!up.objectStoreNames.contains('meta')) up.createObjectStore('meta');
        if (!up.objectStoreNames.contains('backups')) up.createObjectStore('backups', { keyPath: 'n', autoIncrement: true });
      },
      blocking() {
        // A newer release wants to upgrade: let it, and stop writing from this old page.
        db.close();
        readOnly = true;
      },
    });
  } catch (error) {
    if ((error as { name?: string } | null)?.name !== 'VersionError') return { kind: 'unavailable' };
    // Upgraded by a newer release: open whatever version is there, only to read.
    try {
      db = await openDB(DB_NAME);
    } catch {
      return { kind: 'unavailable' };
    }
    return hasStores(db) ? { kind: 'ok', db, readOnly: true, dataVersion: DB_VERSION + 1 } : { kind: 'unavailable' };
  }
  let dataVersion = DATA_VERSION;
  try {
    const stored = (await db.get('meta', 'dataVersion')) as unknown;
    if (typeof stored === 'number' && Number.isFinite(stored)) dataVersion = stored;
    else await db.put('meta', DATA_VERSION, 'dataVersion');
  } catch {
    // A meta write that fails (quota) leaves the version unknown; reads still work.
  }
  if (dataVersion > DATA_VERSION) readOnly = true;
  return { kind: 'ok', db, get readOnly() { return readOnly; }, dataVersion };
}

function hasStores(db: IDBPDatabase): boolean {
  return STORES.every((name) => db.objectStoreNames.contains(name));
}

/** Every stored record, parsed one by one (bad ones listed, never thrown). */
export function errorOutcome(error: unknown): SaveOutcome {
  return { kind: 'not-saved', reason: errorReason(error) };
}

export async function readLog(db: IDBPDatabase, now = Date.now()): Promise<ReadLog> {
  const raws = (await db.getAll('events')) as unknown[];
  return readRecords(raws, now);
}

let counter = 0;
/** Unique and time-ordered: the fold breaks ties by id, so events of one batch keep their order. */
export function newEventId(): string {
  counter = (counter + 1) % 1_000_000;
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${random}`;
}

/** Appends events in one transaction: all are stored or none; the outcome says which, truthfully. */
export async function appendEvents(opened: Opened, events: readonly (NewEvent | ProgressEvent)[]): Promise<SaveOutcome> {
  if (opened.kind !== 'ok') return { kind: 'not-saved', reason: 'unavailable' };
  if (opened.readOnly) return { kind: 'not-saved', reason: 'read-only' };
  if (events.length === 0) return { kind: 'saved' };
  try {
    const tx = opened.db.transaction('events', 'readwrite');
    await Promise.all([...events.map((e) => tx.store.put({ ...e, id: e.id ?? newEventId() })), tx.done]);
  } catch (error) {
    return { kind: 'not-saved', reason: errorReason(error) };
  }
  announce();
  return { kind: 'saved' };
}

/** Tells the other tabs to re-read. */
export function announce(): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ type: 'changed' });
    channel.close();
  } catch {
    // No BroadcastChannel: the storage event below still reaches the other tabs.
  }
  try {
    safeLocal()?.setItem(PING_KEY, String(Date.now()));
  } catch {
    // Full or disabled localStorage: the channel above is the main route anyway.
  }
}

// ---- the one-time move from localStorage ----

/**
 * Moves the old localStorage progress into the log: writes its events and a copy of its text (a
 * 'legacy' backup) in one transaction, reads them back, and only then removes the localStorage key.
 * If anything fails the key stays, untouched, and the next page load tries again. Event ids come
 * from the content, so a second attempt (or two tabs at once) adds nothing twice.
 */
export async function migrateLegacy(opened: Opened, now = Date.now()): Promise<LegacyOutcome> {
  const local = safeLocal();
  let text: string | null = null;
  try {
    text = local?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    text = null;
  }
  const legacy = readLegacy(text, now);
  if (legacy.kind === 'empty' || text === null) return { kind: 'none', records: 0, skipped: [] };
  const events = legacy.kind === 'read' ? legacy.events : [];
  const kept: LegacyOutcome = { kind: 'kept', records: 0, skipped: [], pending: events };
  if (opened.kind !== 'ok' || opened.readOnly) return kept;
  try {
    const tx = opened.db.transaction(['events', 'backups'], 'readwrite');
    await Promise.all([
      ...events.map((e) => tx.objectStore('events').put(e)),
      tx.objectStore('backups').add({ at: new Date(now).toISOString(), reason: 'legacy', records: events.length, text }),
      tx.done,
    ]);
  } catch {
    return kept;
  }
  const back = await readLog(opened.db, now);
  if (missingAfterWrite(events, back.events).length > 0) return kept;
  try {
    local?.removeItem(PROGRESS_KEY);
  } catch {
    // Left in place: migrating it again adds nothing.
  }
  announce();
  const skipped = legacy.kind === 'read' ? [...legacy.skipped, ...legacy.repaired].map((r) => `${r.where}: ${r.reason}`) : [];
  return legacy.kind === 'unreadable'
    ? { kind: 'unreadable', records: 0, skipped, reason: legacy.reason }
    : { kind: 'migrated', records: events.length, skipped };
}

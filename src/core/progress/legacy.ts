import { eventsFromSections } from './from-state';
import type { SkippedRecord } from './log';
import type { ProgressEvent } from './events';
import { isPlainObject } from './records';

/** The version the last localStorage-only release wrote. */
export const LEGACY_VERSION = 2;

export type LegacyRead =
  | { kind: 'empty' }
  /** Not JSON, or JSON that is not an object: nothing to migrate; the text is kept as a backup. */
  | { kind: 'unreadable'; reason: 'corrupt-json' | 'not-an-object' }
  | {
      kind: 'read';
      events: ProgressEvent[];
      skipped: SkippedRecord[];
      repaired: SkippedRecord[];
      /** The stored version (null when none): above LEGACY_VERSION it came from a newer release. */
      version: number | null;
    };

/**
 * Reads the localStorage object of earlier releases (version 2, unversioned, or a newer release's
 * version 3+) into events, entry by entry. It never writes: the caller keeps the original text
 * until the migrated log has been read back and checked (./migration.ts).
 */
export function readLegacy(text: string | null, now: number): LegacyRead {
  if (text === null || text.trim() === '') return { kind: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'corrupt-json' };
  }
  if (!isPlainObject(raw)) return { kind: 'unreadable', reason: 'not-an-object' };
  const version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : null;
  const read = eventsFromSections(raw, now, ['version']);
  if (raw.version !== undefined && version === null) read.skipped.push({ where: 'version', reason: 'not a version number' });
  return { kind: 'read', ...read, version };
}

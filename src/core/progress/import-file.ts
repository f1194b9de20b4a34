import { DATA_VERSION, type ProgressEvent } from './events';
import { eventsFromSections } from './from-state';
import type { ImportError } from './import-messages';
import { readRecords, type SkippedRecord } from './log';
import { isPlainObject } from './records';
import { EXPORT_FORMAT } from './transfer';

/** Export files up to this version held the four sections instead of events. */
const SECTIONS_FORMAT_VERSION = 2;

export type ImportRead =
  | { kind: 'ok'; events: ProgressEvent[]; skipped: SkippedRecord[]; repaired: SkippedRecord[] }
  | { kind: 'error'; error: ImportError };

/**
 * Reads an export file record by record: good records are kept, bad ones listed with the reason.
 * Only a file that is not ours at all (not JSON, no format tag, a newer version) is refused whole.
 * Merging is the caller's union by event id, so re-importing a file adds nothing and an un-marked
 * lesson stays un-marked (its later un-mark event outranks the file's older mark).
 */
export function readImport(text: string, now: number): ImportRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'error', error: { code: 'not-json' } };
  }
  if (!isPlainObject(raw)) return { kind: 'error', error: { code: 'not-an-object' } };
  if (raw.format !== EXPORT_FORMAT) return { kind: 'error', error: { code: 'wrong-format', found: typeof raw.format === 'string' ? raw.format.slice(0, 80) : null } };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < SECTIONS_FORMAT_VERSION) return { kind: 'error', error: { code: 'bad-version' } };
  if (version > DATA_VERSION) return { kind: 'error', error: { code: 'newer-version', version } };
  if (version === SECTIONS_FORMAT_VERSION) return { kind: 'ok', ...eventsFromSections(raw, now, ['format', 'version', 'exportedAt']) };
  if (!Array.isArray(raw.events)) return { kind: 'error', error: { code: 'no-events' } };
  return { kind: 'ok', ...readRecords(raw.events, now) };
}

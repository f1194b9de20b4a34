import type { SkippedRecord } from './log';

/** What a page tells the user about the store after reading it. */
export type StoreProblem =
  /** No IndexedDB (storage disabled, some private modes): nothing is kept. */
  | 'storage-unavailable'
  /** Written by a newer version of the site: shown, never written (read-only until reload). */
  | 'newer-version'
  /** Some records were skipped or repaired; the rest is in place. */
  | 'invalid-parts'
  /** The old localStorage copy was not readable at all; its text is kept as a backup. */
  | 'corrupt-json'
  | 'not-an-object'
  /** The old localStorage copy could not be moved (storage full): shown, kept untouched, retried next visit. */
  | 'legacy-kept';

export type StoreReport =
  | { kind: 'empty' }
  | { kind: 'ok' }
  /** The old localStorage progress was moved into the log and checked; its text is in the backups. */
  | { kind: 'migrated'; from: 'localStorage'; records: number; backupKey: string | null }
  | {
      kind: 'recovered';
      problem: StoreProblem;
      /** Records left out or repaired, with the reason. */
      dropped: string[];
      /** Where a copy of the original is kept (a backup name), or null. */
      backupKey: string | null;
      readOnly: boolean;
    };
/** The name widgets have always imported. */
export type LoadReport = StoreReport;

export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'not-saved'; reason: 'quota' | 'unavailable' | 'read-only' | 'failed' };

export function describeRecords(records: readonly SkippedRecord[]): string[] {
  return records.map((r) => `${r.where}: ${r.reason}`);
}

export interface ReportInput {
  available: boolean;
  readOnly: boolean;
  /** What became of the old localStorage copy on this load. */
  legacy: { kind: 'none' | 'migrated' | 'unreadable' | 'kept'; records: number; skipped: string[]; reason?: 'corrupt-json' | 'not-an-object' };
  /** Records of the log that were skipped or repaired. */
  problems: string[];
  events: number;
}

/** The one notice a page shows, most serious first. */
export function composeReport(input: ReportInput): StoreReport {
  const recovered = (problem: StoreProblem, dropped: string[], backupKey: string | null = null): StoreReport => ({
    kind: 'recovered',
    problem,
    dropped,
    backupKey,
    readOnly: input.readOnly,
  });
  if (!input.available) return recovered('storage-unavailable', []);
  if (input.readOnly) return recovered('newer-version', input.problems);
  if (input.legacy.kind === 'kept') return recovered('legacy-kept', input.problems, 'legacy');
  if (input.legacy.kind === 'unreadable') return recovered(input.legacy.reason ?? 'corrupt-json', [], 'legacy');
  const dropped = [...input.legacy.skipped, ...input.problems];
  if (dropped.length > 0) return recovered('invalid-parts', dropped, input.legacy.kind === 'migrated' ? 'legacy' : null);
  if (input.legacy.kind === 'migrated') return { kind: 'migrated', from: 'localStorage', records: input.legacy.records, backupKey: 'legacy' };
  return input.events === 0 ? { kind: 'empty' } : { kind: 'ok' };
}

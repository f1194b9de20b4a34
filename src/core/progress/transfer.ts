import { toMillis, type Instant } from '../quiz/time';
import { DATA_VERSION, type ProgressEvent } from './events';

/** Marks a file as ours, so importing someone's random JSON fails with a clear message. */
export const EXPORT_FORMAT = 'percutanea-progress';

/** The whole log as a file: format tag, version, export time, events in order. */
export function exportEvents(events: readonly ProgressEvent[], now: Instant): string {
  const file = { format: EXPORT_FORMAT, version: DATA_VERSION, exportedAt: new Date(toMillis(now)).toISOString(), events };
  return JSON.stringify(file, null, 1);
}

// Reading a file back is in ./import-file.ts: only the progress page needs it, so it stays out of the
// code every island with progress loads.

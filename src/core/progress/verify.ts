import type { ProgressEvent } from './events';

/**
 * A migration or restore is trusted only when every event it meant to write can be read back
 * unchanged; until then the source (the localStorage copy, the backup) is not touched.
 */
export function missingAfterWrite(intended: readonly ProgressEvent[], stored: readonly ProgressEvent[]): string[] {
  const byId = new Map(stored.map((e) => [e.id, JSON.stringify(e)]));
  return intended.filter((e) => byId.get(e.id) !== JSON.stringify(e)).map((e) => e.id);
}

import type { Instant } from '../quiz/time';
import { migrateV1 } from './migrate-v1';
import { idSchema } from '../content/schemas';
import { salvageArray, salvageSections, type Salvaged } from './salvage';
import { PROGRESS_VERSION, sectionNames, type ProgressState } from './schema';
import { v1ResultSchema } from './schema-v1';

export type MigratedFrom = 1 | 'unversioned';

export interface Decoded extends Salvaged<ProgressState> {
  /** Set when the stored object was older than the current version (or carried none). */
  migratedFrom: MigratedFrom | null;
  /** Set when the stored object came from a newer version: only what still fits v2 was kept. */
  newerVersion: number | null;
}

/** An unversioned object that looks like v1 (read/results) rather than v2 (the four sections). */
function looksLikeV1(raw: Record<string, unknown>): boolean {
  const hasV1 = 'read' in raw || 'results' in raw;
  const hasV2 = sectionNames.some((name) => name in raw);
  return hasV1 && !hasV2;
}

function decodeV1(raw: Record<string, unknown>, now: Instant): Salvaged<ProgressState> {
  const read = salvageArray('read', raw.read, idSchema);
  const results = salvageArray('results', raw.results, v1ResultSchema);
  const foreign = Object.keys(raw)
    .filter((key) => !['version', 'read', 'results'].includes(key))
    .map((key) => JSON.stringify(key));
  return {
    value: migrateV1({ read: read.value, results: results.value }, now),
    dropped: [...read.dropped, ...results.dropped, ...foreign],
  };
}

/**
 * Turns whatever object was stored into the current shape, never throwing and keeping every valid
 * part: migrates v1 and unversioned objects, salvages section by section, and reports the rest.
 * `now` dates lessons that v1 recorded as read without a date.
 */
export function decodeProgress(raw: Record<string, unknown>, now: Instant): Decoded {
  const version = raw.version;
  if (version === PROGRESS_VERSION) return { ...salvageSections(raw), migratedFrom: null, newerVersion: null };
  if (version === 1) return { ...decodeV1(raw, now), migratedFrom: 1, newerVersion: null };
  if (version === undefined) {
    const salvaged = looksLikeV1(raw) ? decodeV1(raw, now) : salvageSections(raw);
    return { ...salvaged, migratedFrom: 'unversioned', newerVersion: null };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { ...salvageSections(raw), migratedFrom: null, newerVersion: version };
  }
  // A version that is no version at all ("2", 0, 1.5…): keep the sections, report the label.
  const salvaged = salvageSections(raw);
  return { value: salvaged.value, dropped: ['version', ...salvaged.dropped], migratedFrom: null, newerVersion: null };
}

import { isIsoDate } from '../quiz/calendar-date';
import { isPlainObject, type Raw } from '../quiz/guards';
import type { LessonEvent } from './events';

/**
 * The parts of an event every reader shares (id, envelope, order) and the lesson event itself, apart from the
 * readers of quiz results and review cards (./events.ts), so the "mark as read" toggle can tell at load whether
 * its lesson is marked without shipping those: `lessonMarked` is parseEvent + readRecords + foldEvents for one
 * lesson (event-basics.test.ts holds it to the full reader on the same records).
 */

/** The version of the event format (./events.ts explains; a higher one is read but never written). */
export const DATA_VERSION = 3;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Lesson slugs, case ids, question ids: kebab-case, which also keeps "__proto__" and "constructor" out. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && idPattern.test(value);
}

/** A record's id, time and type, checked; the reason otherwise. */
export function readEnvelope(raw: unknown): { ok: true; raw: Raw; id: string; at: string; type: unknown } | { ok: false; reason: string } {
  if (!isPlainObject(raw)) return { ok: false, reason: 'not an object' };
  const { id, at, type } = raw;
  if (typeof id !== 'string' || id === '' || id.length > 200) return { ok: false, reason: 'missing id' };
  if (!isIsoDate(at)) return { ok: false, reason: 'bad date' };
  return { ok: true, raw, id, at, type };
}

/** The lesson fields of a record whose envelope is checked: the event, or why it is refused. */
export function readLessonEvent(raw: Raw, id: string, at: string): LessonEvent | string {
  if (!isId(raw.slug)) return 'bad lesson slug';
  if (typeof raw.read !== 'boolean') return 'read must be true or false';
  return { id, at, type: 'lesson', slug: raw.slug, read: raw.read };
}

/** Deterministic order: by time, then id, so every tab folds the same log to the same view. */
export function compareEvents(a: { at: string; id: string }, b: { at: string; id: string }): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether `slug` is marked read, from the log's raw 'lesson' records: bad records are skipped, a repeated id
 * counts once (its first record), and the latest event wins, as in the full fold.
 */
export function lessonMarked(raws: readonly unknown[], slug: string): boolean {
  const seen = new Set<string>();
  let latest: LessonEvent | null = null;
  for (const raw of raws) {
    const envelope = readEnvelope(raw);
    if (!envelope.ok || envelope.type !== 'lesson' || seen.has(envelope.id)) continue;
    const event = readLessonEvent(envelope.raw, envelope.id, envelope.at);
    if (typeof event === 'string') continue;
    seen.add(event.id);
    if (event.slug === slug && (!latest || compareEvents(latest, event) <= 0)) latest = event;
  }
  return latest?.read ?? false;
}

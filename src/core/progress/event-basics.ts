import { isIsoDate } from '../quiz/calendar-date';
import type { Raw } from '../quiz/guards';
import type { CaseEvent, LessonEvent } from './events';

/**
 * The parts of an event every reader shares (id, envelope, order) and the lesson and case events themselves,
 * apart from the readers of quiz results and review cards (./events.ts), so what shows one kind of event at
 * load (the lesson toggle, the case page's last score: ./event-peek.ts) does not ship those.
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
  // quiz/guards.ts's isPlainObject, written out: importing it would put every guard on each lesson page.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  const record = raw as Raw;
  const { id, at, type } = record;
  if (typeof id !== 'string' || id === '' || id.length > 200) return { ok: false, reason: 'missing id' };
  if (!isIsoDate(at)) return { ok: false, reason: 'bad date' };
  return { ok: true, raw: record, id, at, type };
}

/** The lesson fields of a record whose envelope is checked: the event, or why it is refused. */
export function readLessonEvent(raw: Raw, id: string, at: string): LessonEvent | string {
  if (!isId(raw.slug)) return 'bad lesson slug';
  if (typeof raw.read !== 'boolean') return 'read must be true or false';
  return { id, at, type: 'lesson', slug: raw.slug, read: raw.read };
}

/** A case-quiz score: finite, 0…1000 (no case has more questions). */
export function readScore(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 1000 ? raw : null;
}

/** The case fields of a record whose envelope is checked: the event, or why it is refused. */
export function readCaseEvent(raw: Raw, id: string, at: string): CaseEvent | string {
  const score = readScore(raw.score);
  if (!isId(raw.caseId)) return 'bad case id';
  return score === null ? 'bad case score' : { id, at, type: 'case', caseId: raw.caseId, score };
}

/** Deterministic order: by time, then id, so every tab folds the same log to the same view. */
export function compareEvents(a: { at: string; id: string }, b: { at: string; id: string }): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The valid events of one type among raw records of that type, in the fold's order: bad records are skipped and a
 * repeated id counts once (its first record), as readRecords does. For ./event-peek.ts and ./case-peek.ts.
 */
export function validEvents<E extends { id: string; at: string }>(raws: readonly unknown[], type: string, read: (raw: Record<string, unknown>, id: string, at: string) => E | string): E[] {
  const seen = new Set<string>();
  const events: E[] = [];
  for (const raw of raws) {
    const envelope = readEnvelope(raw);
    if (!envelope.ok || envelope.type !== type || seen.has(envelope.id)) continue;
    const event = read(envelope.raw, envelope.id, envelope.at);
    if (typeof event === 'string') continue;
    seen.add(event.id);
    events.push(event);
  }
  return events.sort(compareEvents);
}

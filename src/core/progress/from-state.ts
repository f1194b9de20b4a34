import { isIsoDate } from '../quiz/calendar-date';
import { parseEvent, type ProgressEvent } from './events';
import type { ReadLog } from './log';
import { isPlainObject, type Raw } from './records';

const sections = ['lessonsRead', 'quizResults', 'caseQuizzes', 'reviewCards'] as const;
const epoch = '1970-01-01T00:00:00.000Z';

function earlier(at: unknown): unknown {
  return isIsoDate(at) ? new Date(Date.parse(at) - 1).toISOString() : at;
}

/**
 * The four sections of the old whole-object format (localStorage, and export files up to version 2)
 * as events. Ids are derived from the content, so migrating or importing the same data twice, or in
 * two tabs at once, adds nothing new. Each entry is checked on its own by parseEvent: a bad one is
 * listed and skipped, the rest kept. Unknown top-level keys are listed too (`extraKeys` are allowed).
 */
export function eventsFromSections(raw: Raw, now: number, extraKeys: readonly string[] = []): ReadLog {
  const out: ReadLog = { events: [], skipped: [], repaired: [] };
  const take = (where: string, candidate: unknown) => {
    const parsed = parseEvent(candidate, now);
    if (!parsed.ok) return void out.skipped.push({ where, reason: parsed.reason });
    out.events.push(parsed.event);
    if (parsed.repaired) out.repaired.push({ where, reason: parsed.repaired });
  };
  const entries = (name: string, value: unknown): [string, unknown][] | null => {
    if (value === undefined) return [];
    if (!isPlainObject(value)) return (out.skipped.push({ where: name, reason: 'not an object' }), null);
    return Object.entries(value);
  };
  const label = (section: string, key: string) => `${section}[${JSON.stringify(key.slice(0, 80))}]`;

  for (const [slug, at] of entries('lessonsRead', raw.lessonsRead) ?? []) {
    take(label('lessonsRead', slug), { id: `legacy-lesson-${slug}-${String(at)}`, at, type: 'lesson', slug, read: true });
  }
  if (raw.quizResults !== undefined && !Array.isArray(raw.quizResults)) out.skipped.push({ where: 'quizResults', reason: 'not a list' });
  const seenResults = new Set<string>();
  (Array.isArray(raw.quizResults) ? raw.quizResults : []).forEach((result: unknown, i) => {
    const id = isPlainObject(result) && typeof result.id === 'string' ? result.id : '';
    if (id && seenResults.has(id)) return void out.skipped.push({ where: `quizResults[${i}]`, reason: 'repeated id' });
    seenResults.add(id);
    const at = isPlainObject(result) && isIsoDate(result.date) ? result.date : epoch;
    take(`quizResults[${i}]`, { id: `legacy-quiz-${id}`, at, type: 'quiz', result });
  });
  for (const [caseId, record] of entries('caseQuizzes', raw.caseQuizzes) ?? []) {
    const r = isPlainObject(record) ? record : {};
    const where = label('caseQuizzes', caseId);
    const before = out.skipped.length;
    take(where, { id: `legacy-case-${caseId}-${String(r.date)}`, at: r.date, type: 'case', caseId, score: r.last });
    const lastOk = out.skipped.length === before;
    if (lastOk && typeof r.best === 'number' && typeof r.last === 'number' && r.best > r.last) {
      take(where, { id: `legacy-case-${caseId}-best-${String(r.date)}`, at: earlier(r.date), type: 'case', caseId, score: r.best });
    }
  }
  for (const [questionId, card] of entries('reviewCards', raw.reviewCards) ?? []) {
    const c = isPlainObject(card) ? card : {};
    const at = isIsoDate(c.last_review) ? c.last_review : epoch;
    take(label('reviewCards', questionId), { id: `legacy-card-${questionId}-${at}-${String(c.reps)}`, at, type: 'review', questionId, card });
  }
  const known = new Set<string>([...sections, ...extraKeys]);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) out.skipped.push({ where: JSON.stringify(key.slice(0, 80)), reason: 'unknown section' });
  }
  return out;
}

/** Events already in the log, as a set of ids, so a merge only adds what is new. */
export function newEventsOnly(existing: Iterable<ProgressEvent>, incoming: readonly ProgressEvent[]): ProgressEvent[] {
  const ids = new Set([...existing].map((e) => e.id));
  return incoming.filter((e) => !ids.has(e.id));
}

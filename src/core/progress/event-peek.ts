import { compareEvents, readCaseEvent, readEnvelope, readLessonEvent } from './event-basics';
import type { CaseEvent, LessonEvent } from './events';
import type { CaseQuizRecord } from './schema';

/**
 * One kind of event read for display at load, from the log's raw records of that type: the lesson toggle
 * (is this lesson marked?) and the case page (this case's last and best score). Each is readRecords +
 * foldEvents for one item, without the quiz and card readers: bad records are skipped, a repeated id counts
 * once (its first record), events apply in the fold's order. event-peek.test.ts holds both to the full reader.
 */
function validEvents<E extends { id: string; at: string }>(raws: readonly unknown[], type: string, read: (raw: Record<string, unknown>, id: string, at: string) => E | string): E[] {
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

/** Whether `slug` is marked read: the latest of its events wins. */
export function lessonMarked(raws: readonly unknown[], slug: string): boolean {
  const events = validEvents<LessonEvent>(raws, 'lesson', readLessonEvent).filter((e) => e.slug === slug);
  return events.at(-1)?.read ?? false;
}

/** A case quiz's best score ever and its latest one; null before a first attempt. */
export function caseRecord(raws: readonly unknown[], caseId: string): CaseQuizRecord | null {
  return validEvents<CaseEvent>(raws, 'case', readCaseEvent)
    .filter((e) => e.caseId === caseId)
    .reduce<CaseQuizRecord | null>((prev, e) => ({ best: Math.max(prev?.best ?? 0, e.score), last: e.score, date: e.at }), null);
}

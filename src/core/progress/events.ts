import type { StoredCard } from '../quiz/review-card';
import { checkCard } from './repair-card';
import { isId, readQuizResult } from './records';
import { readCaseEvent, readEnvelope, readLessonEvent } from './event-basics';
import type { QuizResult } from './schema';

/**
 * Progress is an append-only log of these events (Anki's revlog idea): nothing is overwritten, so two
 * tabs writing at once each add their own records and neither can lose the other's. Every view
 * (lessons read, scores, due cards) is folded from the log by ./fold.ts.
 *
 * DATA_VERSION is the version of this format. A store or file from a higher version is read but
 * never written by this code (see ./report.ts).
 */
export { DATA_VERSION, compareEvents } from './event-basics';

/** FSRS ratings: 1 again, 2 hard, 3 good, 4 easy. */
export type Rating = 1 | 2 | 3 | 4;

interface Envelope {
  /** Unique; the same id twice is the same event (merging and re-importing are idempotent). */
  id: string;
  /** ISO instant the event happened; the fold orders by it. */
  at: string;
}

export type LessonEvent = Envelope & { type: 'lesson'; slug: string; read: boolean };
/** A finished self-assessment: the answers summed up (each answer also updates its review card). */
export type QuizEvent = Envelope & { type: 'quiz'; result: QuizResult };
export type CaseEvent = Envelope & { type: 'case'; caseId: string; score: number };
/** One review of one card: the card as scheduled after it and, when known, the rating given. */
export type ReviewEvent = Envelope & { type: 'review'; questionId: string; card: StoredCard; rating?: Rating };

export type ProgressEvent = LessonEvent | QuizEvent | CaseEvent | ReviewEvent;
export type EventType = ProgressEvent['type'];
/** What a writer supplies; the store gives it an id. */
export type NewEvent = { [T in ProgressEvent as T['type']]: Omit<T, 'id'> & { id?: string } }[EventType];

export type ParsedEvent =
  | { ok: true; event: ProgressEvent; repaired?: string }
  | { ok: false; reason: string };

const fail = (reason: string): ParsedEvent => ({ ok: false, reason });

/**
 * The one reader of an event, for IndexedDB records and imported files alike. Cards are repaired
 * (./repair-card.ts) rather than refused; anything else that does not fit is refused with a reason.
 */
export function parseEvent(raw: unknown, now: number): ParsedEvent {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return fail(envelope.reason);
  const { id, at, type } = envelope;
  const record = envelope.raw;
  switch (type) {
    case 'lesson': {
      const event = readLessonEvent(record, id, at);
      return typeof event === 'string' ? fail(event) : { ok: true, event };
    }
    case 'quiz': {
      const result = readQuizResult(record.result);
      return result ? { ok: true, event: { id, at, type, result } } : fail('bad quiz result');
    }
    case 'case': {
      const event = readCaseEvent(record, id, at);
      return typeof event === 'string' ? fail(event) : { ok: true, event };
    }
    case 'review': {
      if (!isId(record.questionId)) return fail('bad question id');
      const rating = record.rating;
      if (rating !== undefined && rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return fail('rating must be 1–4');
      const checked = checkCard(record.card, now);
      const event: ReviewEvent = { id, at, type, questionId: record.questionId, card: checked.card, ...(rating !== undefined ? { rating } : {}) };
      if (checked.kind === 'ok') return { ok: true, event };
      const note = checked.kind === 'repaired' ? `card repaired (${checked.fixed.join(', ')})` : `card reset (${checked.reason})`;
      return { ok: true, event, repaired: note };
    }
    default:
      return fail('unknown event type');
  }
}


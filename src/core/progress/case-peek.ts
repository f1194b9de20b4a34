import { readCaseEvent, validEvents } from './event-basics';
import type { CaseEvent } from './events';
import type { CaseQuizRecord } from './schema';

// The case page's view of the log at load (see ./event-peek.ts, which holds the lesson toggle's).

/** A case quiz's best score ever and its latest one; null before a first attempt. */
export function caseRecord(raws: readonly unknown[], caseId: string): CaseQuizRecord | null {
  return validEvents<CaseEvent>(raws, 'case', readCaseEvent)
    .filter((e) => e.caseId === caseId)
    .reduce<CaseQuizRecord | null>((prev, e) => ({ best: Math.max(prev?.best ?? 0, e.score), last: e.score, date: e.at }), null);
}

// A case quiz's record (best and last score) folded from the progress log's 'case' events, for the case page's
// tiny <case-last-score>: plain IndexedDB (./read-stored-events.ts) and the case event's own reader and fold
// (core/progress/case-peek.ts, held to the full reader by its test), without the quiz and card readers.
import { caseRecord } from '../../core/progress/case-peek';
import type { CaseQuizRecord } from '../../core/progress/schema';
import { readStoredEvents } from './read-stored-events';

export async function readCaseRecord(caseId: string): Promise<CaseQuizRecord | null> {
  const raws = await readStoredEvents('case');
  if (!raws) return null;
  return caseRecord(raws, caseId);
}

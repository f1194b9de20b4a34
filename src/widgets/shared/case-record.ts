// A case quiz's record (best and last score) folded from the progress log's 'case' events, for the case page's
// tiny <case-last-score>: plain IndexedDB (./read-stored-events.ts), the one event reader and the one fold.
import { foldEvents } from '../../core/progress/fold';
import { readRecords } from '../../core/progress/log';
import type { CaseQuizRecord } from '../../core/progress/schema';
import { readStoredEvents } from './read-stored-events';

export async function readCaseRecord(caseId: string): Promise<CaseQuizRecord | null> {
  const raws = await readStoredEvents('case');
  if (!raws) return null;
  const state = foldEvents(readRecords(raws, Date.now()).events);
  return Object.hasOwn(state.caseQuizzes, caseId) ? (state.caseQuizzes[caseId] ?? null) : null;
}

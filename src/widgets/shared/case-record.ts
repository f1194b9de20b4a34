// A case quiz's record (best and last score) folded from the progress log's 'case' events: read by the case
// quiz and by the case page's tiny <case-last-score>, which ships no framework.
import { foldEvents } from '../../core/progress/fold';
import { readRecords } from '../../core/progress/log';
import type { CaseQuizRecord } from '../../core/progress/schema';
import { openProgressDb } from './progressDb';

export async function readCaseRecord(caseId: string): Promise<CaseQuizRecord | null> {
  const opened = await openProgressDb();
  if (opened.kind !== 'ok') return null;
  try {
    const raws = (await opened.db.getAllFromIndex('events', 'type', 'case')) as unknown[];
    const state = foldEvents(readRecords(raws, Date.now()).events);
    return Object.hasOwn(state.caseQuizzes, caseId) ? (state.caseQuizzes[caseId] ?? null) : null;
  } catch {
    return null;
  }
}

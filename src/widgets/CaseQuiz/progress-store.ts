// The case quiz's link to the progress log: each finished attempt is a 'case' event; best and last
// are folded from all of them, so two tabs finishing at once both count.
import { foldEvents } from '../../core/progress/fold';
import type { CaseQuizRecord } from '../../core/progress/schema';
import type { CaseEvent } from '../../core/progress/events';
import { appendEvents, openProgressDb } from '../shared/progressDb';
import { readCaseRecord as readCase } from '../shared/case-record';

export interface CaseStore {
  read(caseId: string): Promise<CaseQuizRecord | null>;
  /** `saved` is true only once the attempt is in storage. */
  save(caseId: string, score: number, now: number): Promise<{ saved: boolean; record: CaseQuizRecord | null }>;
}

export const browserCaseStore: CaseStore = {
  read: readCase,
  async save(caseId, score, now) {
    const safe = Number.isFinite(score) ? Math.max(0, score) : 0;
    const outcome = await appendEvents(await openProgressDb(), [{ type: 'case', at: new Date(now).toISOString(), caseId, score: safe }]);
    if (outcome.kind !== 'saved') return { saved: false, record: null };
    return { saved: true, record: await readCase(caseId) };
  },
};

/** For tests: the same folding over events kept in memory. */
export function memoryCaseStore(): CaseStore & { events: CaseEvent[] } {
  const events: CaseEvent[] = [];
  const read = async (caseId: string) => foldEvents(events).caseQuizzes[caseId] ?? null;
  return {
    events,
    read,
    async save(caseId, score, now) {
      events.push({ id: `e${events.length}`, type: 'case', at: new Date(now).toISOString(), caseId, score: Math.max(0, score) });
      return { saved: true, record: await read(caseId) };
    },
  };
}

import { mistakesOf, type EndReason, type Session } from './session';

/** What results need to know about a bank question. */
export interface BankEntry {
  id: string;
  module: string;
}

export interface ModuleResult {
  module: string;
  total: number;
  answered: number;
  correct: number;
  /** Sum of per-question scores (partial credit included). */
  score: number;
}

export interface SessionResults {
  /** Questions in the session that the bank still knows. */
  total: number;
  answered: number;
  /** Exactly right answers. */
  correct: number;
  /** Sum of per-question scores, 0…total (partial credit included). */
  score: number;
  /** score / total, 0…1; 0 for an empty session (never NaN). */
  fraction: number;
  byModule: ModuleResult[];
  /** Not answered exactly right, including skipped ones: feeds "review mistakes" and retakes. */
  mistakes: string[];
  unanswered: string[];
  /** Ids in the session that the bank no longer holds (content changed since); left out of the totals. */
  missing: string[];
  endReason: EndReason | null;
  /** Null while the session is still running. */
  durationMs: number | null;
}

function moduleNumber(module: string): number {
  const n = Number(module.replace(/^M/, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

export function results(session: Session, bank: readonly BankEntry[]): SessionResults {
  const moduleOf = new Map(bank.map((q) => [q.id, q.module] as const));
  const known = session.order.filter((id) => moduleOf.has(id));
  const missing = session.order.filter((id) => !moduleOf.has(id));
  const modules = new Map<string, ModuleResult>();
  let answered = 0;
  let correct = 0;
  let score = 0;

  for (const id of known) {
    const module = moduleOf.get(id) as string;
    const row = modules.get(module) ?? { module, total: 0, answered: 0, correct: 0, score: 0 };
    modules.set(module, row);
    row.total += 1;
    const record = session.answers[id];
    if (!record) continue;
    row.answered += 1;
    answered += 1;
    row.score += record.result.score;
    score += record.result.score;
    if (record.result.correct) {
      row.correct += 1;
      correct += 1;
    }
  }

  const knownSet = new Set(known);
  return {
    total: known.length,
    answered,
    correct,
    score,
    fraction: known.length === 0 ? 0 : score / known.length,
    byModule: [...modules.values()].sort((a, b) => moduleNumber(a.module) - moduleNumber(b.module)),
    mistakes: mistakesOf(session).filter((id) => knownSet.has(id)),
    unanswered: known.filter((id) => !session.answers[id]),
    missing,
    endReason: session.endReason,
    durationMs: session.finishedAt === null ? null : session.finishedAt - session.startedAt,
  };
}

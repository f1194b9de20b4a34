import type { CognitiveLevel } from './question';
import { mistakesOf, type EndReason, type Session } from './session';

/** What results need to know about a bank question. */
export interface BankEntry {
  id: string;
  module: string;
  /** Cognitive level; unclassified items are reported as recall. */
  level?: CognitiveLevel;
}

/** One row of a breakdown: by module ("M6") or by level ("application"). */
export interface GroupResult {
  total: number;
  answered: number;
  correct: number;
  /** Sum of per-question scores (partial credit included). */
  score: number;
}
export interface ModuleResult extends GroupResult {
  module: string;
}
export interface LevelResult extends GroupResult {
  level: CognitiveLevel;
}

export interface SessionResults {
  /** Questions in the session that the bank still knows. */
  total: number;
  answered: number;
  /** Exactly right answers. */
  correct: number;
  /** Sum of per-question scores, 0…answered (partial credit included). */
  score: number;
  /**
   * score / answered, 0…1; 0 when nothing was answered (never NaN). Only answered questions count: a
   * session ended early records what the learner did, never a fake failure for what was not asked.
   */
  fraction: number;
  byModule: ModuleResult[];
  byLevel: LevelResult[];
  /** Answered but not exactly right: feeds "retake the wrong ones" and the review deck. */
  mistakes: string[];
  /** Not answered (skipped, or left when the session ended). */
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

const emptyGroup = (): GroupResult => ({ total: 0, answered: 0, correct: 0, score: 0 });

export function levelOf(entry: BankEntry | undefined): CognitiveLevel {
  return entry?.level ?? 'recall';
}

export function results(session: Session, bank: readonly BankEntry[]): SessionResults {
  const entryOf = new Map(bank.map((q) => [q.id, q] as const));
  const known = session.order.filter((id) => entryOf.has(id));
  const missing = session.order.filter((id) => !entryOf.has(id));
  const modules = new Map<string, ModuleResult>();
  const levels = new Map<CognitiveLevel, LevelResult>();
  const all = emptyGroup();

  for (const id of known) {
    const entry = entryOf.get(id) as BankEntry;
    const level = levelOf(entry);
    const rows: GroupResult[] = [all];
    rows.push(modules.get(entry.module) ?? modules.set(entry.module, { module: entry.module, ...emptyGroup() }).get(entry.module)!);
    rows.push(levels.get(level) ?? levels.set(level, { level, ...emptyGroup() }).get(level)!);
    const record = session.answers[id];
    for (const row of rows) {
      row.total += 1;
      if (!record) continue;
      row.answered += 1;
      row.score += record.result.score;
      if (record.result.correct) row.correct += 1;
    }
  }

  const knownSet = new Set(known);
  const levelOrder: CognitiveLevel[] = ['recall', 'application'];
  return {
    ...all,
    fraction: all.answered === 0 ? 0 : all.score / all.answered,
    byModule: [...modules.values()].sort((a, b) => moduleNumber(a.module) - moduleNumber(b.module)),
    byLevel: [...levels.values()].sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level)),
    mistakes: mistakesOf(session).filter((id) => knownSet.has(id)),
    unanswered: known.filter((id) => !session.answers[id]),
    missing,
    endReason: session.endReason,
    durationMs: session.finishedAt === null ? null : session.finishedAt - session.startedAt,
  };
}

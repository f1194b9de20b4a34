import type { Answer } from './answer';
import { gradeAnswer, type Graded } from './grade';
import { isFiniteNumber, isIntAtLeast, isPlainObject, isShortString, readRecord } from './guards';
import type { QuestionWithId, Session } from './session';
import { readSaved, type SavedAnswer } from './snapshot-store';

export { clearSnapshot, readSnapshot, writeSnapshot, type SavedAnswer, type SnapshotStorage } from './snapshot-store';

/**
 * A running session kept outside page memory, so a reload, a visit elsewhere or a language switch
 * (same question ids in both languages) can offer "Resume". Kept apart from the progress store on
 * purpose: it is a scratch copy of unfinished work, written on every answer and dropped at the end.
 *
 * Answers are stored as the learner gave them and graded again on restore, so a snapshot never
 * carries a stale verdict (content may have changed between visits) and a tampered one cannot
 * smuggle a "correct" in.
 */

export const QUIZ_SNAPSHOT_KEY = 'percutanea.running.quiz';

export interface QuizSnapshot {
  version: 1;
  mode: 'practice' | 'exam';
  seed: string | number;
  order: string[];
  timeLimitSec: number | null;
  startedAt: number;
  answers: Record<string, SavedAnswer>;
  /** The question on screen. */
  index: number;
}

/** A quiz snapshot read back from storage, or null for anything foreign, older or tampered with. */
export function readQuizSnapshot(raw: unknown): QuizSnapshot | null {
  if (!isPlainObject(raw) || raw.version !== 1) return null;
  const { mode, seed, order, timeLimitSec, startedAt, index } = raw;
  if (mode !== 'practice' && mode !== 'exam') return null;
  if (!isShortString(seed, 100) && !isFiniteNumber(seed)) return null;
  if (!Array.isArray(order) || order.length > 500 || !order.every((id) => isShortString(id, 200))) return null;
  if (timeLimitSec !== null && !(isFiniteNumber(timeLimitSec) && timeLimitSec > 0)) return null;
  if (!isIntAtLeast(startedAt) || !isIntAtLeast(index)) return null;
  const answers = readRecord(raw.answers, readSaved);
  if (!answers) return null;
  return { version: 1, mode, seed, order: [...(order as string[])], timeLimitSec, startedAt, answers, index };
}

/** The answer as a grader takes it back: the normalized form a graded answer keeps. */
export function givenAnswer(result: Graded): Answer {
  const g = result.given;
  return g.type === 'single' ? g.optionId : g.type === 'multiple' ? [...g.optionIds] : g.value;
}

/** What a running quiz session is saved as. */
export function toQuizSnapshot(session: Session, index: number): QuizSnapshot {
  const answers: QuizSnapshot['answers'] = {};
  for (const [id, record] of Object.entries(session.answers)) answers[id] = { given: givenAnswer(record.result), at: record.at };
  return {
    version: 1,
    mode: session.mode,
    seed: session.seed,
    order: [...session.order],
    timeLimitSec: session.timeLimitSec,
    startedAt: session.startedAt,
    answers,
    index,
  };
}

/**
 * The session back from a snapshot: questions the bank no longer has are dropped, answers graded
 * again (an answer that no longer fits its question is dropped too). Null when nothing is left.
 */
export function restoreQuizSession(
  snapshot: QuizSnapshot,
  questions: ReadonlyMap<string, QuestionWithId>,
): { session: Session; index: number } | null {
  const order = [...new Set(snapshot.order)].filter((id) => questions.has(id));
  if (order.length === 0) return null;
  const answers: Record<string, { result: Graded; at: number }> = {};
  for (const id of order) {
    const saved = snapshot.answers[id];
    const question = questions.get(id);
    if (!saved || !question) continue;
    const result = gradeAnswer(question, saved.given);
    if (result.kind !== 'graded') continue;
    answers[id] = { result, at: saved.at };
  }
  const session: Session = {
    mode: snapshot.mode,
    seed: snapshot.seed,
    order,
    timeLimitSec: snapshot.timeLimitSec,
    startedAt: snapshot.startedAt,
    status: 'active',
    finishedAt: null,
    endReason: null,
    answers,
  };
  return { session, index: Math.min(snapshot.index, order.length - 1) };
}

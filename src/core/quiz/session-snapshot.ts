import type { Answer } from './answer';
import { gradeAnswer, type Graded } from './grade';
import { isFiniteNumber, isIntAtLeast, isPlainObject, isShortString, readRecord } from './guards';
import type { QuestionWithId, Session } from './session';

/**
 * A running session kept outside page memory, so a reload, a visit elsewhere or a language switch
 * (same question ids in both languages) can offer "Resume". Kept apart from the progress store on
 * purpose: it is a scratch copy of unfinished work, written on every answer and dropped at the end.
 *
 * Answers are stored as the learner gave them and graded again on restore, so a snapshot never
 * carries a stale verdict (content may have changed between visits) and a tampered one cannot
 * smuggle a "correct" in.
 */

/** localStorage's contract; the browser adapter is in src/widgets/shared/session-storage.ts. */
export interface SnapshotStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const QUIZ_SNAPSHOT_KEY = 'percutanea.running.quiz';
export const caseSnapshotKey = (caseId: string) => `percutanea.running.case.${caseId}`;

/** A saved answer as a grader takes it: option id, typed text, number, or option ids. */
function readAnswer(raw: unknown): Answer | null {
  if (isShortString(raw, 200) || isFiniteNumber(raw)) return raw;
  if (Array.isArray(raw) && raw.length <= 20 && raw.every((id) => isShortString(id, 20))) return [...(raw as string[])];
  return null;
}

export interface SavedAnswer {
  given: Answer;
  /** Epoch ms. */
  at: number;
}

function readSaved(raw: unknown): SavedAnswer | null {
  if (!isPlainObject(raw) || !isIntAtLeast(raw.at)) return null;
  const given = readAnswer(raw.given);
  return given === null ? null : { given, at: raw.at };
}

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

export interface CaseSavedAnswer extends SavedAnswer {
  /** SINS item choices, when the answer was scored item by item. */
  sinsItems?: Record<string, string>;
}

export interface CaseSnapshot {
  version: 1;
  caseId: string;
  seed: string;
  /** How far the story has been revealed (plan position). */
  pos: number;
  /** By question id. */
  answers: Record<string, CaseSavedAnswer>;
}

function readCaseSaved(raw: unknown): CaseSavedAnswer | null {
  const saved = readSaved(raw);
  if (!saved || !isPlainObject(raw)) return null;
  if (raw.sinsItems === undefined) return saved;
  const sinsItems = readRecord(raw.sinsItems, (v) => (typeof v === 'string' ? v : null));
  return sinsItems ? { ...saved, sinsItems } : null;
}

/** A case-quiz snapshot read back from storage, or null. */
export function readCaseSnapshot(raw: unknown): CaseSnapshot | null {
  if (!isPlainObject(raw) || raw.version !== 1) return null;
  const { caseId, seed, pos } = raw;
  if (!isShortString(caseId, 200) || !isShortString(seed, 100) || !isIntAtLeast(pos)) return null;
  const answers = readRecord(raw.answers, readCaseSaved);
  return answers ? { version: 1, caseId, seed, pos, answers } : null;
}

/** Reads a snapshot through its checker (readQuizSnapshot, readCaseSnapshot); null on anything unreadable. */
export function readSnapshot<T>(storage: SnapshotStorage, key: string, read: (raw: unknown) => T | null): T | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    return read(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** False when the browser refused (quota, disabled storage): the session still runs, it just cannot survive a reload. */
export function writeSnapshot(storage: SnapshotStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearSnapshot(storage: SnapshotStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a snapshot that cannot be removed is replaced by the next one or ignored when finished.
  }
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

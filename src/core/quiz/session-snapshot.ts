import { z } from '../zod';
import type { Answer } from './answer';
import { gradeAnswer, type Graded } from './grade';
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

const answerSchema: z.ZodType<Answer> = z.union([z.string().max(200), z.number(), z.array(z.string().max(20)).max(20)]);
const epoch = z.number().int().min(0);
const given = z.object({ given: answerSchema, at: epoch });

export const quizSnapshotSchema = z.object({
  version: z.literal(1),
  mode: z.enum(['practice', 'exam']),
  seed: z.union([z.string().max(100), z.number()]),
  order: z.array(z.string().max(200)).max(500),
  timeLimitSec: z.number().positive().nullable(),
  startedAt: epoch,
  answers: z.record(z.string(), given),
  /** The question on screen. */
  index: z.number().int().min(0),
});
export type QuizSnapshot = z.infer<typeof quizSnapshotSchema>;

export const caseSnapshotSchema = z.object({
  version: z.literal(1),
  caseId: z.string().max(200),
  seed: z.string().max(100),
  /** How far the story has been revealed (plan position). */
  pos: z.number().int().min(0),
  /** By question id. */
  answers: z.record(z.string(), given.extend({ sinsItems: z.record(z.string(), z.string()).optional() })),
});
export type CaseSnapshot = z.infer<typeof caseSnapshotSchema>;

export function readSnapshot<T>(storage: SnapshotStorage, key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
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

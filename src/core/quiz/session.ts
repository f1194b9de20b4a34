import type { Answer, GradableQuestion, InvalidReason } from './answer';
import { gradeAnswer, type Graded } from './grade';
import { shuffle, type Seed } from './rng';
import { toMillis, type Instant } from './time';

/**
 * A quiz session as a pure state machine: every transition takes a session and returns a new one,
 * so the whole thing is plain JSON a view can keep in state or in sessionStorage.
 *
 * practice: each answer is graded and its feedback shown at once; an answer cannot be changed.
 * exam: answers can be changed until the end; feedback stays hidden until the session is finished
 *       (by the user or by the clock).
 */
export type QuizMode = 'practice' | 'exam';
export type EndReason = 'submitted' | 'time-up';

export interface SessionConfig {
  questionIds: readonly string[];
  mode: QuizMode;
  /** Omitted, zero, negative or not finite means untimed. */
  timeLimitSec?: number;
  seed: Seed;
}

export interface AnswerRecord {
  result: Graded;
  /** Epoch ms of the (last) answer. */
  at: number;
}

export interface Session {
  mode: QuizMode;
  seed: Seed;
  /** Question ids in the order they are asked (shuffled by the seed, duplicates removed). */
  order: string[];
  timeLimitSec: number | null;
  startedAt: number;
  status: 'active' | 'finished';
  finishedAt: number | null;
  endReason: EndReason | null;
  answers: Record<string, AnswerRecord>;
}

export type QuestionWithId = GradableQuestion & { id: string };

export type Feedback = { kind: 'unanswered' } | { kind: 'hidden' } | { kind: 'shown'; result: Graded };

export type AnswerOutcome =
  | { kind: 'accepted'; session: Session; feedback: Feedback }
  | { kind: 'rejected'; session: Session; reason: 'finished' | 'time-up' | 'not-in-session' | 'already-answered' }
  | { kind: 'invalid'; session: Session; reason: InvalidReason; optionIds?: string[] };

export function createSession(config: SessionConfig, now: Instant): Session {
  const limit = config.timeLimitSec;
  return {
    mode: config.mode,
    seed: config.seed,
    order: shuffle([...new Set(config.questionIds)], config.seed),
    timeLimitSec: limit !== undefined && Number.isFinite(limit) && limit > 0 ? limit : null,
    startedAt: toMillis(now),
    status: 'active',
    finishedAt: null,
    endReason: null,
    answers: {},
  };
}

/** Epoch ms at which a timed session ends; null when untimed. */
export function deadline(session: Session): number | null {
  return session.timeLimitSec === null ? null : session.startedAt + session.timeLimitSec * 1000;
}

/** Milliseconds left (never negative); null when untimed. */
export function remainingMs(session: Session, now: Instant): number | null {
  const end = deadline(session);
  return end === null ? null : Math.max(0, end - toMillis(now));
}

function isExpired(session: Session, now: Instant): boolean {
  const end = deadline(session);
  return end !== null && toMillis(now) >= end;
}

/** Ends the session when its time is over; otherwise returns it unchanged. Call it on each timer tick. */
export function timeUp(session: Session, now: Instant): Session {
  if (session.status === 'finished' || !isExpired(session, now)) return session;
  return { ...session, status: 'finished', finishedAt: deadline(session), endReason: 'time-up' };
}

/** Ends the session at the user's request (a late request counts as time-up, closed at the deadline). */
export function finish(session: Session, now: Instant): Session {
  if (session.status === 'finished') return session;
  if (isExpired(session, now)) return timeUp(session, now);
  return { ...session, status: 'finished', finishedAt: toMillis(now), endReason: 'submitted' };
}

export function feedback(session: Session, questionId: string): Feedback {
  const record = session.answers[questionId];
  if (!record) return { kind: 'unanswered' };
  if (session.mode === 'exam' && session.status !== 'finished') return { kind: 'hidden' };
  return { kind: 'shown', result: record.result };
}

export function answer(session: Session, question: QuestionWithId, given: Answer | null | undefined, now: Instant): AnswerOutcome {
  if (session.status === 'finished') return { kind: 'rejected', session, reason: 'finished' };
  if (isExpired(session, now)) return { kind: 'rejected', session: timeUp(session, now), reason: 'time-up' };
  if (!session.order.includes(question.id)) return { kind: 'rejected', session, reason: 'not-in-session' };
  if (session.mode === 'practice' && session.answers[question.id]) {
    return { kind: 'rejected', session, reason: 'already-answered' };
  }
  const result = gradeAnswer(question, given);
  if (result.kind === 'invalid') return { ...result, session };
  const next: Session = {
    ...session,
    answers: { ...session.answers, [question.id]: { result, at: toMillis(now) } },
  };
  return { kind: 'accepted', session: next, feedback: feedback(next, question.id) };
}

export function isComplete(session: Session): boolean {
  return session.order.every((id) => session.answers[id] !== undefined);
}

/**
 * Questions answered but not exactly right (wrong or partly right), in the order asked. Skipped or
 * never-reached questions are not mistakes: the learner gave no answer to be wrong about.
 */
export function mistakesOf(session: Session): string[] {
  return session.order.filter((id) => {
    const record = session.answers[id];
    return record !== undefined && !record.result.correct;
  });
}

/** Questions of the session that were answered (in the order asked). */
export function answeredIds(session: Session): string[] {
  return session.order.filter((id) => session.answers[id] !== undefined);
}

/** A fresh session over the questions answered wrong in `session`, reshuffled by a new seed. */
export function createRetake(
  session: Session,
  options: { seed: Seed; now: Instant; mode?: QuizMode; timeLimitSec?: number },
): Session {
  return createSession(
    {
      questionIds: mistakesOf(session),
      mode: options.mode ?? session.mode,
      seed: options.seed,
      ...(options.timeLimitSec !== undefined ? { timeLimitSec: options.timeLimitSec } : {}),
    },
    options.now,
  );
}

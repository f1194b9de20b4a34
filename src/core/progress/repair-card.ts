import { isIsoDate, isoToMillis } from '../quiz/calendar-date';
import type { StoredCard } from '../quiz/review-card';
import { isFiniteNumber, isPlainObject } from './records';

/**
 * FSRS's own domain (ts-fsrs 5): stability S_MIN…36500 days, difficulty 1…10. A stored card outside it
 * makes the scheduler throw ("Invalid memory state") or return NaN, so every card read from storage
 * or a file passes through here first, as Anki's "Check Database" does.
 */
export const STABILITY_MIN = 0.001;
export const STABILITY_MAX = 36_500;
export const DIFFICULTY_MIN = 1;
export const DIFFICULTY_MAX = 10;

const states = ['New', 'Learning', 'Review', 'Relearning'] as const;
const day = 86_400_000;

export type CardCheck =
  | { kind: 'ok'; card: StoredCard }
  /** Usable after clamping or filling in values; `fixed` names them. */
  | { kind: 'repaired'; card: StoredCard; fixed: string[] }
  /** Beyond repair (its memory state is unknown): a fresh card due now stands in, the original is kept in the log. */
  | { kind: 'quarantined'; card: StoredCard; reason: string };

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function count(raw: unknown, name: string, fixed: string[]): number {
  if (isFiniteNumber(raw) && Number.isInteger(raw) && raw >= 0) return raw;
  fixed.push(name);
  return isFiniteNumber(raw) ? Math.max(0, Math.floor(raw)) : 0;
}

function freshCard(now: number): StoredCard {
  return { due: new Date(now).toISOString(), stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 'New' };
}

/** Never throws; `now` dates the stand-in card and a missing due date. */
export function checkCard(raw: unknown, now: number): CardCheck {
  if (!isPlainObject(raw)) return { kind: 'quarantined', card: freshCard(now), reason: 'not an object' };
  const state = states.find((s) => s === raw.state);
  if (!state) return { kind: 'quarantined', card: freshCard(now), reason: 'unknown state' };
  const fixed: string[] = [];
  const due = isIsoDate(raw.due) ? raw.due : (fixed.push('due'), new Date(now).toISOString());
  const lastReview = raw.last_review === undefined || isIsoDate(raw.last_review) ? raw.last_review : (fixed.push('last_review'), undefined);
  let { stability, difficulty } = raw as { stability: unknown; difficulty: unknown };
  if (state === 'New') {
    // A new card has no memory state yet; FSRS ignores these values.
    if (!isFiniteNumber(stability) || stability < 0) {
      fixed.push('stability');
      stability = 0;
    }
    if (!isFiniteNumber(difficulty) || difficulty < 0) {
      fixed.push('difficulty');
      difficulty = 0;
    }
  } else {
    if (!isFiniteNumber(stability) || !isFiniteNumber(difficulty)) {
      return { kind: 'quarantined', card: freshCard(now), reason: 'memory state is not a number' };
    }
    const s = clamp(stability, STABILITY_MIN, STABILITY_MAX);
    const d = clamp(difficulty, DIFFICULTY_MIN, DIFFICULTY_MAX);
    if (s !== stability) fixed.push('stability');
    if (d !== difficulty) fixed.push('difficulty');
    stability = s;
    difficulty = d;
  }
  let scheduled = raw.scheduled_days;
  if (!isFiniteNumber(scheduled) || scheduled < 0 || scheduled > STABILITY_MAX * 10) {
    fixed.push('scheduled_days');
    const span = typeof lastReview === 'string' ? (isoToMillis(due) - isoToMillis(lastReview)) / day : 0;
    scheduled = clamp(Math.round(Number.isFinite(span) ? span : 0), 0, STABILITY_MAX);
  }
  const card: StoredCard = {
    due,
    stability: stability as number,
    difficulty: difficulty as number,
    scheduled_days: scheduled as number,
    learning_steps: count(raw.learning_steps, 'learning_steps', fixed),
    reps: count(raw.reps, 'reps', fixed),
    lapses: count(raw.lapses, 'lapses', fixed),
    state,
    ...(raw.elapsed_days !== undefined
      ? { elapsed_days: isFiniteNumber(raw.elapsed_days) && raw.elapsed_days >= 0 ? raw.elapsed_days : (fixed.push('elapsed_days'), 0) }
      : {}),
    ...(typeof lastReview === 'string' ? { last_review: lastReview } : {}),
  };
  return fixed.length === 0 ? { kind: 'ok', card } : { kind: 'repaired', card, fixed };
}

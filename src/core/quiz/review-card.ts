import { isIsoDate } from './calendar-date';
import { isFiniteNumber, isIntAtLeast, isOneOf, isPlainObject } from './guards';

/**
 * A ts-fsrs card as plain JSON: dates as ISO strings and the state by name (not by enum number), so
 * a stored deck stays readable and survives a library upgrade that renumbers its enums.
 */
export const cardStates = ['New', 'Learning', 'Review', 'Relearning'] as const;
export type CardState = (typeof cardStates)[number];

export interface StoredCard {
  /** ISO date. */
  due: string;
  stability: number;
  difficulty: number;
  /** Deprecated in ts-fsrs 5 and due to go in 6: optional so newer decks still load. */
  elapsed_days?: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** ISO date. */
  last_review?: string;
}

/**
 * The exact shape check: a card as this code writes it, or null. Reading storage goes through the
 * lenient src/core/progress/repair-card.ts instead, which mends what it can; this one says whether
 * nothing needed mending.
 */
export function readStoredCard(raw: unknown): StoredCard | null {
  if (!isPlainObject(raw)) return null;
  const { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review } = raw;
  if (!isIsoDate(due) || !isOneOf(state, cardStates)) return null;
  if (!isFiniteNumber(stability) || stability < 0 || !isFiniteNumber(difficulty) || !isFiniteNumber(scheduled_days)) return null;
  if (elapsed_days !== undefined && !isFiniteNumber(elapsed_days)) return null;
  if (!isIntAtLeast(learning_steps) || !isIntAtLeast(reps) || !isIntAtLeast(lapses)) return null;
  if (last_review !== undefined && !isIsoDate(last_review)) return null;
  return {
    due,
    stability,
    difficulty,
    ...(elapsed_days !== undefined ? { elapsed_days } : {}),
    scheduled_days,
    learning_steps,
    reps,
    lapses,
    state,
    ...(last_review !== undefined ? { last_review } : {}),
  };
}

/** Cards keyed by question id. */
export type CardDeck = Record<string, StoredCard>;

import { z } from '../zod';
import { isoDateSchema } from './iso-date';

/**
 * A ts-fsrs card as plain JSON: dates as ISO strings and the state by name (not by enum number), so
 * a stored deck stays readable and survives a library upgrade that renumbers its enums.
 */
const count = z.number().int().min(0);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const storedCardSchema = z.object({
  due: isoDateSchema,
  stability: finite.refine((n) => n >= 0, 'must be ≥ 0'),
  difficulty: finite,
  /** Deprecated in ts-fsrs 5 and due to go in 6: optional so newer decks still load. */
  elapsed_days: finite.optional(),
  scheduled_days: finite,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.enum(['New', 'Learning', 'Review', 'Relearning']),
  last_review: isoDateSchema.optional(),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

/** Cards keyed by question id. */
export type CardDeck = Record<string, StoredCard>;

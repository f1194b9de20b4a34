import type { z } from 'zod';
import { idSchema } from '../content/schemas';
import {
  caseQuizSchema,
  emptyProgress,
  quizResultSchema,
  type ProgressState,
} from './schema';
import { storedCardSchema } from '../quiz/review-card';
import { isoDateSchema } from '../quiz/iso-date';

/**
 * Keeps whatever is valid, entry by entry, and lists what had to go. Used when loading from storage,
 * where losing a whole history to one bad value would be worse than a partial record.
 */
export interface Salvaged<T> {
  value: T;
  /** Paths of what was discarded, e.g. `quizResults[3]`, `lessonsRead["Bad Slug"]`, `caseQuizzes`. */
  dropped: string[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isId = (key: string) => idSchema.safeParse(key).success;

export function salvageRecord<V>(section: string, raw: unknown, schema: z.ZodType<V>): Salvaged<Record<string, V>> {
  if (raw === undefined) return { value: {}, dropped: [] };
  if (!isPlainObject(raw)) return { value: {}, dropped: [section] };
  const value: Record<string, V> = {};
  const dropped: string[] = [];
  for (const [key, entry] of Object.entries(raw)) {
    const parsed = schema.safeParse(entry);
    // Keys are checked as ids first, which also keeps "__proto__" and friends out.
    if (isId(key) && parsed.success) value[key] = parsed.data;
    else dropped.push(`${section}[${JSON.stringify(key)}]`);
  }
  return { value, dropped };
}

/** With `keyOf`, later entries repeating an earlier key are dropped too. */
export function salvageArray<V>(
  section: string,
  raw: unknown,
  schema: z.ZodType<V>,
  keyOf?: (entry: V) => string,
): Salvaged<V[]> {
  if (raw === undefined) return { value: [], dropped: [] };
  if (!Array.isArray(raw)) return { value: [], dropped: [section] };
  const value: V[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    const parsed = schema.safeParse(entry);
    const key = parsed.success && keyOf ? keyOf(parsed.data) : null;
    if (parsed.success && (key === null || !seen.has(key))) {
      value.push(parsed.data);
      if (key !== null) seen.add(key);
    } else dropped.push(`${section}[${i}]`);
  });
  return { value, dropped };
}

/** Keys a stored object may carry besides the sections. */
const envelopeKeys = new Set(['version']);

/** Salvages the four v2 sections of a stored object; unknown top-level keys are reported as dropped. */
export function salvageSections(raw: Record<string, unknown>): Salvaged<ProgressState> {
  const lessonsRead = salvageRecord('lessonsRead', raw.lessonsRead, isoDateSchema);
  // Ids are how merges recognise the same result, so a repeated id keeps only its first entry.
  const quizResults = salvageArray('quizResults', raw.quizResults, quizResultSchema, (r) => r.id);
  const caseQuizzes = salvageRecord('caseQuizzes', raw.caseQuizzes, caseQuizSchema);
  const reviewCards = salvageRecord('reviewCards', raw.reviewCards, storedCardSchema);
  const known = new Set(['lessonsRead', 'quizResults', 'caseQuizzes', 'reviewCards', ...envelopeKeys]);
  const foreign = Object.keys(raw).filter((key) => !known.has(key)).map((key) => JSON.stringify(key));
  return {
    value: {
      ...emptyProgress(),
      lessonsRead: lessonsRead.value,
      quizResults: quizResults.value,
      caseQuizzes: caseQuizzes.value,
      reviewCards: reviewCards.value,
    },
    dropped: [...lessonsRead.dropped, ...quizResults.dropped, ...caseQuizzes.dropped, ...reviewCards.dropped, ...foreign],
  };
}

import { toMillis, type Instant } from '../quiz/time';
import { PROGRESS_VERSION, type ProgressState, type QuizResult } from './schema';
import type { V1Result } from './schema-v1';

/** Same v1 result, same id: two devices migrating the same history merge without duplicates. */
function legacyId(r: V1Result): string {
  return `v1-${r.date}-${r.score}-${r.total}`;
}

/**
 * v1 → v2. v1 kept no date for a read lesson, so the migration time stands in for it; v1 results
 * knew neither mode, modules nor mistakes, so they become practice results with empty lists.
 */
export function migrateV1(v1: { read: readonly string[]; results: readonly V1Result[] }, now: Instant): ProgressState {
  const readAt = new Date(toMillis(now)).toISOString();
  const seen = new Set<string>();
  const quizResults: QuizResult[] = [];
  for (const r of v1.results) {
    const id = legacyId(r);
    if (seen.has(id)) continue;
    seen.add(id);
    quizResults.push({ id, date: r.date, mode: 'practice', modules: [], score: r.score, total: r.total, mistakes: [] });
  }
  return {
    version: PROGRESS_VERSION,
    lessonsRead: Object.fromEntries(v1.read.map((slug) => [slug, readAt])),
    quizResults,
    caseQuizzes: {},
    reviewCards: {},
  };
}

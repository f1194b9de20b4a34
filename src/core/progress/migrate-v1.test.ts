import { describe, expect, it } from 'vitest';
import { migrateV1 } from './migrate-v1';
import { progressSchema } from './schema';
import { isoAt, t0 } from './test-fixtures';

describe('migrateV1', () => {
  const v1 = {
    read: ['m01-multidisciplinary', 'm04-scores'],
    results: [
      { date: '2024-11-02T10:00:00.000Z', score: 8, total: 10 },
      { date: '2024-11-03', score: 3, total: 5 },
    ],
  };

  it('dates read lessons at the migration time and turns results into practice results', () => {
    const v2 = migrateV1(v1, t0);
    expect(v2).toEqual({
      version: 2,
      lessonsRead: { 'm01-multidisciplinary': isoAt(t0), 'm04-scores': isoAt(t0) },
      quizResults: [
        { id: 'v1-2024-11-02T10:00:00.000Z-8-10', date: '2024-11-02T10:00:00.000Z', mode: 'practice', modules: [], score: 8, total: 10, mistakes: [] },
        { id: 'v1-2024-11-03-3-5', date: '2024-11-03', mode: 'practice', modules: [], score: 3, total: 5, mistakes: [] },
      ],
      caseQuizzes: {},
      reviewCards: {},
    });
    expect(progressSchema.safeParse(v2).success).toBe(true);
  });

  it('gives the same ids on every device and folds exact repeats', () => {
    const twice = { read: [], results: [...v1.results, v1.results[0]!] };
    expect(migrateV1(twice, t0).quizResults.map((r) => r.id)).toEqual(migrateV1(v1, t0 + 5).quizResults.map((r) => r.id));
  });
});

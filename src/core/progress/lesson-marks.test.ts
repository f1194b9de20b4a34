import { describe, expect, it } from 'vitest';
import { glance, isLessonRead, STORED_KEY, STORED_VERSION, viewStored, withLessonRead } from './lesson-marks';
import { loadProgress } from './load';
import { PROGRESS_KEY, PROGRESS_VERSION, progressSchema } from './schema';
import { memoryStorage } from './storage';
import { sampleState, t0 } from './test-fixtures';

describe('lesson marks (zod-free)', () => {
  it('uses the same key and version as the store', () => {
    expect(STORED_KEY).toBe(PROGRESS_KEY);
    expect(STORED_VERSION).toBe(PROGRESS_VERSION);
  });

  it('marks a lesson read in an empty store, producing a valid current state', () => {
    const text = withLessonRead(null, 'm04-scores', true, t0);
    expect(text).not.toBeNull();
    const state = progressSchema.parse(JSON.parse(text!));
    expect(state.lessonsRead).toEqual({ 'm04-scores': new Date(t0).toISOString() });
    expect(isLessonRead(text, 'm04-scores')).toBe(true);
    expect(isLessonRead(text, 'm06-vertebroplasty')).toBe(false);
    expect(isLessonRead(null, 'm04-scores')).toBe(false);
  });

  it('keeps every other section untouched, and unmarks', () => {
    const before = JSON.stringify(sampleState());
    const marked = withLessonRead(before, 'm09-cryoablation', true, t0)!;
    const after = JSON.parse(marked);
    expect(after.quizResults).toEqual(sampleState().quizResults);
    expect(after.reviewCards).toEqual(sampleState().reviewCards);
    expect(Object.keys(after.lessonsRead)).toEqual(['m01-multidisciplinary', 'm06-vertebroplasty', 'm09-cryoablation']);
    const unmarked = JSON.parse(withLessonRead(marked, 'm01-multidisciplinary', false, t0)!);
    expect(Object.keys(unmarked.lessonsRead)).toEqual(['m06-vertebroplasty', 'm09-cryoablation']);
    // The full loader reads the result cleanly.
    const loaded = loadProgress(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(unmarked) }), t0);
    expect(loaded.report).toEqual({ kind: 'ok' });
  });

  it('passes unknown and not-yet-valid parts through for the full loader to judge', () => {
    const odd = JSON.stringify({ version: 2, quizResults: [{ junk: true }], extra: 1 });
    const after = JSON.parse(withLessonRead(odd, 'm04-scores', true, t0)!);
    expect(after.quizResults).toEqual([{ junk: true }]);
    expect(after.extra).toBe(1);
  });

  it('refuses to edit what only the full loader should touch', () => {
    for (const text of ['{not json', '[]', '42', JSON.stringify({ version: 1, read: ['m04-scores'] }), JSON.stringify({ version: 3 }), JSON.stringify({ version: 2, lessonsRead: [] })]) {
      expect(viewStored(text).kind, text).toBe('other');
      expect(withLessonRead(text, 'm04-scores', true, t0), text).toBeNull();
      expect(isLessonRead(text, 'm04-scores'), text).toBeNull();
      expect(glance(text)).toEqual({ read: [], quizBest: {} });
    }
  });

  it('glances at lessons read and the best single-module quiz score', () => {
    const state = sampleState();
    state.quizResults.push(
      { id: 'quiz-c', date: new Date(t0).toISOString(), mode: 'practice', modules: ['M9'], score: 2, total: 5, mistakes: [] },
      { id: 'quiz-d', date: new Date(t0).toISOString(), mode: 'practice', modules: ['M4'], score: 3, total: 4, mistakes: [] },
    );
    const raw = JSON.parse(JSON.stringify(state));
    raw.quizResults.push({ modules: ['M2'], score: 'x', total: 3 }, { modules: ['M3'], score: 1, total: 0 }, null);
    const g = glance(JSON.stringify(raw));
    expect(g.read).toEqual(['m01-multidisciplinary', 'm06-vertebroplasty']);
    // quiz-a covered M1 and M6 together, so it counts for neither.
    expect(g.quizBest).toEqual({ M9: 0.8, M4: 0.75 });
  });
});

import { describe, expect, it } from 'vitest';
import { gradeAnswer, type Graded } from '../../core/quiz/grade';
import { single } from '../../core/quiz/test-questions';
import { loadStore } from '../shared/useProgress';
import { recordLessonAnswer } from './record-lesson-answer';

const graded = (choice: string): Graded => {
  const r = gradeAnswer(single('m04-check'), choice);
  if (r.kind !== 'graded') throw new Error('not graded');
  return r;
};

describe("a lesson's check answer, stored on demand", () => {
  it('becomes a review card in the progress log, due later when right', async () => {
    const now = Date.parse('2026-03-01T10:00:00.000Z');
    expect(await recordLessonAnswer('m04-check', graded('b'), now)).toBe(true);
    const card = (await loadStore(now)).state.reviewCards['m04-check'];
    expect(card).toBeDefined();
    expect(Date.parse(String(card?.due))).toBeGreaterThan(now);
  });

  it('answers checked one after the other are all kept', async () => {
    const now = Date.parse('2026-03-01T10:00:00.000Z');
    await Promise.all([recordLessonAnswer('m04-a', graded('a'), now), recordLessonAnswer('m04-b', graded('b'), now)]);
    expect(Object.keys((await loadStore(now)).state.reviewCards).sort()).toEqual(['m04-a', 'm04-b']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer, GradableQuestion } from './answer';
import { gradeAnswer } from './grade';
import { validateAnswer } from './validate-answer';
import { multiple, numeric, single } from './test-questions';

describe('validateAnswer', () => {
  it.each<[string, GradableQuestion, Answer | null | undefined, string]>([
    ['empty single', single(), '', 'empty'],
    ['blank single', single(), '   ', 'empty'],
    ['missing answer', single(), undefined, 'empty'],
    ['null answer', numeric(), null, 'empty'],
    ['empty multiple', multiple(), [], 'empty'],
    ['empty numeric', numeric(), '', 'empty'],
    ['number for single', single(), 3, 'wrong-shape'],
    ['two ids for single', single(), ['a', 'b'], 'wrong-shape'],
    ['text for multiple', multiple(), 'a', 'wrong-shape'],
    ['list for numeric', numeric(), ['12'], 'wrong-shape'],
    ['unknown single option', single(), 'z', 'unknown-option'],
    ['unknown multiple option', multiple(), ['a', 'x'], 'unknown-option'],
    ['text numeric', numeric(), 'dodici', 'not-a-number'],
    ['numeric with unit', numeric(), '12 Gy', 'not-a-number'],
    ['below min', numeric('q', 'M1', { min: 0, max: 18 }), '-1', 'out-of-range'],
    ['above max', numeric('q', 'M1', { min: 0, max: 18 }), 19, 'out-of-range'],
  ])('%s is invalid', (_label, question, answer, reason) => {
    expect(validateAnswer(question, answer)).toMatchObject({ kind: 'invalid', reason });
  });

  it('names the unknown option ids', () => {
    expect(validateAnswer(multiple(), ['a', 'x', 'y'])).toEqual({ kind: 'invalid', reason: 'unknown-option', optionIds: ['x', 'y'] });
  });

  it('normalises: trims, deduplicates and sorts multiple picks', () => {
    expect(validateAnswer(multiple(), ['e', ' a', 'a'])).toEqual({ kind: 'valid', answer: { type: 'multiple', optionIds: ['a', 'e'] } });
  });

  it('accepts a one-element list for a single-choice question', () => {
    expect(validateAnswer(single(), ['b'])).toEqual({ kind: 'valid', answer: { type: 'single', optionId: 'b' } });
  });

  it('accepts the bounds themselves', () => {
    const q = numeric('q', 'M1', { min: 0, max: 18 });
    expect(validateAnswer(q, '0').kind).toBe('valid');
    expect(validateAnswer(q, '18').kind).toBe('valid');
  });
});

describe('gradeAnswer: single', () => {
  it('grades the right option as correct with full score', () => {
    expect(gradeAnswer(single(), 'b')).toEqual({
      kind: 'graded',
      correct: true,
      score: 1,
      expected: { type: 'single', optionId: 'b' },
      given: { type: 'single', optionId: 'b' },
    });
  });

  it('grades another option as wrong with zero', () => {
    expect(gradeAnswer(single(), 'a')).toMatchObject({ kind: 'graded', correct: false, score: 0 });
  });

  it('returns the validation failure instead of a grade', () => {
    expect(gradeAnswer(single(), 'q')).toEqual({ kind: 'invalid', reason: 'unknown-option', optionIds: ['q'] });
  });
});

describe('gradeAnswer: multiple (correct a, c, e)', () => {
  it.each<[string[], boolean, number]>([
    [['a', 'c', 'e'], true, 1],
    [['e', 'a', 'c'], true, 1],
    [['a', 'c'], false, 2 / 3],
    [['a'], false, 1 / 3],
    [['a', 'c', 'b'], false, 1 / 3],
    [['a', 'c', 'e', 'b'], false, 2 / 3],
    [['a', 'b'], false, 0],
    [['b', 'd'], false, 0],
    [['a', 'b', 'c', 'd', 'e'], false, 1 / 3],
    [['a', 'b', 'd'], false, 0],
  ])('%j → correct %s, score %d', (answer, correct, score) => {
    const r = gradeAnswer(multiple(), answer);
    expect(r.kind).toBe('graded');
    if (r.kind !== 'graded') return;
    expect(r.correct).toBe(correct);
    expect(r.score).toBeCloseTo(score, 10);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('reports right, wrong and missed picks', () => {
    expect(gradeAnswer(multiple(), ['a', 'b'])).toMatchObject({
      picks: { right: ['a'], wrong: ['b'], missed: ['c', 'e'] },
      expected: { type: 'multiple', optionIds: ['a', 'c', 'e'] },
    });
  });
});

describe('gradeAnswer: numeric (correct 12.5)', () => {
  it.each<[Answer, boolean]>([
    ['12,5', true],
    ['12.5', true],
    [12.5, true],
    [' 12,50 ', true],
    ['12', false],
    ['13', false],
  ])('exact: %j → %s', (answer, correct) => {
    expect(gradeAnswer(numeric(), answer)).toMatchObject({ kind: 'graded', correct, score: correct ? 1 : 0 });
  });

  it.each<[Answer, boolean]>([
    ['12', true],
    ['13', true],
    ['11,5', true],
    ['13,6', false],
    ['11,4', false],
  ])('tolerance 1: %j → %s', (answer, correct) => {
    expect(gradeAnswer(numeric('q', 'M1', { tolerance: 1 }), answer)).toMatchObject({ kind: 'graded', correct });
  });

  it('absorbs floating-point noise at the tolerance edge', () => {
    const q: GradableQuestion = { type: 'numeric', correct: 0.3, tolerance: 0 };
    expect(gradeAnswer(q, 0.1 + 0.2)).toMatchObject({ correct: true });
  });

  it('treats a missing tolerance as exact', () => {
    const q: GradableQuestion = { type: 'numeric', correct: 8 };
    expect(gradeAnswer(q, '8')).toMatchObject({ correct: true, expected: { type: 'numeric', value: 8, tolerance: 0 } });
    expect(gradeAnswer(q, '8,1')).toMatchObject({ correct: false });
  });

  it('refuses out-of-range and non-numeric answers without grading them', () => {
    const q = numeric('q', 'M1', { min: 0, max: 18 });
    expect(gradeAnswer(q, '25')).toEqual({ kind: 'invalid', reason: 'out-of-range' });
    expect(gradeAnswer(q, 'twelve')).toEqual({ kind: 'invalid', reason: 'not-a-number' });
  });
});

describe('gradeAnswer: case-quiz steps', () => {
  it('grades any object with the single/multiple/numeric shape', () => {
    const step: GradableQuestion = { type: 'multiple', options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], correct: ['b'] };
    expect(gradeAnswer(step, ['b'])).toMatchObject({ kind: 'graded', correct: true, score: 1 });
    expect(gradeAnswer(step, ['b', 'c'])).toMatchObject({ kind: 'graded', correct: false, score: 0 });
  });
});

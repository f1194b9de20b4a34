import type { Answer, GradableQuestion, InvalidReason, NormalizedAnswer } from './answer';
import { validateAnswer } from './validate-answer';

export type ExpectedAnswer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'numeric'; value: number; tolerance: number };

/** For multiple choice: which ticks were right, which wrong, which right options were left out. */
export interface Picks {
  right: string[];
  wrong: string[];
  missed: string[];
}

export interface Graded {
  kind: 'graded';
  /** Only an exact answer is correct; partial credit shows in `score`. */
  correct: boolean;
  /** 0…1. */
  score: number;
  expected: ExpectedAnswer;
  given: NormalizedAnswer;
  /** Present for multiple-choice questions. */
  picks?: Picks;
}

export type GradeResult = { kind: 'invalid'; reason: InvalidReason; optionIds?: string[] } | Graded;

/** Absorbs floating-point noise so that 0.1 + 0.2 still equals 0.3 within a tolerance of 0. */
const EPSILON = 1e-9;

export function expectedAnswer(question: GradableQuestion): ExpectedAnswer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.correct };
    case 'multiple':
      return { type: 'multiple', optionIds: [...new Set(question.correct)].sort() };
    case 'numeric':
      return { type: 'numeric', value: question.correct, tolerance: Math.max(0, question.tolerance ?? 0) };
  }
}

/**
 * Multiple choice earns partial credit: (right ticks − wrong ticks) / number of right options,
 * floored at 0, so ticking everything scores nothing. Only the exact set counts as correct.
 */
function gradeMultiple(expected: string[], given: string[]): { score: number; picks: Picks } {
  const want = new Set(expected);
  const got = new Set(given);
  const right = given.filter((id) => want.has(id));
  const wrong = given.filter((id) => !want.has(id));
  const missed = expected.filter((id) => !got.has(id));
  const score = expected.length === 0 ? 0 : Math.max(0, (right.length - wrong.length) / expected.length);
  return { score, picks: { right, wrong, missed } };
}

export function gradeAnswer(question: GradableQuestion, answer: Answer | null | undefined): GradeResult {
  const validation = validateAnswer(question, answer);
  if (validation.kind === 'invalid') return validation;
  const given = validation.answer;
  const expected = expectedAnswer(question);

  if (given.type === 'single' && expected.type === 'single') {
    const correct = given.optionId === expected.optionId;
    return { kind: 'graded', correct, score: correct ? 1 : 0, expected, given };
  }
  if (given.type === 'multiple' && expected.type === 'multiple') {
    const { score, picks } = gradeMultiple(expected.optionIds, given.optionIds);
    const correct = picks.wrong.length === 0 && picks.missed.length === 0 && expected.optionIds.length > 0;
    return { kind: 'graded', correct, score: correct ? 1 : score, expected, given, picks };
  }
  if (given.type === 'numeric' && expected.type === 'numeric') {
    const slack = expected.tolerance + EPSILON * Math.max(1, Math.abs(expected.value));
    const correct = Math.abs(given.value - expected.value) <= slack;
    return { kind: 'graded', correct, score: correct ? 1 : 0, expected, given };
  }
  // Unreachable for well-formed questions: validation returns the question's own type.
  return { kind: 'invalid', reason: 'wrong-shape' };
}

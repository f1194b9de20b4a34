import type { Answer, GradableQuestion, InvalidReason, NormalizedAnswer } from './answer';
import { parseNumber } from './parse-number';

export type AnswerValidation =
  | { kind: 'valid'; answer: NormalizedAnswer }
  | { kind: 'invalid'; reason: InvalidReason; /** Offending option ids, for 'unknown-option'. */ optionIds?: string[] };

const invalid = (reason: InvalidReason): AnswerValidation => ({ kind: 'invalid', reason });

function isEmpty(answer: unknown): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  return Array.isArray(answer) && answer.length === 0;
}

/**
 * Is the answer complete and legal for this question? Separate from grading, so a view can refuse
 * an empty or malformed answer without counting it wrong. Typed loosely on purpose: answers can come
 * back from storage or a URL, and nothing here may throw.
 */
export function validateAnswer(question: GradableQuestion, answer: Answer | null | undefined): AnswerValidation {
  if (isEmpty(answer)) return invalid('empty');
  switch (question.type) {
    case 'single': {
      // A one-element list is what a checkbox-style view might send; accept it rather than nag.
      const id = Array.isArray(answer) && answer.length === 1 ? answer[0] : answer;
      if (typeof id !== 'string') return invalid('wrong-shape');
      const optionId = id.trim();
      if (!question.options.some((o) => o.id === optionId)) {
        return { kind: 'invalid', reason: 'unknown-option', optionIds: [optionId] };
      }
      return { kind: 'valid', answer: { type: 'single', optionId } };
    }
    case 'multiple': {
      if (!Array.isArray(answer) || !answer.every((id): id is string => typeof id === 'string')) {
        return invalid('wrong-shape');
      }
      const ids = [...new Set(answer.map((id) => id.trim()))].sort();
      const unknown = ids.filter((id) => !question.options.some((o) => o.id === id));
      if (unknown.length > 0) return { kind: 'invalid', reason: 'unknown-option', optionIds: unknown };
      return { kind: 'valid', answer: { type: 'multiple', optionIds: ids } };
    }
    case 'numeric': {
      if (typeof answer !== 'string' && typeof answer !== 'number') return invalid('wrong-shape');
      const parsed = parseNumber(answer);
      if (!parsed.ok) return invalid('not-a-number');
      const { min, max } = question;
      if ((min !== undefined && parsed.value < min) || (max !== undefined && parsed.value > max)) {
        return invalid('out-of-range');
      }
      return { kind: 'valid', answer: { type: 'numeric', value: parsed.value } };
    }
    default:
      return invalid('wrong-shape');
  }
}

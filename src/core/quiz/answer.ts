/**
 * The shapes a quiz answer and a gradable question take. Bank questions (question-schema.ts) and
 * case-quiz steps both fit `GradableQuestion`, so one grader serves both.
 */

/** What a view hands over: an option id (single), option ids (multiple), typed text or a number (numeric). */
export type Answer = string | number | readonly string[];

interface OptionRef {
  id: string;
}

export type GradableQuestion =
  | { type: 'single'; options: readonly OptionRef[]; correct: string }
  | { type: 'multiple'; options: readonly OptionRef[]; correct: readonly string[] }
  | { type: 'numeric'; correct: number; tolerance?: number; min?: number; max?: number };

/** An answer after validation: ids deduplicated and sorted, numbers parsed. */
export type NormalizedAnswer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'numeric'; value: number };

export type InvalidReason = 'empty' | 'wrong-shape' | 'unknown-option' | 'not-a-number' | 'out-of-range';

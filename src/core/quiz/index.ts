/**
 * Quiz engine. Note: this barrel re-exports review.ts, which imports ts-fsrs (~21 KB minified, and it
 * patches Date.prototype on import). A widget that only grades or runs sessions can import
 * ./grade, ./session, ./results directly and ship without it.
 */
export type { Answer, GradableQuestion, InvalidReason, NormalizedAnswer } from './answer';
export { parseNumber, type ParsedNumber } from './parse-number';
export { validateAnswer, type AnswerValidation } from './validate-answer';
export { gradeAnswer, expectedAnswer, type ExpectedAnswer, type GradeResult, type Graded, type Picks } from './grade';
export { createRng, seedToInt, shuffle, type Seed } from './rng';
export { toMillis, type Instant } from './time';
export {
  answer,
  createRetake,
  createSession,
  deadline,
  feedback,
  finish,
  isComplete,
  mistakesOf,
  remainingMs,
  timeUp,
  type AnswerOutcome,
  type AnswerRecord,
  type EndReason,
  type Feedback,
  type QuestionWithId,
  type QuizMode,
  type Session,
  type SessionConfig,
} from './session';
export { results, type BankEntry, type ModuleResult, type SessionResults } from './results';
export { pickQuestions, type PickOptions } from './pick-questions';
export { isIsoDate, isoDateSchema, isoToMillis } from './iso-date';
export { storedCardSchema, type CardDeck, type StoredCard } from './review-card';
export {
  dueCards,
  dueCount,
  fromCard,
  newCard,
  ratingFor,
  review,
  reviewAnswer,
  reviewSession,
  toCard,
  type ReviewRating,
} from './review';

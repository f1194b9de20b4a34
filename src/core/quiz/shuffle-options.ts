import { shuffle, type Seed } from './rng';

/**
 * Options in a random order that is fixed by a seed: the same attempt (and its review) always shows
 * the same order, a new attempt a new one. Grading is by option id, so the order never changes a
 * result. Pure, so the presenter's "question for the room" slides and handouts can use it too.
 */
export function shuffleOptions<Q extends { type: string; options?: readonly unknown[] }>(question: Q, seed: Seed): Q {
  if (question.type === 'numeric' || !Array.isArray(question.options)) return question;
  return { ...question, options: shuffle(question.options, seed) } as Q;
}

/** The seed of one question's option order inside an attempt. */
export function optionSeed(attemptSeed: Seed, questionId: string): string {
  return `${attemptSeed}:options:${questionId}`;
}

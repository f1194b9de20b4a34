import type { ProgressState } from '../../core/progress/schema';
import { recordCaseQuiz, setReviewCards } from '../../core/progress/updates';
import { review } from '../../core/quiz/review';
import type { Graded } from '../../core/quiz/grade';

/**
 * A finished case quiz in the progress store: the attempt (last and best score) and every question
 * answered wrong or only partly right as a review card, graded Again, so case mistakes come back in
 * the review like any other.
 */
export function recordCaseAttempt(
  state: ProgressState,
  caseId: string,
  answers: readonly { id: string; grade: Graded }[],
  now: number,
): ProgressState {
  const score = answers.reduce((sum, a) => sum + a.grade.score, 0);
  const withScore = recordCaseQuiz(state, caseId, score, now);
  const deck = { ...withScore.reviewCards };
  for (const a of answers) if (!a.grade.correct) deck[a.id] = review(deck[a.id], a.grade.score > 0 ? 'hard' : 'again', now);
  return setReviewCards(withScore, deck);
}

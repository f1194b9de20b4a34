// What a lesson's "check yourself" answer leaves in the progress log: the question's review card, scheduled as
// any other answer schedules it. LessonCheck imports this only when the learner checks an answer, so a lesson
// page ships neither the scheduler nor the progress store before anyone answers.
import { eventsFromEdit } from '../../core/progress/diff';
import { setReviewCards } from '../../core/progress/updates';
import type { Graded } from '../../core/quiz/grade';
import { reviewAnswer } from '../../core/quiz/review';
import { appendEvents } from '../shared/progressDb';
import { loadStore } from '../shared/useProgress';

let chain: Promise<unknown> = Promise.resolve();

/**
 * Schedules the card on the freshest stored view and appends the difference, one write at a time per page.
 * Resolves to true once stored; false when the browser refused or the scheduler did (nothing is changed then).
 */
export function recordLessonAnswer(questionId: string, result: Graded, now = Date.now()): Promise<boolean> {
  const job = async () => {
    const fresh = await loadStore(now);
    if (fresh.opened.kind !== 'ok') return false;
    const next = setReviewCards(fresh.state, reviewAnswer(fresh.state.reviewCards, questionId, result, now));
    const events = eventsFromEdit(fresh.state, next, new Date(now).toISOString());
    return (await appendEvents(fresh.opened, events)).kind === 'saved';
  };
  const next = chain.then(job, job).catch(() => false);
  chain = next;
  return next;
}

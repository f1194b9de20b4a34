import { compareEvents, type ProgressEvent } from './events';
import { emptyProgress, type ProgressState, type QuizResult } from './schema';

/**
 * The view every widget reads, folded from the log. Later events win for lessons (so an un-mark
 * stays an un-mark after any merge) and cards; quiz results are kept by id; a case keeps its best
 * score ever and its latest one.
 */
export function foldEvents(events: readonly ProgressEvent[]): ProgressState {
  const state = emptyProgress();
  const results = new Map<string, QuizResult>();
  for (const e of [...events].sort(compareEvents)) {
    switch (e.type) {
      case 'lesson':
        if (e.read) state.lessonsRead[e.slug] = e.at;
        else delete state.lessonsRead[e.slug];
        break;
      case 'quiz':
        results.set(e.result.id, e.result);
        break;
      case 'case': {
        const prev = Object.hasOwn(state.caseQuizzes, e.caseId) ? state.caseQuizzes[e.caseId] : undefined;
        state.caseQuizzes[e.caseId] = { best: Math.max(prev?.best ?? 0, e.score), last: e.score, date: e.at };
        break;
      }
      case 'review':
        state.reviewCards[e.questionId] = e.card;
        break;
    }
  }
  state.quizResults = [...results.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return state;
}

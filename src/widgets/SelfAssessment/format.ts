// The question formatters live with the one question view; re-exported for the pages that read them here.
export { expectedText, formatClock, formatDate, formatNumber, formatPercent, givenText } from '../shared/question/format';
// Not from the question view's formatters: due-today pulls in the scheduler, which a lesson's question view must not load.
export { endOfDay } from '../../core/quiz/due-today';

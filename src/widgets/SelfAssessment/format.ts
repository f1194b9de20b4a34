// The question formatters live with the one question view; re-exported for the pages that read them here.
export { endOfDay, expectedText, formatClock, formatDate, formatNumber, formatPercent, givenText } from '../shared/question/format';

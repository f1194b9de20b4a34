import { choiceQuery } from '../tool-query';
import { initialRtResponse, measures, type RtResponseChoice } from './rt-response-view';

/** The chart's link: `?measure=weeks` (tool page only; the lesson embed does not load it). */
export { initialRtResponse, type RtResponseChoice };

export const rtResponseQuery = choiceQuery<RtResponseChoice>({ measure: { kind: 'one', values: measures } }, initialRtResponse);

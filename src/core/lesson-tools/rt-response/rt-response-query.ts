import { choiceQuery } from '../tool-query';
import { measures, type Measure } from './rt-response-view';

/** The measure the RT vs RFA + RT chart shows, and its link: `?measure=weeks`. */
export interface RtResponseChoice { measure: Measure }

export const initialRtResponse: RtResponseChoice = { measure: 'complete' };

export const rtResponseQuery = choiceQuery<RtResponseChoice>({ measure: { kind: 'one', values: measures } }, initialRtResponse);

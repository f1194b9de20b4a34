import { scoreSum, type SumScoreInput, type SumScoreResult } from '../sum-score';
import { tokuhashiPoints, type TokuhashiBand, type TokuhashiComponentId } from './tokuhashi-points';

export type TokuhashiInput = SumScoreInput<TokuhashiComponentId>;
export type TokuhashiResult = SumScoreResult<TokuhashiComponentId, TokuhashiBand>;

/** Scores the revised Tokuhashi from possibly partial input: every item is one option, so the generic engine suffices. */
export function scoreTokuhashi(input: TokuhashiInput): TokuhashiResult {
  return scoreSum(tokuhashiPoints, input);
}

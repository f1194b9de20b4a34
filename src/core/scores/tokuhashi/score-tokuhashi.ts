import type { SumScoreInput, SumScoreResult } from '../sum-score';
import type { TokuhashiBand, TokuhashiComponentId } from './tokuhashi-points';
import { tokuhashiTool } from './tokuhashi-tool';

export type TokuhashiInput = SumScoreInput<TokuhashiComponentId>;
export type TokuhashiResult = SumScoreResult<TokuhashiComponentId, TokuhashiBand>;

/** Scores the revised Tokuhashi from possibly partial input: every item is one option, so the generic engine suffices. */
export function scoreTokuhashi(input: TokuhashiInput): TokuhashiResult {
  return tokuhashiTool.evaluate(input);
}

import type { SumScoreResult } from '../sum-score';
import type { SinsBand, SinsComponentId } from './sins-points';
import { sinsTool } from './sins-tool';

/** SINS input: a spinal level, or the location category directly, plus the other five components. */
export type SinsInput = Partial<Record<SinsComponentId, string>> & { level?: string };
export type SinsResult = SumScoreResult<SinsComponentId, SinsBand>;

/**
 * Scores SINS from possibly partial input. A level, when given, decides the location category
 * (and takes precedence over a location given alongside it). The registry entry (./sins-tool.ts) does it.
 */
export function scoreSins(input: SinsInput): SinsResult {
  return sinsTool.evaluate(input);
}

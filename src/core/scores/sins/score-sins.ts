import { scoreSum, type SumScoreResult, type InvalidValue } from '../sum-score';
import { sinsPoints, type SinsBand, type SinsComponentId } from './sins-points';
import { locationOfLevel, spineLevelIds } from './spine-levels';

/** SINS input: a spinal level, or the location category directly, plus the other five components. */
export type SinsInput = Partial<Record<SinsComponentId, string>> & { level?: string };
export type SinsResult = SumScoreResult<SinsComponentId, SinsBand>;

/**
 * Scores SINS from possibly partial input. A level, when given, decides the location category
 * (and takes precedence over a location given alongside it).
 */
export function scoreSins(input: SinsInput): SinsResult {
  const { level, ...rest } = input;
  if (level !== undefined) {
    const location = locationOfLevel(level);
    if (!location) {
      const invalid: InvalidValue<'level'> = { component: 'level', value: String(level), allowed: spineLevelIds };
      return { kind: 'invalid', invalid: [invalid] };
    }
    rest.location = location;
  }
  return scoreSum(sinsPoints, rest);
}

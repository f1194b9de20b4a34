import { sinsDefinition, type SinsComponentId } from '../scores/sins/sins-definition';
import type { SinsInput } from '../scores/sins/score-sins';
import { locationOfLevel } from '../scores/sins/spine-levels';

// On its own (not in ./case-scores.ts) so the case quiz island does not pull in every score's tables.

/** The SINS components on which two inputs disagree (a level counts through its location category). */
export function sinsDifferences(given: SinsInput, expected: SinsInput): SinsComponentId[] {
  const resolve = (i: SinsInput): Partial<Record<SinsComponentId, string>> => {
    const { level, ...rest } = i;
    return level ? { ...rest, location: locationOfLevel(level) } : rest;
  };
  const a = resolve(given);
  const b = resolve(expected);
  return sinsDefinition.components.map((c) => c.id).filter((id) => a[id] !== b[id]);
}

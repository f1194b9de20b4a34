import { sumScoreTool } from '../sum-score-tool';
import { sinsPoints } from './sins-points';
import { locationOfLevel, spineLevelIds } from './spine-levels';

/** Each spinal level and the SINS location category it scores as (Fisher 2010 ranges, ./spine-levels.ts). */
export const sinsLevelLocations: Readonly<Record<string, string>> = Object.fromEntries(
  spineLevelIds.flatMap((level) => {
    const location = locationOfLevel(level);
    return location ? [[level, location]] : [];
  }),
);

/**
 * The SINS registry entry: the generic sum score over ./sins-points.ts, with the spinal level as the input
 * that decides the location (and wins over a location given alongside it, with a visible notice).
 */
export const sinsTool = sumScoreTool({
  id: 'sins',
  points: sinsPoints,
  derived: { param: 'level', component: 'location', options: sinsLevelLocations },
});

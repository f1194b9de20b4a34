import { sumScoreTool } from '../sum-score-tool';
import { tokuhashiPoints } from './tokuhashi-points';

/** The revised Tokuhashi registry entry: the generic sum score over ./tokuhashi-points.ts, nothing else. */
export const tokuhashiTool = sumScoreTool({ id: 'tokuhashi', points: tokuhashiPoints });

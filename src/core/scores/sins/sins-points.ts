import type { SumScorePoints } from '../sum-score';

/**
 * SINS points and bands without wording (./sins-definition.ts adds it): what scoring needs, so the
 * islands that score SINS in the browser ship no sentences. Fisher et al., Spine 2010 (fisher2010).
 * Option ids are the public URL vocabulary of /{lang}/tools/sins/.
 */
export type SinsComponentId = 'location' | 'pain' | 'lesion' | 'alignment' | 'collapse' | 'posterior';
export type SinsBand = 'stable' | 'indeterminate' | 'unstable';

export const sinsPoints = {
  components: [
    { id: 'location', options: [{ id: 'junctional', points: 3 }, { id: 'mobile', points: 2 }, { id: 'semirigid', points: 1 }, { id: 'rigid', points: 0 }] },
    { id: 'pain', options: [{ id: 'mechanical', points: 3 }, { id: 'occasional', points: 1 }, { id: 'none', points: 0 }] },
    { id: 'lesion', options: [{ id: 'lytic', points: 2 }, { id: 'mixed', points: 1 }, { id: 'blastic', points: 0 }] },
    { id: 'alignment', options: [{ id: 'subluxation', points: 4 }, { id: 'deformity', points: 2 }, { id: 'normal', points: 0 }] },
    { id: 'collapse', options: [{ id: 'gt50', points: 3 }, { id: 'lt50', points: 2 }, { id: 'involved', points: 1 }, { id: 'none', points: 0 }] },
    { id: 'posterior', options: [{ id: 'bilateral', points: 3 }, { id: 'unilateral', points: 1 }, { id: 'none', points: 0 }] },
  ],
  bands: [
    { code: 'stable', min: 0, max: 6 },
    { code: 'indeterminate', min: 7, max: 12 },
    { code: 'unstable', min: 13, max: 18 },
  ],
} as const satisfies SumScorePoints<SinsComponentId, SinsBand>;

export const sinsComponentIds: readonly SinsComponentId[] = sinsPoints.components.map((c) => c.id);

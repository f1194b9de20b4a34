import type { SumScorePoints } from '../sum-score';

/**
 * Revised Tokuhashi points and bands without wording (./tokuhashi-definition.ts adds it): what scoring and
 * the URL contract need, so the island ships no sentences. Tokuhashi et al., Spine 2005 (tokuhashi2005).
 * Option ids are the public URL vocabulary of /{lang}/tools/tokuhashi/ and must not change.
 */
export type TokuhashiComponentId = 'kps' | 'extraspinal' | 'vertebral' | 'organs' | 'primary' | 'palsy';
export type TokuhashiBand = 'lt6m' | 'gte6m' | 'gte1y';

/** Karnofsky values the calculator accepts, in steps of 10 as the scale is usually recorded. */
export const kpsValues = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

/** The three Karnofsky classes of the general-condition item, with their points. */
export const kpsClassPoints = [
  { id: 'poor', min: 10, max: 40, points: 0 },
  { id: 'moderate', min: 50, max: 70, points: 1 },
  { id: 'good', min: 80, max: 100, points: 2 },
] as const;
export type KpsClass = (typeof kpsClassPoints)[number]['id'];

/** Primary tumour sites and their points, grouped as in tokuhashi2005 (0, 1, 2, 3, 4, 5). */
export const primaryPoints = [
  { id: 'lung', points: 0 }, { id: 'osteosarcoma', points: 0 }, { id: 'stomach', points: 0 }, { id: 'bladder', points: 0 },
  { id: 'esophagus', points: 0 }, { id: 'pancreas', points: 0 },
  { id: 'liver', points: 1 }, { id: 'gallbladder', points: 1 }, { id: 'unidentified', points: 1 },
  { id: 'other', points: 2 },
  { id: 'kidney', points: 3 }, { id: 'uterus', points: 3 },
  { id: 'rectum', points: 4 },
  { id: 'thyroid', points: 5 }, { id: 'breast', points: 5 }, { id: 'prostate', points: 5 }, { id: 'carcinoid', points: 5 },
] as const;
export type TokuhashiPrimary = (typeof primaryPoints)[number]['id'];

export const kpsClassOf = (kps: number) => kpsClassPoints.find((c) => kps >= c.min && kps <= c.max);

export const tokuhashiPoints = {
  components: [
    { id: 'kps', options: kpsValues.flatMap((kps) => { const c = kpsClassOf(kps); return c ? [{ id: String(kps), points: c.points }] : []; }) },
    { id: 'extraspinal', options: [{ id: '3+', points: 0 }, { id: '1-2', points: 1 }, { id: '0', points: 2 }] },
    { id: 'vertebral', options: [{ id: '3+', points: 0 }, { id: '2', points: 1 }, { id: '1', points: 2 }] },
    { id: 'organs', options: [{ id: 'unremovable', points: 0 }, { id: 'removable', points: 1 }, { id: 'none', points: 2 }] },
    { id: 'primary', options: primaryPoints },
    { id: 'palsy', options: [{ id: 'complete', points: 0 }, { id: 'incomplete', points: 1 }, { id: 'none', points: 2 }] },
  ],
  bands: [
    { code: 'lt6m', min: 0, max: 8 },
    { code: 'gte6m', min: 9, max: 11 },
    { code: 'gte1y', min: 12, max: 15 },
  ],
} as const satisfies SumScorePoints<TokuhashiComponentId, TokuhashiBand>;

export const tokuhashiComponentIds: readonly TokuhashiComponentId[] = tokuhashiPoints.components.map((c) => c.id);

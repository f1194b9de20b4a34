/**
 * Spinal levels from the occiput (C0) to S5 and the SINS location category of each.
 * Source: Fisher et al., Spine 2010 (ref fisher2010), as shown in seed 000.
 */
export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar' | 'sacral';
export type SinsLocation = 'junctional' | 'mobile' | 'semirigid' | 'rigid';

const regionCounts: ReadonlyArray<[SpineRegion, string, number, number]> = [
  ['cervical', 'C', 0, 7],
  ['thoracic', 'T', 1, 12],
  ['lumbar', 'L', 1, 5],
  ['sacral', 'S', 1, 5],
];

export interface SpineLevel {
  id: string;
  region: SpineRegion;
  /** Position from the top, 0 for C0. */
  index: number;
}

export const spineLevels: readonly SpineLevel[] = regionCounts.flatMap(([region, prefix, first, last]) =>
  Array.from({ length: last - first + 1 }, (_, i) => ({ id: `${prefix}${first + i}`, region })),
).map((level, index) => ({ ...level, index }));

export const spineLevelIds: readonly string[] = spineLevels.map((l) => l.id);

export function isSpineLevel(value: unknown): value is string {
  return typeof value === 'string' && spineLevelIds.includes(value);
}

/** Inclusive ranges of levels per SINS location category (C0–C2 is "occiput–C2"). */
export const sinsLocationRanges: Readonly<Record<SinsLocation, ReadonlyArray<[string, string]>>> = {
  junctional: [['C0', 'C2'], ['C7', 'T2'], ['T11', 'L1'], ['L5', 'S1']],
  mobile: [['C3', 'C6'], ['L2', 'L4']],
  semirigid: [['T3', 'T10']],
  rigid: [['S2', 'S5']],
};

const indexOf = (id: string) => spineLevelIds.indexOf(id);

/** The SINS location category of a level, or undefined for a string that is not a level. */
export function locationOfLevel(level: string): SinsLocation | undefined {
  const i = indexOf(level);
  if (i < 0) return undefined;
  for (const [location, ranges] of Object.entries(sinsLocationRanges) as [SinsLocation, [string, string][]][]) {
    if (ranges.some(([from, to]) => i >= indexOf(from) && i <= indexOf(to))) return location;
  }
  return undefined;
}

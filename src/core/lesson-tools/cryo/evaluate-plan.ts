import { cryoModel, type FreezeCycle } from './cryo-model';
import { bounds, dist, distOutsideUnion, insidePolygon, signedDistToPolygon, unionOutline, type Circle, type Point, type Polygon } from './geometry';
import type { CryoScenario } from './scenarios';

/**
 * Checks a cryoprobe layout against the sources' rules on one axial slice. Every distance is reported to
 * 0.1 mm and the verdicts are taken on the reported value, so what the learner reads is what was decided.
 */
export interface ProbeCheck {
  index: number;
  at: Point;
  /** Distance to the tumour outline: positive inside the tumour, negative outside it. */
  depthMm: number;
  depth: 'outside' | 'near-edge' | 'about-1cm' | 'deep';
  /** Distance to the nearest other probe; null with a single probe. */
  nearestMm: number | null;
  spacing: 'single' | 'close' | 'about-2cm' | 'wide';
  inStructure: boolean;
}

export type ReviewMarginVerdict = 'not-covered' | 'below' | 'within' | 'beyond';

export interface PlanEvaluation {
  kind: 'plan';
  cycle: FreezeCycle;
  iceRadiusMm: number;
  lethalRadiusMm: number;
  ice: Circle[];
  lethal: Circle[];
  probes: ProbeCheck[];
  /** Smallest distance from tumour outline to the 0 °C edge; negative = tumour sticks out by that much. */
  iceMarginMm: number;
  /** The same for the lethal zone; ≥ 0 means the lethal zone covers the whole tumour. */
  lethalMarginMm: number;
  /** Share of the tumour's area (%, whole number) inside the ice and inside the lethal zone. */
  iceCoverPct: number;
  lethalCoverPct: number;
  lethalCovers: boolean;
  review: ReviewMarginVerdict;
  cirseMet: boolean;
  /** Gap between the ice (and the lethal zone) and the structure's outline; ≤ 0 = reached. */
  structureIceGapMm: number;
  structureLethalGapMm: number;
  structure: 'clear' | 'ice-reaches' | 'lethal-reaches';
}

export type PlanResult = { kind: 'empty' } | PlanEvaluation;

// `|| 0` keeps −0 out of the output.
const round1 = (n: number) => Math.round(n * 10) / 10 || 0;

/** A 0.5 mm grid over the inside of the tumour (area shares are counted on it). */
function tumourGrid(tumour: Polygon, step = 0.5): Point[] {
  const b = bounds(tumour);
  const pts: Point[] = [];
  for (let x = Math.ceil(b.minX / step) * step; x <= b.maxX; x += step) {
    for (let y = Math.ceil(b.minY / step) * step; y <= b.maxY; y += step) {
      const p = { x, y };
      if (insidePolygon(p, tumour)) pts.push(p);
    }
  }
  return pts;
}

/** Signed margin of a union of discs around a polygon (see PlanEvaluation.iceMarginMm); samples = outline + inside. */
export function marginAround(circles: readonly Circle[], tumour: Polygon, samples: readonly Point[] = [...tumour, ...tumourGrid(tumour)]): number {
  const live = circles.filter((k) => k.r > 0);
  if (live.length === 0) return -Infinity;
  let worstOutside = 0;
  for (const p of samples) worstOutside = Math.max(worstOutside, distOutsideUnion(p, live));
  if (worstOutside > 0) return -worstOutside;
  let m = Infinity;
  for (const q of unionOutline(live)) m = Math.min(m, signedDistToPolygon(q, tumour));
  return m;
}

function coverPct(circles: readonly Circle[], samples: readonly Point[]): number {
  if (samples.length === 0) return 0;
  const inside = samples.filter((p) => circles.some((k) => dist(p, k.c) <= k.r)).length;
  return Math.floor((100 * inside) / samples.length);
}

function depthBand(depth: number): ProbeCheck['depth'] {
  const { value, } = cryoModel.probeDepthMm;
  if (depth <= 0) return 'outside';
  if (depth < value - cryoModel.depthToleranceMm) return 'near-edge';
  if (depth > value + cryoModel.depthToleranceMm) return 'deep';
  return 'about-1cm';
}

function spacingBand(nearest: number | null): ProbeCheck['spacing'] {
  if (nearest === null) return 'single';
  const { value } = cryoModel.probeSpacingMm;
  if (nearest > value + cryoModel.spacingToleranceMm) return 'wide';
  if (nearest < value - cryoModel.spacingToleranceMm) return 'close';
  return 'about-2cm';
}

export function reviewVerdict(iceMarginMm: number): ReviewMarginVerdict {
  if (iceMarginMm < 0) return 'not-covered';
  if (iceMarginMm < cryoModel.iceMarginReviewMm.value) return 'below';
  if (iceMarginMm <= cryoModel.iceMarginReviewUpperMm) return 'within';
  return 'beyond';
}

export function evaluatePlan(scenario: CryoScenario, probes: readonly Point[], cycle: FreezeCycle): PlanResult {
  if (probes.length === 0) return { kind: 'empty' };
  const iceRadiusMm = cryoModel.iceRadiusMm[cycle];
  const lethalRadiusMm = iceRadiusMm - cryoModel.lethalDepthMm.value;
  const ice = probes.map((c) => ({ c, r: iceRadiusMm }));
  const lethal = probes.map((c) => ({ c, r: lethalRadiusMm }));
  const grid = tumourGrid(scenario.tumour);
  const samples = [...scenario.tumour, ...grid];
  const s = scenario.structure;

  const checks: ProbeCheck[] = probes.map((at, index) => {
    const others = probes.filter((_, j) => j !== index).map((o) => dist(at, o));
    const nearestMm = others.length ? round1(Math.min(...others)) : null;
    const depthMm = round1(-signedDistToPolygon(at, scenario.tumour));
    return { index, at, depthMm, depth: depthBand(depthMm), nearestMm, spacing: spacingBand(nearestMm), inStructure: dist(at, s.c) < s.r };
  });

  const iceMarginMm = round1(marginAround(ice, scenario.tumour, samples));
  const lethalMarginMm = round1(marginAround(lethal, scenario.tumour, samples));
  const gap = (r: number) => round1(Math.min(...probes.map((c) => dist(c, s.c) - s.r - r)));
  const structureIceGapMm = gap(iceRadiusMm);
  const structureLethalGapMm = gap(lethalRadiusMm);

  return {
    kind: 'plan',
    cycle,
    iceRadiusMm,
    lethalRadiusMm,
    ice,
    lethal,
    probes: checks,
    iceMarginMm,
    lethalMarginMm,
    iceCoverPct: iceMarginMm >= 0 ? 100 : Math.min(99, coverPct(ice, grid)),
    lethalCoverPct: lethalMarginMm >= 0 ? 100 : Math.min(99, coverPct(lethal, grid)),
    lethalCovers: lethalMarginMm >= 0,
    review: reviewVerdict(iceMarginMm),
    cirseMet: iceMarginMm >= cryoModel.iceMarginCirseMm.value,
    structureIceGapMm,
    structureLethalGapMm,
    structure: structureLethalGapMm <= 0 ? 'lethal-reaches' : structureIceGapMm <= 0 ? 'ice-reaches' : 'clear',
  };
}

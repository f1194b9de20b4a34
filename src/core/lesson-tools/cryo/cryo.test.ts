import { describe, expect, it } from 'vitest';
import { circleIntersections, ellipse, signedDistToPolygon, unionOutline } from './geometry';
import { cryoAssumptions, cryoModel, cryoStatements } from './cryo-model';
import { evaluatePlan, reviewVerdict, type PlanEvaluation } from './evaluate-plan';
import { scenarioById, type CryoScenario } from './scenarios';
import { cryoScenarioTexts } from './scenario-texts';
import { defaultPlan, parsePlanQuery, planQueryString } from './plan-query';

const iliac = scenarioById('iliac')!;
const spine = scenarioById('vertebra')!;
/** A test scenario with a round tumour of radius r at (50, 50) and a structure 30 mm to its right. */
const round = (r: number): CryoScenario => ({
  ...iliac,
  field: { width: 100, height: 100 },
  tumour: ellipse({ x: 50, y: 50 }, r, r),
  structure: { c: { x: 80, y: 50 }, r: 5 },
});
const plan = (s: CryoScenario, probes: [number, number][], cycle: 'first' | 'second') => {
  const r = evaluatePlan(s, probes.map(([x, y]) => ({ x, y })), cycle);
  if (r.kind !== 'plan') throw new Error('expected a plan');
  return r as PlanEvaluation;
};

describe('the model encodes the sources', () => {
  it('lethal zone 3 mm inside the 0 °C edge — Salapura & Jeromel 2014: "cell death reliably occurring 3 mm deep near the edge"', () => {
    expect(cryoModel.lethalDepthMm.value).toBe(3);
    expect(cryoModel.lethalDepthMm.refs).toEqual(['seed004-review']);
  });
  it('probes about 2 cm apart and 1 cm from the margin — review: "placed 2 cm apart within the tumor and 1 cm from the outer tumor margin"; CIRSE: best spacing 2 cm', () => {
    expect(cryoModel.probeSpacingMm.value).toBe(20);
    expect(cryoModel.probeSpacingMm.refs).toContain('gangi2010');
    expect(cryoModel.probeDepthMm.value).toBe(10);
  });
  it('margins: review 3–5 mm beyond the tumour, CIRSE at least 5 mm', () => {
    expect([cryoModel.iceMarginReviewMm.value, cryoModel.iceMarginReviewUpperMm]).toEqual([3, 5]);
    expect(cryoModel.iceMarginCirseMm.value).toBe(5);
    expect(cryoModel.iceMarginCirseMm.refs).toEqual(['gangi2010']);
    expect(cryoModel.maxProbesInSource.value).toBe(25);
  });
  it('states its ice radii as an assumption and says it is not a dosimetry tool, in both languages', () => {
    const radius = cryoAssumptions.find((a) => a.id === 'radius')!;
    expect(radius.text.en).toContain('15 mm after the first freeze, 20 mm after the second');
    expect(radius.text.it).toContain('15 mm dopo il primo congelamento, 20 mm dopo il secondo');
    expect(cryoModel.iceRadiusMm).toEqual({ first: 15, second: 20 });
    expect(cryoAssumptions.find((a) => a.id === 'not-dosimetry')!.text.en).toMatch(/not a dosimetry/);
  });
  it('writes Italian with typographic apostrophes', () => {
    const texts = [...cryoAssumptions.map((a) => a.text.it), ...Object.values(cryoScenarioTexts).flatMap((s) => [s.description.it, s.label.it, s.structure.it, s.structureInText.it]), cryoStatements.lethalDepthMm.it];
    for (const t of texts) expect(t).not.toContain("'");
  });
});

describe('geometry', () => {
  it('finds where two circles cross', () => {
    // r 20 at x = 35 and 55: they cross on x = 45 at y = ±√(400 − 100) = ±17.32.
    const pts = circleIntersections({ c: { x: 35, y: 0 }, r: 20 }, { c: { x: 55, y: 0 }, r: 20 });
    expect(pts.map((p) => [p.x, Math.abs(p.y)].map((n) => n.toFixed(2)))).toEqual([['45.00', '17.32'], ['45.00', '17.32']]);
    expect(circleIntersections({ c: { x: 0, y: 0 }, r: 5 }, { c: { x: 20, y: 0 }, r: 5 })).toEqual([]);
  });
  it('signs the distance to a polygon: negative inside, positive outside', () => {
    const sq = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }];
    expect(signedDistToPolygon({ x: 5, y: 5 }, sq)).toBe(-5);
    expect(signedDistToPolygon({ x: 13, y: 14 }, sq)).toBe(5);
  });
  it('keeps only the uncovered part of each circle on the union outline', () => {
    const outline = unionOutline([{ c: { x: 0, y: 0 }, r: 10 }, { c: { x: 1, y: 0 }, r: 2 }]);
    expect(outline.every((p) => Math.abs(Math.hypot(p.x, p.y) - 10) < 1e-9)).toBe(true);
  });
});

describe('worked examples: one probe in a round tumour', () => {
  it('radius 10 mm, second freeze: ice 20 − 10 = 10 mm beyond, lethal 17 − 10 = 7 mm: both criteria met', () => {
    const r = plan(round(10), [[50, 50]], 'second');
    expect([r.iceMarginMm, r.lethalMarginMm]).toEqual([10, 7]);
    expect(r.review).toBe('beyond');
    expect(r.cirseMet).toBe(true);
    expect(r.lethalCovers).toBe(true);
    expect([r.iceCoverPct, r.lethalCoverPct]).toEqual([100, 100]);
  });
  it('radius 10 mm, first freeze: ice 15 − 10 = 5 mm: inside the review’s 3–5 mm and exactly the CIRSE 5 mm', () => {
    const r = plan(round(10), [[50, 50]], 'first');
    expect(r.iceMarginMm).toBe(5);
    expect(r.review).toBe('within');
    expect(r.cirseMet).toBe(true);
  });
  it('radius 12 mm, first freeze: ice 3 mm beyond, lethal edge exactly on the tumour outline: review met, CIRSE not', () => {
    const r = plan(round(12), [[50, 50]], 'first');
    expect([r.iceMarginMm, r.lethalMarginMm]).toEqual([3, 0]);
    expect(r.review).toBe('within');
    expect(r.cirseMet).toBe(false);
    expect(r.lethalCovers).toBe(true);
  });
  it('radius 13 mm, first freeze: ice only 2 mm beyond, so a 1 mm rim of tumour lies outside the lethal zone', () => {
    const r = plan(round(13), [[50, 50]], 'first');
    expect([r.iceMarginMm, r.lethalMarginMm]).toEqual([2, -1]);
    expect(r.review).toBe('below');
    expect(r.lethalCovers).toBe(false);
    // Lethal disc r 12 over tumour r 13: 144/169 = 85% of the area.
    expect(r.lethalCoverPct).toBeGreaterThanOrEqual(84);
    expect(r.lethalCoverPct).toBeLessThanOrEqual(86);
  });
  it('radius 16 mm, first freeze: the tumour sticks 1 mm out of the ice', () => {
    const r = plan(round(16), [[50, 50]], 'first');
    expect(r.iceMarginMm).toBe(-1);
    expect(r.review).toBe('not-covered');
    expect(r.iceCoverPct).toBeLessThan(100);
  });
  it('a probe 6 mm off centre loses 6 mm of margin on the far side', () => {
    const r = plan(round(10), [[56, 50]], 'second');
    expect(r.iceMarginMm).toBe(4);
    expect(r.probes[0]!.depthMm).toBe(4);
    expect(r.probes[0]!.depth).toBe('near-edge');
  });
});

describe('worked example: the textbook layout in the iliac lesion (40 × 24 mm ellipse centred at 45, 40)', () => {
  // Probes at x 35 and 55 on the long axis: 20 mm apart, 10 mm from each end of the lesion.
  const second = plan(iliac, [[35, 40], [55, 40]], 'second');
  it('checks spacing (20 mm, about 2 cm) and depth (about 1 cm from the margin)', () => {
    expect(second.probes.map((p) => [p.nearestMm, p.spacing])).toEqual([[20, 'about-2cm'], [20, 'about-2cm']]);
    expect(second.probes.every((p) => p.depth === 'about-1cm')).toBe(true);
  });
  it('second freeze: the ice outlines cross at x 45, y 40 ± √(20² − 10²) = ±17.3; the tumour reaches ±12, so the margin is 5.3 mm', () => {
    expect(second.iceMarginMm).toBe(5.3);
    expect(second.cirseMet).toBe(true);
    expect(second.review).toBe('beyond');
    // Lethal circles r 17 cross at ±√(17² − 10²) = ±13.748: 1.748 mm beyond the tumour, reported 1.7.
    expect(second.lethalMarginMm).toBe(1.7);
    expect(second.lethalCovers).toBe(true);
  });
  it('measures the gap to the bowel loop: (87 − 55) − 8 − 20 = 4 mm of ice, 7 mm of lethal zone', () => {
    expect([second.structureIceGapMm, second.structureLethalGapMm]).toEqual([4, 7]);
    expect(second.structure).toBe('clear');
  });
  it('first freeze only: the outlines cross at ±√(15² − 10²) = ±11.2, so the tumour (±12) pokes 0.8 mm out between the probes', () => {
    const first = plan(iliac, [[35, 40], [55, 40]], 'first');
    expect(first.review).toBe('not-covered');
    expect(first.lethalCovers).toBe(false);
    expect(first.iceMarginMm).toBeLessThan(0);
    expect(first.iceMarginMm).toBeGreaterThanOrEqual(-0.8);
  });
  it('probes 32 mm apart leave a gap: spacing flagged wide and the lethal zone no longer covers', () => {
    const wide = plan(iliac, [[29, 40], [61, 40]], 'second');
    expect(wide.probes[0]!.spacing).toBe('wide');
    expect(wide.lethalCovers).toBe(false);
  });
  it('a probe moved towards the bowel brings the ice onto it', () => {
    const r = plan(iliac, [[35, 40], [60, 40]], 'second');
    expect(r.structureIceGapMm).toBe(-1);
    expect(r.structure).toBe('ice-reaches');
    expect(r.probes[1]!.depth).toBe('near-edge');
  });
});

describe('worked example: the vertebral body lesion next to the canal', () => {
  it('one central probe, second freeze: 7 mm margin but the ice reaches the dural sac (63 − 38 − 7 − 20 = −2 mm)', () => {
    const r = plan(spine, [[50, 38]], 'second');
    expect(r.iceMarginMm).toBe(7);
    expect(r.structureIceGapMm).toBe(-2);
    expect(r.structure).toBe('ice-reaches');
  });
  it('the same probe after the first freeze spares the sac by 3 mm but leaves only 2 mm of ice beyond the tumour', () => {
    const r = plan(spine, [[50, 38]], 'first');
    expect(r.structureIceGapMm).toBe(3);
    expect(r.iceMarginMm).toBe(2);
    expect(r.review).toBe('below');
  });
  it('a probe in the canal is flagged and the lethal zone reaches the sac', () => {
    const r = plan(spine, [[50, 62]], 'first');
    expect(r.probes[0]!.inStructure).toBe(true);
    expect(r.probes[0]!.depth).toBe('outside');
    expect(r.structure).toBe('lethal-reaches');
  });
});

describe('edge cases', () => {
  it('no probes: an empty result, never NaN', () => {
    expect(evaluatePlan(iliac, [], 'second')).toEqual({ kind: 'empty' });
  });
  it('the review verdict bands', () => {
    expect([-0.1, 0, 2.9, 3, 5, 5.1].map(reviewVerdict)).toEqual(['not-covered', 'below', 'below', 'within', 'within', 'beyond']);
  });
  it('a single probe reports no spacing', () => {
    expect(plan(iliac, [[45, 40]], 'second').probes[0]!.spacing).toBe('single');
  });
});

describe('plan links', () => {
  it('round-trips a plan', () => {
    const state = { scenario: 'vertebra' as const, cycle: 'first' as const, probes: [{ x: 44.5, y: 35 }, { x: 56, y: 35 }] };
    const q = planQueryString(state);
    expect(decodeURIComponent(q)).toBe('?scenario=vertebra&cycle=first&probes=44.5,35;56,35');
    expect(parsePlanQuery(q)).toEqual({ state, notices: [] });
  });
  it('no query: no state', () => expect(parsePlanQuery('').state).toBeNull());
  it('keeps the good parts of a damaged link and names the rest', () => {
    const { state, notices } = parsePlanQuery('?scenario=knee&cycle=second&probes=35,40;abc;500,4;55,40');
    expect(state).toEqual({ ...defaultPlan('iliac'), probes: [{ x: 35, y: 40 }, { x: 55, y: 40 }] });
    expect(notices.map((n) => `${n.param}=${n.value}`)).toEqual(['scenario=knee', 'probes=abc', 'probes=500,4']);
  });
  it('stops at the schematic’s probe limit', () => {
    const many = Array.from({ length: 10 }, (_, i) => `${30 + i},40`).join(';');
    const { state, notices } = parsePlanQuery(`?probes=${many}`);
    expect(state!.probes).toHaveLength(cryoModel.maxProbes);
    expect(notices).toHaveLength(2);
  });
});

import type { CaseStudy } from '../content/case-schema';
import type { SpineRegion } from '../scores/sins/spine-levels';

/**
 * What the case schematic (src/components/CaseSchematic.astro) draws, derived from the case data
 * alone: the spine or a whole skeleton, the levels or bones to highlight and the approach, when the
 * case states one. The words are read from the English text of `site.bone` and `approach`, so a case
 * file needs no drawing-specific field; the tests pin the result for every case.
 */
export type ApproachKind = 'transpedicular' | 'bipedicular' | 'transarterial' | 'coaxial' | 'needle';
export type BoneId = 'femur' | 'acetabulum' | 'ilium' | 'humerus' | 'tibia';
export type Side = 'right' | 'left' | 'unknown';

export interface SchematicApproach {
  kind: ApproachKind;
  /** Arterial access site, for transarterial approaches: only 'femoral' when the case says so for this patient. */
  access?: 'femoral' | 'unreported';
}

export interface SchematicModel {
  view: 'spine' | 'skeleton';
  /** Spinal levels to highlight, cranial to caudal. */
  levels: string[];
  /** Whole regions to shade when the case names them but not the levels. */
  regions: SpineRegion[];
  bones: { bone: BoneId; side: Side }[];
  /** False when neither a level, a region nor a bone is known: the drawing then says so. */
  siteReported: boolean;
  approach: SchematicApproach | null;
}

type SchematicSource = Pick<CaseStudy, 'site' | 'techniques' | 'approach'>;

const bonePatterns: ReadonlyArray<[BoneId, RegExp]> = [
  ['femur', /\bfemur\b|\bfemoral (?:neck|head|shaft)\b/i],
  ['acetabulum', /\bacetabul/i],
  ['ilium', /\biliac bone\b|\bilium\b|\biliac wing\b/i],
  ['humerus', /\bhumer/i],
  ['tibia', /\btibia/i],
];

const regionPatterns: ReadonlyArray<[SpineRegion, RegExp]> = [
  ['cervical', /\bcervical\b/i],
  ['thoracic', /\bthoracic\b/i],
  ['lumbar', /\blumbar\b/i],
  ['sacral', /\bsacr(?:al|um)\b/i],
];

function sideOf(text: string): Side {
  const right = /\bright\b/i.test(text);
  const left = /\bleft\b/i.test(text);
  return right && !left ? 'right' : left && !right ? 'left' : 'unknown';
}

export function approachOf(c: Pick<CaseStudy, 'techniques' | 'approach'>): SchematicApproach | null {
  const text = c.approach?.en ?? '';
  if (/\bbipedicular\b/i.test(text)) return { kind: 'bipedicular' };
  if (/\btranspedicular\b/i.test(text)) return { kind: 'transpedicular' };
  if (c.techniques.includes('arterial-embolization') || /\bcatheteri[sz]ation\b/i.test(text)) {
    // "femoral access … not given for this patient" must not be drawn as femoral access.
    const femoral = /\bfemoral\b/i.test(text) && !/\bnot (?:given|reported|stated)\b/i.test(text);
    return { kind: 'transarterial', access: femoral ? 'femoral' : 'unreported' };
  }
  if (/\bcoaxial(?:ly)?\b/i.test(text)) return { kind: 'coaxial' };
  if (/\bneedle\b/i.test(text)) return { kind: 'needle' };
  return null;
}

export function schematicModel(c: SchematicSource): SchematicModel {
  const boneText = c.site.bone?.en ?? '';
  const levels = [...(c.site.levels ?? [])];
  const regions = c.site.kind === 'spine' && levels.length === 0 ? regionPatterns.filter(([, re]) => re.test(boneText)).map(([r]) => r) : [];
  const side = sideOf(boneText.split(/[;.]/)[0] ?? '');
  const bones = c.site.kind === 'spine' ? [] : bonePatterns.filter(([, re]) => re.test(boneText)).map(([bone]) => ({ bone, side }));
  return {
    view: c.site.kind === 'spine' ? 'spine' : 'skeleton',
    levels,
    regions,
    bones,
    siteReported: levels.length > 0 || regions.length > 0 || bones.length > 0,
    approach: approachOf(c),
  };
}

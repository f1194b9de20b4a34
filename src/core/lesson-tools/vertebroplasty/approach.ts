/**
 * Vertebroplasty approach by spinal region, with the sources' needle gauges (which disagree). The wording
 * (route, position, gauges) is in ./approach-texts.ts, read on the server only: the island ships ids and logic.
 */
export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar';
export type NeedleTip = 'midline' | 'lateral';
export type Filling = 'unipedicular' | 'bipedicular';

export interface ApproachRule {
  region: SpineRegion;
  route: 'anterolateral' | 'transpedicular';
  /** Gauge by source (reference id): they differ and both are shown, in this order. */
  gaugeSources: readonly string[];
  refs: readonly string[];
}

export const approachRules: Record<SpineRegion, ApproachRule> = {
  cervical: { region: 'cervical', route: 'anterolateral', refs: ['seed004-review', 'gangi2010'], gaugeSources: ['gangi2010', 'seed004-review'] },
  thoracic: { region: 'thoracic', route: 'transpedicular', refs: ['seed004-review', 'gangi2010'], gaugeSources: ['gangi2010', 'seed004-review'] },
  lumbar: { region: 'lumbar', route: 'transpedicular', refs: ['seed004-review', 'gangi2010'], gaugeSources: ['gangi2010', 'seed004-review'] },
};

export type FillingOutcome = 'crosses-midline' | 'one-side' | 'both-sides';

/**
 * Salapura & Jeromel 2014: the tip goes in the ventral body as near the midline as possible; a second
 * (bipedicular) needle is used when the tip is lateral and cement does not spread through the body.
 * The pedicle choice does not apply to the cervical anterolateral route (the widget hides it there).
 */
export function fillingOutcome(tip: NeedleTip, filling: Filling): FillingOutcome {
  if (filling === 'bipedicular') return 'both-sides';
  return tip === 'midline' ? 'crosses-midline' : 'one-side';
}

/** The approach explorer's choices (its link format: ./approach-query.ts). */
export interface ApproachChoice {
  region: SpineRegion;
  tip: NeedleTip;
  /** Asked only below the neck: the cervical route is anterolateral and unipedicular. */
  filling: Filling;
}

export const initialApproach: ApproachChoice = { region: 'lumbar', tip: 'midline', filling: 'unipedicular' };


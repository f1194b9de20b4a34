import type { Localized } from '../../i18n/locales';

/** Vertebroplasty approach by spinal region, with the sources' needle gauges (which disagree). */
export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar';
export type NeedleTip = 'midline' | 'lateral';
export type Filling = 'unipedicular' | 'bipedicular';

export interface ApproachRule {
  region: SpineRegion;
  route: 'anterolateral' | 'transpedicular';
  routeText: Localized;
  /** Patient position where a source states it (none does for the cervical route). */
  position?: Localized;
  /** Gauge by source: they differ and both are shown. */
  gauges: readonly { source: string; gauge: Localized }[];
  refs: readonly string[];
}

export const approachRules: Record<SpineRegion, ApproachRule> = {
  cervical: {
    region: 'cervical', route: 'anterolateral', refs: ['seed004-review', 'gangi2010'],
    routeText: { it: 'Accesso anterolaterale, evitando il complesso carotido-giugulare.', en: 'Anterolateral approach, avoiding the carotid–jugular complex.' },
    gauges: [
      { source: 'gangi2010', gauge: { it: '15 G (tratto cervicale)', en: '15 G (cervical spine)' } },
      { source: 'seed004-review', gauge: { it: '11 o 13 G (senza distinzione di livello)', en: '11 or 13 G (no distinction by level)' } },
    ],
  },
  thoracic: {
    region: 'thoracic', route: 'transpedicular', refs: ['seed004-review', 'gangi2010'],
    routeText: { it: 'Accesso transpeduncolare, la via più sicura; visione «bull’s eye» con tutto l’anello corticale del peduncolo visibile.', en: 'Transpedicular approach, the safest route; bull’s-eye view with the whole cortical ring of the pedicle visible.' },
    position: { it: 'Paziente prono.', en: 'Patient prone.' },
    gauges: [
      { source: 'gangi2010', gauge: { it: '10 G (tratto dorso-lombare)', en: '10 G (thoracolumbar spine)' } },
      { source: 'seed004-review', gauge: { it: '11 o 13 G', en: '11 or 13 G' } },
    ],
  },
  lumbar: {
    region: 'lumbar', route: 'transpedicular', refs: ['seed004-review', 'gangi2010'],
    routeText: { it: 'Accesso transpeduncolare, la via più sicura; visione «bull’s eye» con tutto l’anello corticale del peduncolo visibile.', en: 'Transpedicular approach, the safest route; bull’s-eye view with the whole cortical ring of the pedicle visible.' },
    position: { it: 'Paziente prono.', en: 'Patient prone.' },
    gauges: [
      { source: 'gangi2010', gauge: { it: '10 G (tratto dorso-lombare)', en: '10 G (thoracolumbar spine)' } },
      { source: 'seed004-review', gauge: { it: '11 o 13 G', en: '11 or 13 G' } },
    ],
  },
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


import type { Localized } from '../../i18n/locales';

/**
 * Pain response after a procedure, judged on the 0–10 visual analogue scale (VAS).
 * - complete: VAS 0 afterwards; partial: a fall of more than 2 points. These are the definitions of the
 *   RFA + radiotherapy versus radiotherapy-alone study shown in seed 000 (the slide does not name it;
 *   we cite it as distaso2011).
 * - significant relief: a fall of more than 50% from baseline, the threshold the CIRSE guideline uses
 *   for pain reduction after cementoplasty and ablation (seed 001; gangi2010).
 * The Oswestry Disability Index (ODI, 0–100) is reported as a change only: no seed gives it a cut-off.
 */
export type PainBand = 'complete' | 'partial' | 'none';

export const vasRange = { min: 0, max: 10 } as const;
export const odiRange = { min: 0, max: 100 } as const;

export const painThresholds = {
  /** VAS after treatment that counts as complete response (distaso2011). */
  completeVasAfter: 0,
  /** A partial response needs a VAS fall strictly greater than this (distaso2011). */
  partialDropGreaterThan: 2,
  /** Significant relief needs a fall strictly greater than this percentage of baseline (gangi2010). */
  significantPercentGreaterThan: 50,
} as const;

export const painResponseRefs = ['distaso2011', 'gangi2010'] as const;

export const painBandTexts: Readonly<Record<PainBand, { label: Localized; meaning: Localized }>> = {
  complete: {
    label: { it: 'Risposta completa', en: 'Complete response' },
    meaning: { it: 'Il dolore è scomparso: VAS 0 dopo il trattamento.', en: 'Pain has gone: VAS 0 after treatment.' },
  },
  partial: {
    label: { it: 'Risposta parziale', en: 'Partial response' },
    meaning: {
      it: 'Il VAS è calato di più di 2 punti, ma il dolore non è scomparso.',
      en: 'VAS fell by more than 2 points, but some pain remains.',
    },
  },
  none: {
    label: { it: 'Nessuna risposta', en: 'No response' },
    meaning: {
      it: 'Il VAS è calato di 2 punti o meno, è rimasto invariato o è peggiorato.',
      en: 'VAS fell by 2 points or less, stayed the same or got worse.',
    },
  },
};

export const significantReliefText: { label: Localized; meaning: Localized } = {
  label: { it: 'Sollievo significativo (> 50%)', en: 'Significant relief (> 50%)' },
  meaning: {
    it: 'Il VAS si è più che dimezzato rispetto al valore di partenza.',
    en: 'VAS fell to less than half of its starting value.',
  },
};

export const noBaselinePainText: Localized = {
  it: 'Con VAS 0 prima del trattamento non c’è dolore di cui misurare la risposta.',
  en: 'With VAS 0 before treatment there is no pain whose response can be measured.',
};

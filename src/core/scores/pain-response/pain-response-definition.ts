/**
 * Pain response after a procedure, judged on the 0–10 visual analogue scale (VAS).
 * - complete: VAS 0 afterwards; partial: a fall of more than 2 points. These are the definitions of the
 *   RFA + radiotherapy versus radiotherapy-alone study shown in seed 000 (the slide does not name it;
 *   we cite it as distaso2011).
 * - significant relief: a fall of more than 50% from baseline, the threshold the CIRSE guideline uses
 *   for pain reduction after cementoplasty and ablation (seed 001; gangi2010).
 * The Oswestry Disability Index (ODI, 0–100) is reported as a change only: no seed gives it a cut-off.
 * Codes and thresholds only: the wording of the bands is in ./pain-response-texts.ts, read on the server.
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

import type { Localized } from '../../i18n/locales';

/**
 * The RFA + radiotherapy versus radiotherapy-alone comparison shown in seed 000 (cited as
 * distaso2011; the slide itself gives no citation). Numbers exactly as on the slide; the pain-response
 * calculator uses its definitions of complete and partial response.
 */
export interface TrialArm {
  id: 'rfa-rt' | 'rt';
  label: Localized;
  patients: number;
  baselineVas: number;
  /** Percentages at 12 weeks. */
  completeAt12Weeks: number;
  partialAt12Weeks: number;
  overallAt12Weeks: number;
  weeksToResponse: number;
  /** Share of treated lesions that were vertebrae. */
  vertebrae: { count: number; percent: number };
}

export const rfaRtTrial = {
  refs: ['distaso2011'],
  radiotherapy: { it: '20 Gy in 5 frazioni', en: '20 Gy in 5 fractions' },
  note: { it: 'La maggior parte delle lesioni era pelvica.', en: 'Most lesions were in the pelvis.' },
  arms: [
    {
      id: 'rfa-rt',
      label: { it: 'RFA + radioterapia', en: 'RFA + radiotherapy' },
      patients: 15,
      baselineVas: 6.3,
      completeAt12Weeks: 53.3,
      partialAt12Weeks: 40,
      overallAt12Weeks: 93.3,
      weeksToResponse: 3,
      vertebrae: { count: 5, percent: 33 },
    },
    {
      id: 'rt',
      label: { it: 'Sola radioterapia', en: 'Radiotherapy alone' },
      patients: 30,
      baselineVas: 6.5,
      completeAt12Weeks: 16.6,
      partialAt12Weeks: 43.3,
      overallAt12Weeks: 59.9,
      weeksToResponse: 9,
      vertebrae: { count: 2, percent: 6.6 },
    },
  ] satisfies TrialArm[],
} as const;

import type { Localized } from '../../i18n/locales';

/**
 * The cryoablation planner's teaching model. Every number a check uses lives here, each with its source
 * (content/references.yaml ids) or, where no source gives it, flagged as an assumption of the model.
 */
export type FreezeCycle = 'first' | 'second';
export const freezeCycles: readonly FreezeCycle[] = ['first', 'second'];

export interface SourcedValue {
  value: number;
  refs: readonly string[];
}

export interface ModelAssumption {
  id: string;
  text: Localized;
}

export const cryoModel = {
  /** Salapura & Jeromel 2014: the 0 °C ice edge; cell death reliable about 3 mm inside it. */
  lethalDepthMm: {
    value: 3,
    refs: ['seed004-review'],
  },
  /** Salapura & Jeromel 2014; CIRSE (Gangi 2010) gives 2 cm as the best spacing too. */
  probeSpacingMm: {
    value: 20,
    refs: ['seed004-review', 'gangi2010'],
  },
  /** Salapura & Jeromel 2014: about 1 cm from the outer tumour margin. */
  probeDepthMm: {
    value: 10,
    refs: ['seed004-review'],
  },
  /** Salapura & Jeromel 2014, curative intent: the ice extends 3–5 mm beyond the tumour. */
  iceMarginReviewMm: {
    value: 3,
    refs: ['seed004-review'],
  },
  iceMarginReviewUpperMm: 5,
  /** CIRSE guidelines (Gangi 2010): the frozen area at least 5 mm beyond the tumour margins. */
  iceMarginCirseMm: {
    value: 5,
    refs: ['gangi2010'],
  },
  /** CIRSE: up to 25 probes at once. The schematic stops at 8, enough for any lesion it shows. */
  maxProbesInSource: { value: 25, refs: ['gangi2010'] },
  maxProbes: 8,
  /**
   * ASSUMPTION of the teaching model, not a sourced number: the 0 °C radius drawn around each probe on the
   * slice. Chosen so that the sources' layout (2 cm apart, 1 cm from the margin) gives about a 5 mm margin
   * after the second freeze and too little after the first one.
   */
  iceRadiusMm: { first: 15, second: 20 } as Record<FreezeCycle, number>,
  /** "About" 2 cm and "about" 1 cm: how far a layout may stray before the planner says so (model choice). */
  spacingToleranceMm: 3,
  depthToleranceMm: 4,
} as const;

type SourcedKey = { [K in keyof typeof cryoModel]: (typeof cryoModel)[K] extends SourcedValue ? K : never }[keyof typeof cryoModel];

/**
 * What the source says behind each sourced number, in our words: shown with the planner's assumptions (rendered
 * on the server, components/widgets/CryoAssumptions.astro), so kept apart from the numbers the island computes with.
 */
export const cryoStatements: Record<SourcedKey, Localized> = {
  lethalDepthMm: {
    it: 'Il bordo visibile del ghiaccio corrisponde a 0 °C; la morte cellulare è affidabile circa 3 mm all’interno.',
    en: 'The visible ice edge is the 0 °C isotherm; cell death is reliable about 3 mm inside it.',
  },
  probeSpacingMm: {
    it: 'Sonde a circa 2 cm l’una dall’altra all’interno del tumore.',
    en: 'Probes about 2 cm apart within the tumour.',
  },
  probeDepthMm: {
    it: 'Ogni sonda a circa 1 cm dal margine esterno del tumore.',
    en: 'Each probe about 1 cm from the outer tumour margin.',
  },
  iceMarginReviewMm: {
    it: 'A scopo curativo il ghiaccio deve superare il margine del tumore di 3–5 mm (Salapura e Jeromel, 2014).',
    en: 'For curative intent the ice should extend 3–5 mm beyond the tumour margin (Salapura and Jeromel, 2014).',
  },
  iceMarginCirseMm: {
    it: 'Per una necrosi completa l’area congelata deve estendersi almeno 5 mm oltre i margini (linee guida CIRSE, Gangi 2010).',
    en: 'For complete necrosis the frozen area should reach at least 5 mm beyond the margins (CIRSE guidelines, Gangi 2010).',
  },
  maxProbesInSource: {
    it: 'Fino a 25 criosonde contemporaneamente.',
    en: 'Up to 25 cryoprobes at once.',
  },
};

/** The model's assumptions, stated to the learner with the result. */
export const cryoAssumptions: readonly ModelAssumption[] = [
  {
    id: 'slice',
    text: {
      it: 'Un’unica sezione assiale; ogni sonda è perpendicolare alla sezione e il suo ghiaccio è un cerchio centrato sulla punta.',
      en: 'One axial slice; each probe runs perpendicular to it and its ice is a circle centred on the probe.',
    },
  },
  {
    id: 'radius',
    text: {
      it: 'Raggio del ghiaccio (isoterma 0 °C) per sonda: 15 mm dopo il primo congelamento, 20 mm dopo il secondo. Sono valori illustrativi scelti per l’esercizio: non vengono dalle fonti né da un dispositivo. Le isoterme reali dipendono da sonda, tessuto e vasi vicini.',
      en: 'Ice radius (0 °C isotherm) per probe: 15 mm after the first freeze, 20 mm after the second. These are illustrative values chosen for the exercise, from neither source nor any device. Real isotherms depend on the probe, the tissue and nearby vessels.',
    },
  },
  {
    id: 'union',
    text: {
      it: 'Il ghiaccio totale è l’unione dei cerchi; la zona letale è l’unione di cerchi 3 mm più piccoli (stima prudente: sonde vicine raffreddano anche lo spazio fra loro).',
      en: 'The total ice is the union of the circles; the lethal zone is the union of circles 3 mm smaller (a cautious estimate: nearby probes also chill the space between them).',
    },
  },
  {
    id: 'not-dosimetry',
    text: {
      it: 'È un modello didattico di geometria, non uno strumento di dosimetria né di pianificazione clinica.',
      en: 'This is a teaching model of geometry, not a dosimetry or clinical planning tool.',
    },
  },
];

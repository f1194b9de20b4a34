import type { Locale, Localized } from '../../i18n/locales';
import type { SinsBand } from './sins-points';

/**
 * What the mechanical assessment asks for, one rule for every view: the SINS calculator's next step, the
 * "M" of the NOMS calculator and the A4 walkthrough all call this (NOMS: laufer2013; bands: fisher2010).
 *  - SINS 13–18: unstable → stabilization (surgical, or percutaneous cement augmentation).
 *  - Movement-related (mechanical) pain → stabilization or cement too, whatever the band: radiotherapy
 *    does not relieve pain that comes from a segment that moves (laufer2013).
 *  - SINS 7–12 without mechanical pain: potentially unstable → surgical consultation.
 *  - SINS 0–6 without mechanical pain: stability does not drive the choice.
 */
export type MechanicalIndication = 'none' | 'consultation' | 'stabilization';
export type MechanicalReason = 'sins-stable' | 'sins-indeterminate' | 'sins-unstable' | 'mechanical-pain';

export interface MechanicalDecision {
  indication: MechanicalIndication;
  /** Why, in reading order: an unstable total first, then mechanical pain if it is also present. */
  reasons: MechanicalReason[];
}

export function mechanicalIndication(band: SinsBand, mechanicalPain: boolean): MechanicalDecision {
  if (band === 'unstable') return { indication: 'stabilization', reasons: mechanicalPain ? ['sins-unstable', 'mechanical-pain'] : ['sins-unstable'] };
  if (mechanicalPain) return { indication: 'stabilization', reasons: band === 'indeterminate' ? ['sins-indeterminate', 'mechanical-pain'] : ['mechanical-pain'] };
  return band === 'indeterminate'
    ? { indication: 'consultation', reasons: ['sins-indeterminate'] }
    : { indication: 'none', reasons: ['sins-stable'] };
}

export interface MechanicalReasonText {
  when: Localized;
  then: Localized;
  refs: readonly string[];
}

export const mechanicalReasonTexts: Readonly<Record<MechanicalReason, MechanicalReasonText>> = {
  'sins-stable': {
    when: { it: 'SINS 0–6 (stabile), senza dolore meccanico', en: 'SINS 0–6 (stable), no mechanical pain' },
    then: {
      it: 'La stabilità non guida la scelta: si decide in base al dolore e al controllo locale del tumore.',
      en: 'Stability does not drive the choice: decide on pain and local tumour control.',
    },
    refs: ['fisher2010', 'laufer2013'],
  },
  'sins-indeterminate': {
    when: { it: 'SINS 7–12 (potenzialmente instabile)', en: 'SINS 7–12 (potentially unstable)' },
    then: {
      it: 'La colonna va considerata potenzialmente instabile: il chirurgo vertebrale ne valuta la stabilità prima di fissare il piano; se stabilizzare, e se con la chirurgia o con il cemento (quando nessuna controindicazione lo esclude), si decide con lui.',
      en: 'Treat the spine as potentially unstable: a spine surgeon assesses stability before the plan is fixed; whether to stabilize, and whether surgically or with cement (where no contraindication rules it out), is decided with them.',
    },
    refs: ['fisher2010'],
  },
  'sins-unstable': {
    when: { it: 'SINS 13–18 (instabile)', en: 'SINS 13–18 (unstable)' },
    then: {
      it: 'Stabilizzazione indicata prima della radioterapia: il chirurgo vertebrale sceglie fra chirurgia e cementoplastica percutanea (quando nessuna controindicazione la esclude); la radioterapia non corregge l’instabilità.',
      en: 'Stabilization is indicated before radiotherapy: the spine surgeon chooses between surgery and percutaneous cement augmentation (where no contraindication rules it out); radiotherapy does not correct instability.',
    },
    refs: ['fisher2010', 'laufer2013'],
  },
  'mechanical-pain': {
    when: { it: 'Dolore meccanico (legato al movimento e al carico)', en: 'Mechanical (movement-related) pain' },
    then: {
      it: 'È di per sé un’indicazione alla stabilizzazione o alla cementoplastica, qualunque sia la fascia SINS: la radioterapia non toglie il dolore di un segmento che si muove.',
      en: 'It is an indication of its own for stabilization or cement augmentation, whatever the SINS band: radiotherapy does not relieve the pain of a segment that moves.',
    },
    refs: ['laufer2013'],
  },
};

/**
 * Said wherever cement may follow: symptomatic cord compression at the level is an absolute
 * contraindication to vertebroplasty (seed004-review: Salapura and Jeromel 2014).
 */
export const cementCheckText: Localized = {
  it: 'Prima del cemento: graduare la compressione epidurale (ESCC) ed esaminare il paziente. Una compressione midollare sintomatica al livello da trattare è una controindicazione assoluta alla vertebroplastica.',
  en: 'Before cement: grade the epidural compression (ESCC) and examine the patient. Symptomatic spinal cord compression at the level to be treated is an absolute contraindication to vertebroplasty.',
};

/** The SINS calculator's next step: the same rule as NOMS "M", in one sentence per reason. */
export function sinsNextStep(band: SinsBand, mechanicalPain: boolean): { decision: MechanicalDecision; texts: MechanicalReasonText[]; cementCheck: boolean } {
  const { decision, cementCheck } = sinsNextCodes(band, mechanicalPain);
  return { decision, texts: decision.reasons.map((r) => mechanicalReasonTexts[r]), cementCheck };
}

/** The same next step as codes only, for a view that receives the wording as a prop (sinsNextTexts). */
export function sinsNextCodes(band: SinsBand, mechanicalPain: boolean): { decision: MechanicalDecision; cementCheck: boolean } {
  const decision = mechanicalIndication(band, mechanicalPain);
  return { decision, cementCheck: decision.indication !== 'none' };
}

/** The wording of the next step in one locale, resolved by the SINS calculator's wrapper and passed as a prop. */
export interface SinsNextTexts {
  reasons: Readonly<Record<MechanicalReason, { when: string; then: string }>>;
  cementCheck: string;
}

export function sinsNextTexts(lang: Locale): SinsNextTexts {
  const reasons = Object.fromEntries(
    Object.entries(mechanicalReasonTexts).map(([id, r]) => [id, { when: r.when[lang], then: r.then[lang] }]),
  ) as Record<MechanicalReason, { when: string; then: string }>;
  return { reasons, cementCheck: cementCheckText[lang] };
}

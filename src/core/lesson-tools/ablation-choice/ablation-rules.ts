/**
 * Ablation modality chooser: the lesion described by a few features → how each modality fits, with the
 * reasons and their sources. Every rule is a row of data; the chooser evaluates rows, it knows no medicine.
 * A reason is an id here; its wording is in ./ablation-texts.ts, read on the server only, so the island
 * ships ids and logic, not both languages' sentences.
 */
export type Aim = 'curative' | 'palliative';
export type Size = 'lt1' | '1to3' | '3to5' | 'gt5';
export type Matrix = 'lytic' | 'mixed' | 'blastic';
export type Proximity = 'away' | 'close';
export interface LesionInput { aim: Aim; size: Size; matrix: Matrix; proximity: Proximity; fractureRisk: boolean; metalImplant: boolean }

export type Modality = 'rf' | 'mw' | 'laser' | 'cryo' | 'ethanol';
export const modalities: readonly Modality[] = ['rf', 'mw', 'cryo', 'laser', 'ethanol'];
export type Fit = 'fits' | 'possible' | 'avoid';

/** Each rule's reason; two rows may share one (the same sentence on either side of a condition). */
export type AblationReasonId =
  | 'rf-metal' | 'rf-curative-size' | 'rf-small-away' | 'rf-near-nerves' | 'rf-impedance' | 'rf-electrodes'
  | 'mw-close' | 'mw-large-away' | 'mw-impedance' | 'mw-small'
  | 'cryo-close' | 'cryo-large' | 'cryo-drill' | 'cryo-long'
  | 'laser-small' | 'laser-metal' | 'laser-large' | 'laser-mr'
  | 'ethanol-curative' | 'ethanol-fracture' | 'ethanol-lytic' | 'ethanol-size' | 'ethanol-unpredictable';

interface Rule { modality: Modality; when: (l: LesionInput) => boolean; effect: Fit; reason: AblationReasonId; refs: readonly string[] }

const big = (l: LesionInput) => l.size === '3to5' || l.size === 'gt5';

export const ablationRules: readonly Rule[] = [
  // Radiofrequency
  { modality: 'rf', when: (l) => l.metalImplant, effect: 'avoid', refs: ['gangi2010'], reason: 'rf-metal' },
  { modality: 'rf', when: (l) => l.aim === 'curative' && l.size === 'gt5', effect: 'avoid', refs: ['gangi2010'], reason: 'rf-curative-size' },
  { modality: 'rf', when: (l) => l.proximity === 'away' && !big(l), effect: 'fits', refs: ['seed002-embolization'], reason: 'rf-small-away' },
  { modality: 'rf', when: (l) => l.proximity === 'close', effect: 'possible', refs: ['gangi2010', 'seed004-review'], reason: 'rf-near-nerves' },
  { modality: 'rf', when: (l) => l.matrix === 'blastic', effect: 'possible', refs: ['kurup2010a'], reason: 'rf-impedance' },
  { modality: 'rf', when: () => true, effect: 'possible', refs: ['seed004-review'], reason: 'rf-electrodes' },
  // Microwave
  // The flowchart routes close lesions elsewhere without contraindicating microwaves: 'possible', not 'avoid',
  // and the two 'fits' rows below apply only away from vessels and nerves.
  { modality: 'mw', when: (l) => l.proximity === 'close', effect: 'possible', refs: ['seed002-embolization', 'gangi2010'], reason: 'mw-close' },
  { modality: 'mw', when: (l) => big(l) && l.proximity === 'away', effect: 'fits', refs: ['seed002-embolization', 'kurup2010a'], reason: 'mw-large-away' },
  { modality: 'mw', when: (l) => l.matrix !== 'lytic' && l.proximity === 'away', effect: 'fits', refs: ['kurup2010a'], reason: 'mw-impedance' },
  { modality: 'mw', when: (l) => l.matrix !== 'lytic' && l.proximity === 'close', effect: 'possible', refs: ['kurup2010a'], reason: 'mw-impedance' },
  { modality: 'mw', when: () => true, effect: 'possible', refs: ['kurup2010a'], reason: 'mw-small' },
  // Cryoablation
  { modality: 'cryo', when: (l) => l.proximity === 'close', effect: 'fits', refs: ['seed002-embolization', 'seed004-review'], reason: 'cryo-close' },
  { modality: 'cryo', when: (l) => big(l), effect: 'fits', refs: ['seed004-review', 'gangi2010'], reason: 'cryo-large' },
  { modality: 'cryo', when: (l) => l.matrix === 'blastic', effect: 'possible', refs: ['seed004-review'], reason: 'cryo-drill' },
  { modality: 'cryo', when: () => true, effect: 'possible', refs: ['seed004-review'], reason: 'cryo-long' },
  // Laser
  { modality: 'laser', when: (l) => l.size === 'lt1', effect: 'fits', refs: ['gangi2010'], reason: 'laser-small' },
  { modality: 'laser', when: (l) => l.metalImplant, effect: 'fits', refs: ['gangi2010'], reason: 'laser-metal' },
  { modality: 'laser', when: (l) => big(l), effect: 'possible', refs: ['gangi2010'], reason: 'laser-large' },
  { modality: 'laser', when: () => true, effect: 'possible', refs: ['gangi2010'], reason: 'laser-mr' },
  // Ethanol
  { modality: 'ethanol', when: (l) => l.aim === 'curative', effect: 'avoid', refs: ['gangi2010'], reason: 'ethanol-curative' },
  { modality: 'ethanol', when: (l) => l.fractureRisk, effect: 'avoid', refs: ['gangi2010'], reason: 'ethanol-fracture' },
  { modality: 'ethanol', when: (l) => l.matrix !== 'lytic', effect: 'avoid', refs: ['gangi2010'], reason: 'ethanol-lytic' },
  { modality: 'ethanol', when: (l) => l.size === '3to5', effect: 'fits', refs: ['gangi2010'], reason: 'ethanol-size' },
  { modality: 'ethanol', when: () => true, effect: 'possible', refs: ['gangi2010'], reason: 'ethanol-unpredictable' },
];

export interface ModalityVerdict { modality: Modality; fit: Fit; reasons: { id: AblationReasonId; refs: readonly string[]; effect: Fit }[] }

/** Any 'avoid' decides; otherwise one 'fits' is enough; otherwise 'possible'. Reasons keep their order. */
export function chooseAblation(l: LesionInput): ModalityVerdict[] {
  return modalities.map((m) => {
    const hits = ablationRules.filter((r) => r.modality === m && r.when(l));
    const fit: Fit = hits.some((h) => h.effect === 'avoid') ? 'avoid' : hits.some((h) => h.effect === 'fits') ? 'fits' : 'possible';
    return { modality: m, fit, reasons: hits.map((h) => ({ id: h.reason, refs: h.refs, effect: h.effect })) };
  });
}

/**
 * Consolidation when the bone may break: cement for flat bones and vertebrae, surgery for long bones (CIRSE).
 * Its wording: ./ablation-texts.ts.
 */
export const consolidationAdvice: { refs: readonly string[] } = { refs: ['gangi2010'] };

/** The lesion a learner starts from in the modality chooser (its link format: ./ablation-query.ts). */
export const initialLesion: LesionInput = { aim: 'palliative', size: '1to3', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: false };

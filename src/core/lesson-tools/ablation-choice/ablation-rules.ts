import type { Localized } from '../../i18n/locales';

/**
 * Ablation modality chooser: the lesion described by a few features → how each modality fits, with the
 * reasons and their sources. Every rule is a row of data; the chooser evaluates rows, it knows no medicine.
 */
export type Aim = 'curative' | 'palliative';
export type Size = 'lt1' | '1to3' | '3to5' | 'gt5';
export type Matrix = 'lytic' | 'mixed' | 'blastic';
export type Proximity = 'away' | 'close';
export interface LesionInput { aim: Aim; size: Size; matrix: Matrix; proximity: Proximity; fractureRisk: boolean; metalImplant: boolean }

export type Modality = 'rf' | 'mw' | 'laser' | 'cryo' | 'ethanol';
export const modalities: readonly Modality[] = ['rf', 'mw', 'cryo', 'laser', 'ethanol'];
export type Fit = 'fits' | 'possible' | 'avoid';

interface Rule { modality: Modality; when: (l: LesionInput) => boolean; effect: Fit; reason: Localized; refs: readonly string[] }

const big = (l: LesionInput) => l.size === '3to5' || l.size === 'gt5';

export const ablationRules: readonly Rule[] = [
  // Radiofrequency
  { modality: 'rf', when: (l) => l.metalImplant, effect: 'avoid', refs: ['gangi2010'], reason: { it: 'Gli impianti metallici controindicano la radiofrequenza (il laser è l’alternativa).', en: 'Metal implants contraindicate radiofrequency (laser is the alternative).' } },
  { modality: 'rf', when: (l) => l.aim === 'curative' && l.size === 'gt5', effect: 'avoid', refs: ['gangi2010'], reason: { it: 'A scopo curativo il tumore non dovrebbe superare i 5 cm.', en: 'For curative intent the tumour should not exceed 5 cm.' } },
  { modality: 'rf', when: (l) => l.proximity === 'away' && !big(l), effect: 'fits', refs: ['seed002-embolization'], reason: { it: 'Lesione piccola lontana da vasi e nervi: la radiofrequenza è la scelta del diagramma di gestione.', en: 'Small lesion away from vessels and nerves: radiofrequency is the management flowchart’s choice.' } },
  { modality: 'rf', when: (l) => l.proximity === 'close', effect: 'possible', refs: ['gangi2010', 'seed004-review'], reason: { it: 'Vicino ai nervi servono protezione e monitoraggio termico; senza corticale integra interposta è una controindicazione relativa.', en: 'Near nerves it needs thermal protection and monitoring; with no intact cortex in between it is a relative contraindication.' } },
  { modality: 'rf', when: (l) => l.matrix === 'blastic', effect: 'possible', refs: ['kurup2010a'], reason: { it: 'Dipende dall’impedenza: nelle lesioni addensanti rende meno delle microonde.', en: 'It depends on impedance: in sclerotic lesions it performs less well than microwaves.' } },
  { modality: 'rf', when: () => true, effect: 'possible', refs: ['seed004-review'], reason: { it: 'Elettrodi per ogni dimensione: semplici (< 5 mm), raffreddati (fino a 3 cm), espandibili (fino a 7 cm).', en: 'Electrodes for every size: plain (< 5 mm), cooled (up to 3 cm), expandable (up to 7 cm).' } },
  // Microwave
  // The flowchart routes close lesions elsewhere without contraindicating microwaves: 'possible', not 'avoid',
  // and the two 'fits' rows below apply only away from vessels and nerves.
  { modality: 'mw', when: (l) => l.proximity === 'close', effect: 'possible', refs: ['seed002-embolization', 'gangi2010'], reason: { it: 'Il diagramma non propone le microonde vicino a vasi e nervi (propone crioablazione o elettrochemioterapia); se si usano, servono protezione e monitoraggio termico.', en: 'The flowchart does not propose microwaves close to vessels and nerves (it proposes cryoablation or electrochemotherapy); if they are used, thermal protection and monitoring are needed.' } },
  { modality: 'mw', when: (l) => big(l) && l.proximity === 'away', effect: 'fits', refs: ['seed002-embolization', 'kurup2010a'], reason: { it: 'Lesione grande lontana da vasi e nervi: zone ampie e uniformi in poco tempo, meno effetto heat sink.', en: 'Large lesion away from vessels and nerves: large, uniform zones quickly, less heat sink.' } },
  { modality: 'mw', when: (l) => l.matrix !== 'lytic' && l.proximity === 'away', effect: 'fits', refs: ['kurup2010a'], reason: { it: 'Meno dipendente dall’impedenza: migliore nelle lesioni osteoaddensanti e miste.', en: 'Less dependent on impedance: better in osteoblastic and mixed lesions.' } },
  { modality: 'mw', when: (l) => l.matrix !== 'lytic' && l.proximity === 'close', effect: 'possible', refs: ['kurup2010a'], reason: { it: 'Meno dipendente dall’impedenza: migliore nelle lesioni osteoaddensanti e miste.', en: 'Less dependent on impedance: better in osteoblastic and mixed lesions.' } },
  { modality: 'mw', when: () => true, effect: 'possible', refs: ['kurup2010a'], reason: { it: 'Possibile anche in lesioni piccole, ma il suo vantaggio è il volume.', en: 'Possible in small lesions too, but its advantage is volume.' } },
  // Cryoablation
  { modality: 'cryo', when: (l) => l.proximity === 'close', effect: 'fits', refs: ['seed002-embolization', 'seed004-review'], reason: { it: 'Vicino a strutture critiche: l’ice ball si vede in TC e RM e si può modellare.', en: 'Close to critical structures: the ice ball is visible on CT and MRI and can be shaped.' } },
  { modality: 'cryo', when: (l) => big(l), effect: 'fits', refs: ['seed004-review', 'gangi2010'], reason: { it: 'Più sonde insieme (fino a 25) danno ice ball anche oltre 8 cm.', en: 'Several probes together (up to 25) give ice balls beyond 8 cm.' } },
  { modality: 'cryo', when: (l) => l.matrix === 'blastic', effect: 'possible', refs: ['seed004-review'], reason: { it: 'Le metastasi osteoaddensanti richiedono un trapano osseo per posizionare le sonde.', en: 'Osteoblastic metastases need a bone drill to place the probes.' } },
  { modality: 'cryo', when: () => true, effect: 'possible', refs: ['seed004-review'], reason: { it: 'Procedura più lunga (circa 2 ore) e talora più costosa della radiofrequenza.', en: 'A longer procedure (about 2 hours), sometimes more costly than radiofrequency.' } },
  // Laser
  { modality: 'laser', when: (l) => l.size === 'lt1', effect: 'fits', refs: ['gangi2010'], reason: { it: 'Zona di ablazione piccola: indicazione migliore nei tumori sotto 1 cm (osteoma osteoide).', en: 'Small ablation zone: best indication in tumours under 1 cm (osteoid osteoma).' } },
  { modality: 'laser', when: (l) => l.metalImplant, effect: 'fits', refs: ['gangi2010'], reason: { it: 'Alternativa quando la radiofrequenza è controindicata da impianti metallici.', en: 'The alternative when metal implants contraindicate radiofrequency.' } },
  { modality: 'laser', when: (l) => big(l), effect: 'possible', refs: ['gangi2010'], reason: { it: 'Per lesioni grandi servono più fibre (fino a 8, a circa 1,5 cm l’una dall’altra).', en: 'Large lesions need several fibres (up to 8, about 1.5 cm apart).' } },
  { modality: 'laser', when: () => true, effect: 'possible', refs: ['gangi2010'], reason: { it: 'Compatibile con la RM; zona di ablazione piccola.', en: 'MR-compatible; small ablation zone.' } },
  // Ethanol
  { modality: 'ethanol', when: (l) => l.aim === 'curative', effect: 'avoid', refs: ['gangi2010'], reason: { it: 'È un trattamento palliativo, non curativo.', en: 'It is a palliative, not a curative, treatment.' } },
  { modality: 'ethanol', when: (l) => l.fractureRisk, effect: 'avoid', refs: ['gangi2010'], reason: { it: 'Indicata solo nei tumori osteolitici non a rischio di frattura patologica.', en: 'Indicated only for osteolytic tumours not at risk of pathological fracture.' } },
  { modality: 'ethanol', when: (l) => l.matrix !== 'lytic', effect: 'avoid', refs: ['gangi2010'], reason: { it: 'Indicata nei tumori osteolitici dolorosi.', en: 'Indicated for painful osteolytic tumours.' } },
  { modality: 'ethanol', when: (l) => l.size === '3to5', effect: 'fits', refs: ['gangi2010'], reason: { it: 'I risultati migliori sono nelle lesioni osteolitiche di 3–6 cm.', en: 'Best results are in osteolytic lesions of 3–6 cm.' } },
  { modality: 'ethanol', when: () => true, effect: 'possible', refs: ['gangi2010'], reason: { it: 'Necrosi di forma ed estensione non sempre prevedibili; mezzo di contrasto prima dell’alcol.', en: 'Necrosis of unpredictable shape and extent; contrast before the alcohol.' } },
];

export interface ModalityVerdict { modality: Modality; fit: Fit; reasons: { text: Localized; refs: readonly string[]; effect: Fit }[] }

/** Any 'avoid' decides; otherwise one 'fits' is enough; otherwise 'possible'. Reasons keep their order. */
export function chooseAblation(l: LesionInput): ModalityVerdict[] {
  return modalities.map((m) => {
    const hits = ablationRules.filter((r) => r.modality === m && r.when(l));
    const fit: Fit = hits.some((h) => h.effect === 'avoid') ? 'avoid' : hits.some((h) => h.effect === 'fits') ? 'fits' : 'possible';
    return { modality: m, fit, reasons: hits.map((h) => ({ text: h.reason, refs: h.refs, effect: h.effect })) };
  });
}

/** Consolidation when the bone may break: cement for flat bones and vertebrae, surgery for long bones (CIRSE). */
export const consolidationAdvice: { text: Localized; refs: readonly string[] } = {
  refs: ['gangi2010'],
  text: { it: 'Con rischio di frattura patologica l’ablazione va associata a un consolidamento: cementoplastica per ossa piatte e vertebre, chirurgia per le ossa lunghe; il cemento solo a temperatura tornata normale.', en: 'With a risk of pathological fracture, combine ablation with consolidation: cementoplasty for flat bones and vertebrae, surgery for long bones; cement only once the temperature is back to normal.' },
};

/** The lesion a learner starts from in the modality chooser (its link format: ./ablation-query.ts). */
export const initialLesion: LesionInput = { aim: 'palliative', size: '1to3', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: false };

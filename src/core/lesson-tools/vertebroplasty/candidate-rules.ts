import type { Localized } from '../../i18n/locales';

/**
 * Vertebroplasty candidate check: every criterion is data with its source (content/references.yaml ids).
 * Indications: any one is enough. Absolute contraindications stop the procedure; relative ones call for
 * a team decision; each names who to consult.
 */
export type CriterionKind = 'indication' | 'absolute' | 'relative' | 'caution';

export interface Criterion {
  id: string;
  kind: CriterionKind;
  label: Localized;
  /** What to do / whom to ask when it applies. */
  action?: Localized;
  refs: readonly string[];
}

export const vpCriteria: readonly Criterion[] = [
  {
    id: 'painful-lytic', kind: 'indication', refs: ['gangi2010', 'seed004-review'],
    label: { it: 'Lesione osteolitica vertebrale dolorosa (metastasi, mieloma, linfoma) con dolore assiale severo', en: 'Painful osteolytic vertebral lesion (metastasis, myeloma, lymphoma) with severe axial pain' },
  },
  {
    id: 'fracture-risk', kind: 'indication', refs: ['gangi2010', 'seed000-lecture'],
    label: { it: 'Metastasi sintomatica a rischio di frattura da compressione', en: 'Symptomatic metastasis at risk of compression fracture' },
  },
  {
    id: 'refractory', kind: 'indication', refs: ['seed000-lecture'],
    label: { it: 'Dolore che non risponde alla terapia convenzionale', en: 'Pain not responding to conventional treatment' },
  },
  {
    id: 'cord-compression', kind: 'absolute', refs: ['seed004-review'],
    label: { it: 'Compressione midollare sintomatica al livello da trattare', en: 'Symptomatic spinal cord compression at the level to treat' },
    action: { it: 'Mai cemento: consulto urgente con il chirurgo vertebrale e il radioterapista (valuta ESCC e NOMS).', en: 'Never cement: urgent consultation with the spine surgeon and the radiation oncologist (assess ESCC and NOMS).' },
  },
  {
    id: 'infection', kind: 'absolute', refs: ['seed004-review', 'gangi2010'],
    label: { it: 'Infezione (anche lontana dal livello)', en: 'Infection (even away from the level)' },
    action: { it: 'Identificare e risolvere l’infezione prima di qualsiasi procedura.', en: 'Identify and resolve the infection before any procedure.' },
  },
  {
    id: 'coagulopathy', kind: 'absolute', refs: ['seed004-review'],
    label: { it: 'Coagulopatia non correggibile', en: 'Uncorrectable coagulopathy' },
    action: { it: 'Consulto ematologico; si procede solo se la coagulazione si corregge.', en: 'Haematology consultation; proceed only if coagulation can be corrected.' },
  },
  {
    id: 'cardiopulmonary', kind: 'absolute', refs: ['seed004-review'],
    label: { it: 'Grave malattia cardiopolmonare', en: 'Severe cardiopulmonary disease' },
    action: { it: 'Consulto anestesiologico e discussione multidisciplinare di alternative.', en: 'Anaesthesia consultation and multidisciplinary discussion of alternatives.' },
  },
  {
    id: 'no-backup', kind: 'absolute', refs: ['seed004-review'],
    label: { it: 'Nessun supporto chirurgico né monitoraggio del paziente', en: 'No surgical back-up or patient monitoring' },
    action: { it: 'Inviare a un centro con chirurgia di supporto e monitoraggio.', en: 'Refer to a centre with surgical back-up and monitoring.' },
  },
  {
    id: 'cannot-lie-prone', kind: 'relative', refs: ['seed004-review'],
    label: { it: 'Impossibilità a restare prono per tutta la procedura', en: 'Cannot lie prone for the whole procedure' },
    action: { it: 'Consulto anestesiologico (sedazione profonda o anestesia generale).', en: 'Anaesthesia consultation (deep sedation or general anaesthesia).' },
  },
  {
    id: 'burst-fracture', kind: 'relative', refs: ['seed004-review'],
    label: { it: 'Frattura acuta da scoppio', en: 'Acute burst fracture' },
    action: { it: 'Parere del chirurgo vertebrale sulla stabilità (SINS).', en: 'Spine surgeon’s opinion on stability (SINS).' },
  },
  {
    id: 'vertebra-plana', kind: 'relative', refs: ['seed004-review'],
    label: { it: 'Perdita completa dell’altezza vertebrale (vertebra plana)', en: 'Complete loss of vertebral height (vertebra plana)' },
    action: { it: 'Discussione nel team multidisciplinare: l’accesso e il riempimento possono non essere fattibili.', en: 'Team discussion: access and filling may not be feasible.' },
  },
  // Not in the review's list: the course's own stability rule (SINS 7 or more → spine surgeon; Fisher 2010),
  // asked here so that an unstable spine never reads as a plain "candidate".
  {
    id: 'instability', kind: 'relative', refs: ['fisher2010', 'laufer2013'],
    label: { it: 'SINS 7 o più, sublussazione o traslazione, o deformità nuova', en: 'SINS 7 or more, subluxation or translation, or a new deformity' },
    action: { it: 'Parere del chirurgo vertebrale sulla stabilità prima del cemento (SINS, NOMS): il cemento consolida il corpo vertebrale, non riallinea la colonna.', en: 'Spine surgeon’s opinion on stability before cement (SINS, NOMS): cement consolidates the vertebral body, it does not realign the spine.' },
  },
  {
    id: 'posterior-wall', kind: 'caution', refs: ['seed004-review', 'gangi2010'],
    label: { it: 'Muro posteriore interrotto o peduncolo breccato', en: 'Broken posterior wall or breached pedicle' },
    action: { it: 'Rischio di fuoriuscita di cemento nel canale: cemento ad alta viscosità, iniezione lenta; nel paziente non operabile con estensione epidurale valutare prima la ionizzazione a radiofrequenza.', en: 'Risk of cement leaking into the canal: high-viscosity cement, slow injection; in an inoperable patient with epidural extension consider RF ionization first.' },
  },
];

export type VpVerdict = 'contraindicated' | 'no-indication' | 'team-decision' | 'candidate';

export interface VpCheck {
  verdict: VpVerdict;
  indications: Criterion[];
  absolute: Criterion[];
  relative: Criterion[];
  cautions: Criterion[];
}

/** Absolute contraindications win over everything; without an indication there is nothing to treat. */
export function checkVertebroplasty(selected: readonly string[]): VpCheck {
  const on = vpCriteria.filter((c) => selected.includes(c.id));
  const of = (k: CriterionKind) => on.filter((c) => c.kind === k);
  const absolute = of('absolute');
  const indications = of('indication');
  const relative = of('relative');
  const verdict: VpVerdict = absolute.length ? 'contraindicated' : indications.length === 0 ? 'no-indication' : relative.length || of('caution').length ? 'team-decision' : 'candidate';
  return { verdict, indications, absolute, relative, cautions: of('caution') };
}

/** The vertebroplasty candidate check as a link: the ticked criteria, `?on=pain-refractory,coagulopathy` (read: ./candidate-query.ts). */
export const candidateQueryString = (on: string[]): string => (on.length ? `?on=${on.join(',')}` : '');

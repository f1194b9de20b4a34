import type { Locale, Localized } from '../../i18n/locales';
import type { VpCriterionId } from './candidate-rules';

/**
 * The vertebroplasty candidate check's wording, both languages (the criteria and the verdict: ./candidate-rules.ts).
 * Only the server imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
export interface CriterionText {
  label: Localized;
  /** What to do / whom to ask when it applies (every contraindication and caution has one). */
  action?: Localized;
}

export const vpCriterionTexts: Record<VpCriterionId, CriterionText> = {
  'painful-lytic': {
    label: { it: 'Lesione osteolitica vertebrale dolorosa (metastasi, mieloma, linfoma) con dolore assiale severo', en: 'Painful osteolytic vertebral lesion (metastasis, myeloma, lymphoma) with severe axial pain' },
  },
  'fracture-risk': {
    label: { it: 'Metastasi sintomatica a rischio di frattura da compressione', en: 'Symptomatic metastasis at risk of compression fracture' },
  },
  refractory: {
    label: { it: 'Dolore che non risponde alla terapia convenzionale', en: 'Pain not responding to conventional treatment' },
  },
  'cord-compression': {
    label: { it: 'Compressione midollare sintomatica al livello da trattare', en: 'Symptomatic spinal cord compression at the level to treat' },
    action: { it: 'Mai cemento: consulto urgente con il chirurgo vertebrale e il radioterapista (valuta ESCC e NOMS).', en: 'Never cement: urgent consultation with the spine surgeon and the radiation oncologist (assess ESCC and NOMS).' },
  },
  infection: {
    label: { it: 'Infezione (anche lontana dal livello)', en: 'Infection (even away from the level)' },
    action: { it: 'Identificare e risolvere l’infezione prima di qualsiasi procedura.', en: 'Identify and resolve the infection before any procedure.' },
  },
  coagulopathy: {
    label: { it: 'Coagulopatia non correggibile', en: 'Uncorrectable coagulopathy' },
    action: { it: 'Consulto ematologico; si procede solo se la coagulazione si corregge.', en: 'Haematology consultation; proceed only if coagulation can be corrected.' },
  },
  cardiopulmonary: {
    label: { it: 'Grave malattia cardiopolmonare', en: 'Severe cardiopulmonary disease' },
    action: { it: 'Consulto anestesiologico e discussione multidisciplinare di alternative.', en: 'Anaesthesia consultation and multidisciplinary discussion of alternatives.' },
  },
  'no-backup': {
    label: { it: 'Nessun supporto chirurgico né monitoraggio del paziente', en: 'No surgical back-up or patient monitoring' },
    action: { it: 'Inviare a un centro con chirurgia di supporto e monitoraggio.', en: 'Refer to a centre with surgical back-up and monitoring.' },
  },
  'cannot-lie-prone': {
    label: { it: 'Impossibilità a restare prono per tutta la procedura', en: 'Cannot lie prone for the whole procedure' },
    action: { it: 'Consulto anestesiologico (sedazione profonda o anestesia generale).', en: 'Anaesthesia consultation (deep sedation or general anaesthesia).' },
  },
  'burst-fracture': {
    label: { it: 'Frattura acuta da scoppio', en: 'Acute burst fracture' },
    action: { it: 'Parere del chirurgo vertebrale sulla stabilità (SINS).', en: 'Spine surgeon’s opinion on stability (SINS).' },
  },
  'vertebra-plana': {
    label: { it: 'Perdita completa dell’altezza vertebrale (vertebra plana)', en: 'Complete loss of vertebral height (vertebra plana)' },
    action: { it: 'Discussione nel team multidisciplinare: l’accesso e il riempimento possono non essere fattibili.', en: 'Team discussion: access and filling may not be feasible.' },
  },
  instability: {
    label: { it: 'SINS 7 o più, sublussazione o traslazione, o deformità nuova', en: 'SINS 7 or more, subluxation or translation, or a new deformity' },
    action: { it: 'Parere del chirurgo vertebrale sulla stabilità prima del cemento (SINS, NOMS): il cemento consolida il corpo vertebrale, non riallinea la colonna.', en: 'Spine surgeon’s opinion on stability before cement (SINS, NOMS): cement consolidates the vertebral body, it does not realign the spine.' },
  },
  'posterior-wall': {
    label: { it: 'Muro posteriore interrotto o peduncolo con corticale interrotta', en: 'Broken posterior wall or breached pedicle' },
    action: { it: 'Rischio di fuoriuscita di cemento nel canale: cemento ad alta viscosità, iniezione lenta; nel paziente non operabile con estensione epidurale valutare prima la ionizzazione a radiofrequenza.', en: 'Risk of cement leaking into the canal: high-viscosity cement, slow injection; in an inoperable patient with epidural extension consider RF ionization first.' },
  },
};

/** One language's wording, as the island receives it: criterion id → label and action. */
export type VpCheckTexts = Record<VpCriterionId, { label: string; action?: string }>;

export function vpCheckTextsIn(lang: Locale): VpCheckTexts {
  const out = {} as VpCheckTexts;
  for (const [id, t] of Object.entries(vpCriterionTexts) as [VpCriterionId, CriterionText][]) {
    out[id] = t.action ? { label: t.label[lang], action: t.action[lang] } : { label: t.label[lang] };
  }
  return out;
}

import type { Localized } from '../../i18n/locales';
import { mechanicalReasonTexts, type MechanicalReason } from '../sins/mechanical-indication';

/**
 * The NOMS decision rules, one entry per branch, each with its source. A result lists the rules that
 * fired, in order, so every view can show why it recommends what it does. The mechanical rules are the
 * SINS module's own (one wording for the SINS calculator, the NOMS calculator and the A4 walkthrough).
 */
export type NomsRuleId =
  | 'radiosensitive-any-escc'
  | 'radioresistant-low-grade'
  | 'radioresistant-high-grade-fit'
  | 'radioresistant-high-grade-unfit'
  | 'deficit-low-grade-noted'
  | 'symptomatic-compression-urgent-review'
  | 'symptomatic-compression-no-cement'
  | MechanicalReason
  | 'stabilization-in-separation-surgery'
  | 'stabilization-unfit-percutaneous'
  | 'stabilization-surgical-only'
  | 'stabilization-not-possible';

export interface NomsRule {
  id: NomsRuleId;
  /** The condition, in words. */
  when: Localized;
  /** What follows from it. */
  then: Localized;
  refs: readonly string[];
}

const mechanicalRule = (id: MechanicalReason): NomsRule => ({ id, ...mechanicalReasonTexts[id] });

export const nomsRules: Readonly<Record<NomsRuleId, NomsRule>> = {
  'radiosensitive-any-escc': {
    id: 'radiosensitive-any-escc',
    when: { it: 'Istotipo radiosensibile, qualunque grado ESCC', en: 'Radiosensitive histology, any ESCC grade' },
    then: { it: 'Radioterapia convenzionale (cEBRT).', en: 'Conventional radiotherapy (cEBRT).' },
    refs: ['laufer2013'],
  },
  'radioresistant-low-grade': {
    id: 'radioresistant-low-grade',
    when: { it: 'Istotipo radioresistente, ESCC di basso grado (0–1c)', en: 'Radioresistant histology, low-grade ESCC (0–1c)' },
    then: { it: 'Radiochirurgia stereotassica (SRS).', en: 'Stereotactic radiosurgery (SRS).' },
    refs: ['laufer2013', 'bilsky2010'],
  },
  'radioresistant-high-grade-fit': {
    id: 'radioresistant-high-grade-fit',
    when: {
      it: 'Istotipo radioresistente, ESCC di alto grado (2–3), paziente in grado di sostenere l’intervento',
      en: 'Radioresistant histology, high-grade ESCC (2–3), patient able to tolerate surgery',
    },
    then: { it: 'Chirurgia di separazione, poi SRS.', en: 'Separation surgery, then SRS.' },
    refs: ['laufer2013', 'bilsky2010'],
  },
  'radioresistant-high-grade-unfit': {
    id: 'radioresistant-high-grade-unfit',
    when: {
      it: 'Istotipo radioresistente, ESCC di alto grado (2–3), paziente che non tollera l’intervento',
      en: 'Radioresistant histology, high-grade ESCC (2–3), patient unable to tolerate surgery',
    },
    then: { it: 'Radioterapia convenzionale (cEBRT) a scopo palliativo.', en: 'Palliative conventional radiotherapy (cEBRT).' },
    refs: ['laufer2013'],
  },
  'deficit-low-grade-noted': {
    id: 'deficit-low-grade-noted',
    when: { it: 'Deficit neurologico con compressione di basso grado (0–1c)', en: 'Neurological deficit with low-grade compression (0–1c)' },
    then: {
      it: 'Il midollo non è compresso: il deficit va registrato e spiegato, ma non cambia il percorso NOMS.',
      en: 'The cord is not compressed: the deficit is recorded and needs explaining, but it does not change the NOMS path.',
    },
    refs: ['laufer2013'],
  },
  'symptomatic-compression-urgent-review': {
    id: 'symptomatic-compression-urgent-review',
    when: {
      it: 'Deficit neurologico da compressione di alto grado, tumore radiosensibile, paziente in grado di sostenere l’intervento',
      en: 'Neurological deficit from high-grade compression, radiosensitive tumour, patient able to tolerate surgery',
    },
    then: {
      it: 'Consulto urgente con il chirurgo vertebrale accanto alla cEBRT: qui le fonti non concordano.',
      en: 'Urgent spine surgery consultation alongside cEBRT: the sources disagree here.',
    },
    refs: ['laufer2013', 'seed003-encyclopedia'],
  },
  'symptomatic-compression-no-cement': {
    id: 'symptomatic-compression-no-cement',
    when: {
      it: 'Deficit neurologico da compressione di alto grado (compressione midollare sintomatica)',
      en: 'Neurological deficit from high-grade compression (symptomatic spinal cord compression)',
    },
    then: {
      it: 'Niente cemento percutaneo a questo livello: è una controindicazione assoluta alla vertebroplastica.',
      en: 'No percutaneous cement at this level: it is an absolute contraindication to vertebroplasty.',
    },
    refs: ['seed004-review'],
  },
  'sins-stable': mechanicalRule('sins-stable'),
  'sins-indeterminate': mechanicalRule('sins-indeterminate'),
  'sins-unstable': mechanicalRule('sins-unstable'),
  'mechanical-pain': mechanicalRule('mechanical-pain'),
  'stabilization-in-separation-surgery': {
    id: 'stabilization-in-separation-surgery',
    when: { it: 'Stabilizzazione indicata e chirurgia di separazione prevista', en: 'Stabilization indicated and separation surgery planned' },
    then: {
      it: 'La fissazione strumentata si esegue nello stesso intervento.',
      en: 'Instrumented fixation is done in the same operation.',
    },
    refs: ['laufer2013'],
  },
  'stabilization-unfit-percutaneous': {
    id: 'stabilization-unfit-percutaneous',
    when: {
      it: 'Stabilizzazione indicata, paziente che non tollera la chirurgia, nessuna compressione midollare sintomatica',
      en: 'Stabilization indicated, patient unable to tolerate surgery, no symptomatic cord compression',
    },
    then: {
      it: 'Cementoplastica percutanea (vertebroplastica o cifoplastica).',
      en: 'Percutaneous cement augmentation (vertebroplasty or kyphoplasty).',
    },
    refs: ['laufer2013', 'seed004-review'],
  },
  'stabilization-surgical-only': {
    id: 'stabilization-surgical-only',
    when: {
      it: 'Stabilizzazione indicata, compressione midollare sintomatica, paziente operabile',
      en: 'Stabilization indicated, symptomatic cord compression, patient fit for surgery',
    },
    then: { it: 'Decompressione e stabilizzazione chirurgica, senza cemento.', en: 'Surgical decompression and stabilization, without cement.' },
    refs: ['seed004-review', 'seed003-encyclopedia'],
  },
  'stabilization-not-possible': {
    id: 'stabilization-not-possible',
    when: {
      it: 'Stabilizzazione indicata, compressione midollare sintomatica, paziente non operabile',
      en: 'Stabilization indicated, symptomatic cord compression, patient unable to tolerate surgery',
    },
    then: {
      it: 'Né chirurgia né cemento: ortesi, analgesia, radioterapia urgente e rivalutazione nel team multidisciplinare.',
      en: 'Neither surgery nor cement: brace, analgesia, urgent radiotherapy and team reassessment.',
    },
    refs: ['seed004-review'],
  },
};

/**
 * Notes a result carries where the sources disagree or a danger must be named; every view shows them
 * next to the recommendation, in both languages.
 */
export type NomsNoteId = 'symptomatic-compression-urgent' | 'deficit-sources-disagree' | 'cement-contraindicated' | 'cement-epidural-caution';

export interface NomsNote {
  id: NomsNoteId;
  kind: 'discrepancy' | 'pitfall';
  title: Localized;
  text: Localized;
  refs: readonly string[];
}

export const nomsNotes: Readonly<Record<NomsNoteId, NomsNote>> = {
  'symptomatic-compression-urgent': {
    id: 'symptomatic-compression-urgent',
    kind: 'pitfall',
    title: { it: 'Deficit neurologico: trattamento urgente', en: 'Neurological deficit: urgent treatment' },
    text: {
      it: 'Un deficit neurologico da compressione di alto grado rende urgente il trattamento, su qualunque percorso: il trattamento precoce è obbligatorio per prevenire o trattare ogni compressione neurologica (Neurosurgery Wiki, 2024). Il chirurgo vertebrale e il radioterapista vedono il paziente subito, senza attendere l’uno la decisione dell’altro.',
      en: 'A neurological deficit from high-grade compression makes treatment urgent, on every path: early treatment is mandatory to prevent or treat any neurological compression (Neurosurgery Wiki, 2024). The spine surgeon and the radiation oncologist see the patient at once, neither waiting for the other’s decision.',
    },
    refs: ['seed003-encyclopedia'],
  },
  'deficit-sources-disagree': {
    id: 'deficit-sources-disagree',
    kind: 'discrepancy',
    title: { it: 'Deficit neurologico: il NOMS e la visione chirurgica', en: 'Neurological deficit: NOMS and the surgical view' },
    text: {
      it: 'Nel NOMS (Laufer e colleghi, 2013) un tumore radiosensibile si tratta con la radioterapia convenzionale anche quando comprime il midollo e dà un deficit. La voce della Neurosurgery Wiki sulle metastasi vertebrali (2024) sostiene invece che la chirurgia resta il cardine del trattamento nel paziente con deficit neurologico e che il trattamento precoce è obbligatorio. Per questo, se il paziente può sostenere un intervento, il chirurgo vertebrale va sentito subito; la radioterapia non si rimanda in attesa della decisione.',
      en: 'In NOMS (Laufer and colleagues, 2013) a radiosensitive tumour is treated with conventional radiotherapy even when it compresses the cord and causes a deficit. The Neurosurgery Wiki entry on vertebral metastases (2024) holds instead that surgery remains the mainstay for patients with a neurological deficit and that early treatment is mandatory. So, if the patient can tolerate an operation, the spine surgeon is consulted at once; radiotherapy is not put off while the decision is made.',
    },
    refs: ['laufer2013', 'seed003-encyclopedia'],
  },
  'cement-contraindicated': {
    id: 'cement-contraindicated',
    kind: 'pitfall',
    title: { it: 'Niente cemento a questo livello', en: 'No cement at this level' },
    text: {
      it: 'Una compressione midollare sintomatica al livello da trattare è una controindicazione assoluta alla vertebroplastica (Salapura e Jeromel, 2014). Il cemento non decomprime e una fuoriuscita nel canale peggiorerebbe il deficit. Per l’ablazione con radiofrequenza la revisione indica le stesse controindicazioni, e noi le applichiamo a ogni tecnica di ablazione: niente ablazione a questo livello.',
      en: 'Symptomatic spinal cord compression at the level to be treated is an absolute contraindication to vertebroplasty (Salapura and Jeromel, 2014). Cement does not decompress, and a leak into the canal would worsen the deficit. For radiofrequency ablation the review gives the same contraindications, and we apply them to every ablation technique: no ablation at this level either.',
    },
    refs: ['seed004-review'],
  },
  'cement-epidural-caution': {
    id: 'cement-epidural-caution',
    kind: 'pitfall',
    title: { it: 'Cemento con compressione di alto grado asintomatica', en: 'Cement with asymptomatic high-grade compression' },
    text: {
      it: 'Senza deficit neurologico la compressione non controindica il cemento, ma un difetto del muro posteriore o della parete del peduncolo è un fattore di rischio riconosciuto di fuoriuscita del cemento, e nel canale una fuoriuscita può dare gravi danni neurologici (Salapura e Jeromel, 2014). Ricontrollare l’esame neurologico subito prima: se compare un deficit, il cemento a quel livello non è più un’opzione.',
      en: 'Without a neurological deficit the compression does not contraindicate cement, but a defect of the posterior vertebral wall or a breached pedicle wall is a recognized risk factor for cement leakage, and leakage into the canal can cause severe neurological harm (Salapura and Jeromel, 2014). Re-examine the patient just before: if a deficit appears, cement at that level is no longer an option.',
    },
    refs: ['seed004-review'],
  },
};

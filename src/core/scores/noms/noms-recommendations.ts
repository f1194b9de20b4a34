import type { Localized } from '../../i18n/locales';

/**
 * What NOMS can recommend (Laufer et al., The Oncologist 2013; laufer2013), as ordered steps. The
 * neurologic and oncologic assessments choose the radiation path; the mechanical assessment adds a step
 * before it; a neurological deficit from high-grade compression makes the case urgent and rules out cement
 * at the level (seed004-review); the systemic assessment decides whether surgery is possible.
 * These texts are the only wording of each step: the NOMS calculator and the A4 walkthrough both use them.
 */
export type NomsRadiationCode = 'cebrt' | 'palliative-cebrt' | 'srs' | 'separation-surgery-srs';
export type NomsPreStepCode =
  | 'urgent-surgical-consultation'
  | 'surgical-consultation'
  | 'stabilization-or-augmentation'
  | 'cement-augmentation'
  | 'surgical-stabilization'
  | 'orthosis-no-cement';
export type NomsStepCode = NomsPreStepCode | NomsRadiationCode;

export interface RecommendationText {
  label: Localized;
  /** A few words, for a summary line or a flowchart box. */
  short: Localized;
  explanation: Localized;
  /** A fall-back or add-on that the sources mention. */
  alternative?: Localized;
}

export const stepTexts: Readonly<Record<NomsStepCode, RecommendationText>> = {
  cebrt: {
    label: { it: 'Radioterapia convenzionale a fasci esterni (cEBRT)', en: 'Conventional external beam radiotherapy (cEBRT)' },
    short: { it: 'cEBRT', en: 'cEBRT' },
    explanation: {
      it: 'Negli istotipi radiosensibili la radioterapia convenzionale controlla il tumore anche quando comprime il midollo, senza decompressione chirurgica preliminare.',
      en: 'In radiosensitive histologies conventional radiotherapy controls the tumour even when it compresses the cord, with no decompressive surgery beforehand.',
    },
    alternative: {
      it: 'Se il dolore persiste dopo la radioterapia: ablazione percutanea secondo le indicazioni di Wallace (algoritmo A5), ma non a un livello con compressione midollare sintomatica, che controindica la radiofrequenza come la vertebroplastica (Salapura e Jeromel, 2014; noi lo applichiamo a ogni tecnica).',
      en: 'If pain persists after radiotherapy: percutaneous ablation according to the Wallace indications (algorithm A5), but not at a level with symptomatic cord compression, which contraindicates radiofrequency ablation as it does vertebroplasty (Salapura and Jeromel, 2014; we apply it to every technique).',
    },
  },
  'palliative-cebrt': {
    label: { it: 'Radioterapia convenzionale (cEBRT) a scopo palliativo', en: 'Palliative conventional radiotherapy (cEBRT)' },
    short: { it: 'cEBRT palliativa', en: 'Palliative cEBRT' },
    explanation: {
      it: 'Il paziente non tollera la chirurgia di separazione: resta la radioterapia convenzionale, sapendo che in un istotipo radioresistente il controllo locale sarà meno duraturo.',
      en: 'The patient cannot tolerate separation surgery: conventional radiotherapy remains, with the understanding that local control of a radioresistant histology will be less durable.',
    },
    alternative: {
      it: 'Se il dolore persiste: ablazione percutanea, perché i tumori radioresistenti sono un’indicazione di Wallace (algoritmo A5), ma non a un livello con compressione midollare sintomatica.',
      en: 'If pain persists: percutaneous ablation, since radioresistant tumours are a Wallace indication (algorithm A5), but not at a level with symptomatic cord compression.',
    },
  },
  srs: {
    label: { it: 'Radiochirurgia stereotassica (SRS)', en: 'Stereotactic radiosurgery (SRS)' },
    short: { it: 'SRS', en: 'SRS' },
    explanation: {
      it: 'La dose ablativa e conformata della radiochirurgia supera la radioresistenza; con una compressione di basso grado il midollo è abbastanza lontano da poter essere risparmiato. Wallace e colleghi la consigliano con aspettativa di vita oltre 6 mesi, buon performance status e poche metastasi viscerali.',
      en: 'The ablative, conformal dose of radiosurgery overcomes radioresistance; with low-grade compression the cord is far enough away to be spared. Wallace and colleagues advise it when life expectancy exceeds 6 months, performance status is good and visceral spread is limited.',
    },
    alternative: {
      it: 'Ablazione percutanea, con o senza cemento, se la radioterapia non è possibile o non basta (algoritmo A5). Con malattia epidurale e senza corticale integra fra tumore e midollo o radici nervose, la termoablazione è relativamente controindicata: protezione e monitoraggio termico, decisione del team multidisciplinare.',
      en: 'Percutaneous ablation, with or without cement, if radiotherapy is not possible or not enough (algorithm A5). With epidural disease and no intact cortex between tumour and cord or nerve roots, thermal ablation is relatively contraindicated: thermal protection and monitoring, team decision.',
    },
  },
  'separation-surgery-srs': {
    label: { it: 'Chirurgia di separazione seguita da SRS', en: 'Separation surgery followed by SRS' },
    short: { it: 'Chirurgia di separazione + SRS', en: 'Separation surgery + SRS' },
    explanation: {
      it: 'L’intervento decomprime il midollo e crea un margine tra tumore e midollo, così che la radiochirurgia successiva possa erogare la dose piena in sicurezza. Nello stesso intervento la colonna viene stabilizzata con strumentazione, per cui anche un’indicazione meccanica si risolve qui.',
      en: 'The operation decompresses the cord and opens a margin between tumour and cord, so that the radiosurgery that follows can deliver a full dose safely. The same operation stabilizes the spine with instrumentation, so any mechanical indication is dealt with here too.',
    },
  },
  'urgent-surgical-consultation': {
    label: { it: 'Consulto urgente con il chirurgo vertebrale', en: 'Urgent spine surgery consultation' },
    short: { it: 'Consulto chirurgico urgente', en: 'Urgent surgical consultation' },
    explanation: {
      it: 'La compressione causa un deficit neurologico: il trattamento è urgente. Il chirurgo vertebrale valuta subito se la decompressione chirurgica debba precedere la radioterapia, senza ritardarla.',
      en: 'The compression is causing a neurological deficit: treatment is urgent. A spine surgeon assesses at once whether surgical decompression should come before radiotherapy, without delaying it.',
    },
  },
  'surgical-consultation': {
    label: { it: 'Valutazione chirurgica (colonna potenzialmente instabile)', en: 'Surgical consultation (potentially unstable spine)' },
    short: { it: 'Valutazione chirurgica', en: 'Surgical consultation' },
    explanation: {
      it: 'SINS 7–12 senza dolore meccanico: la colonna è potenzialmente instabile. Prima della radioterapia il chirurgo vertebrale valuta la stabilità; se stabilizzare, e se con la chirurgia o con il cemento (quando nessuna controindicazione lo esclude), si decide con lui.',
      en: 'SINS 7–12 without mechanical pain: the spine is potentially unstable. Before radiotherapy a spine surgeon assesses stability; whether to stabilize, and whether surgically or with cement (where no contraindication rules it out), is decided with them.',
    },
  },
  'stabilization-or-augmentation': {
    label: { it: 'Stabilizzazione o cementoplastica', en: 'Stabilization or cement augmentation' },
    short: { it: 'Stabilizzazione o cementoplastica', en: 'Stabilization or cement augmentation' },
    explanation: {
      it: 'L’instabilità (SINS 13–18) o il dolore meccanico, legato al movimento, sono un’indicazione a sé alla stabilizzazione, qualunque sia la fascia SINS, il grado di compressione o la radiosensibilità: la radioterapia non corregge né l’una né l’altro. Il chirurgo vertebrale sceglie fra stabilizzazione chirurgica (aperta o mininvasiva) e cementoplastica percutanea (vertebroplastica o cifoplastica); poi segue la radioterapia indicata.',
      en: 'Instability (SINS 13–18) or mechanical, movement-related pain is an indication of its own for stabilization, whatever the SINS band, the compression grade or the radiosensitivity: radiotherapy corrects neither. A spine surgeon chooses between surgical stabilization (open or minimally invasive) and percutaneous cement augmentation (vertebroplasty or kyphoplasty); the indicated radiation follows.',
    },
    alternative: {
      it: 'Ablazione associata alla vertebroplastica quando prevale il dolore (algoritmo A5: lesione dolorosa con frattura imminente). Con malattia epidurale e senza corticale integra fra tumore e midollo o radici nervose, la termoablazione è relativamente controindicata: protezione e monitoraggio termico, decisione del team multidisciplinare.',
      en: 'Ablation combined with vertebroplasty when pain dominates (algorithm A5: painful lesion with impending fracture). With epidural disease and no intact cortex between tumour and cord or nerve roots, thermal ablation is relatively contraindicated: thermal protection and monitoring, team decision.',
    },
  },
  'cement-augmentation': {
    label: { it: 'Cementoplastica percutanea (vertebroplastica o cifoplastica)', en: 'Percutaneous cement augmentation (vertebroplasty or kyphoplasty)' },
    short: { it: 'Cementoplastica', en: 'Cement augmentation' },
    explanation: {
      it: 'La stabilizzazione è indicata (SINS 13–18 o dolore meccanico), ma il paziente non tollera la chirurgia: la cementoplastica percutanea è la via mininvasiva, seguita dalla radioterapia indicata. Prima vanno escluse le controindicazioni, fra cui la compressione midollare sintomatica al livello. Il cemento consolida il corpo vertebrale: non riduce una sublussazione o una traslazione e non sostituisce gli elementi posteriori distrutti; frattura da scoppio acuta e vertebra plana sono controindicazioni relative (Salapura e Jeromel, 2014). Se il SINS dipende da questi reperti, si decide con il chirurgo vertebrale prima del cemento.',
      en: 'Stabilization is indicated (SINS 13–18 or mechanical pain) but the patient cannot tolerate surgery: percutaneous cement augmentation is the minimally invasive route, followed by the indicated radiation. The contraindications come first, symptomatic cord compression at the level among them. Cement consolidates the vertebral body: it does not reduce a subluxation or translation, nor replace destroyed posterior elements; an acute burst fracture and vertebra plana are relative contraindications (Salapura and Jeromel, 2014). If the SINS rests on these findings, decide with the spine surgeon before cement.',
    },
    alternative: {
      it: 'Ablazione prima del cemento quando prevale il dolore (algoritmo A5). Con malattia epidurale e senza corticale integra fra tumore e midollo o radici nervose, la termoablazione è relativamente controindicata: protezione e monitoraggio termico, decisione del team multidisciplinare.',
      en: 'Ablation before the cement when pain dominates (algorithm A5). With epidural disease and no intact cortex between tumour and cord or nerve roots, thermal ablation is relatively contraindicated: thermal protection and monitoring, team decision.',
    },
  },
  'surgical-stabilization': {
    label: { it: 'Decompressione e stabilizzazione chirurgica, niente cemento a questo livello', en: 'Surgical decompression and stabilization, no cement at this level' },
    short: { it: 'Decompressione e stabilizzazione chirurgica', en: 'Surgical decompression and stabilization' },
    explanation: {
      it: 'La stabilizzazione è indicata e la compressione midollare è sintomatica: a questo livello il cemento percutaneo è controindicato, quindi la stabilizzazione è chirurgica, insieme alla decompressione, prima della radioterapia indicata.',
      en: 'Stabilization is indicated and the cord compression is symptomatic: percutaneous cement is contraindicated at this level, so stabilization is surgical, together with decompression, before the indicated radiation.',
    },
  },
  'orthosis-no-cement': {
    label: { it: 'Niente cemento a questo livello: ortesi, analgesia e rivalutazione nel team multidisciplinare', en: 'No cement at this level: brace, analgesia and team reassessment' },
    short: { it: 'Ortesi, niente cemento', en: 'Brace, no cement' },
    explanation: {
      it: 'La stabilizzazione sarebbe indicata, ma il paziente non tollera la chirurgia e la compressione midollare sintomatica controindica il cemento percutaneo a questo livello. Restano il supporto esterno (ortesi), l’analgesia e la radioterapia urgente: misure di supporto che le fonti qui usate non discutono, indicate qui come ripiego prudente. Il team multidisciplinare rivaluta se cambiano il quadro neurologico o le condizioni generali.',
      en: 'Stabilization would be indicated, but the patient cannot tolerate surgery and symptomatic cord compression contraindicates percutaneous cement at this level. What remains is external support (a brace), analgesia and urgent radiotherapy: supportive measures the sources used here do not discuss, given here as the cautious fall-back. The multidisciplinary team reassesses if the neurological picture or the general condition changes.',
    },
  },
};

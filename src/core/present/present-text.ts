import type { Locale, Localized } from '../i18n/locales';
import type { CaseTechnique } from '../content/case-schema';

/**
 * The fixed wording of generated decks: slide titles, fact labels and speaker-note prompts. It lives with
 * the builders (not in the UI strings) because it is part of the deck data, built for both languages.
 */
/**
 * The few words a lecture assembled in the browser adds (outline, merged references, own slides): apart,
 * so the playlist page ships these and not every deck's wording.
 */
const agendaTitle: Localized = { it: 'Scaletta della lezione', en: 'Lecture outline' };
const referencesTitle: Localized = { it: 'Bibliografia', en: 'References' };
const agendaNote: Localized = {
  it: 'Presentate la scaletta: ogni voce è un blocco con la propria diapositiva di titolo.',
  en: 'Walk through the outline: each item is a block with its own title slide.',
};
const referencesNote: Localized = {
  it: 'Tutti i riferimenti della lezione in un unico elenco, senza doppioni.',
  en: 'Every reference of this lecture in one list, without repeats.',
};
const ownSlideNote: Localized = { it: 'Diapositiva vostra (nessuna nota: aggiungetele dopo «Notes:»).', en: 'Your own slide (no notes: add them after "Notes:").' };
// Plain names, not properties, in the tables below: bundlers then drop the tables a page does not use.
export const lectureText = { agendaTitle, referencesTitle, agendaNote, referencesNote, ownSlideNote } as const;

export const slideTitles = {
  presentation: { it: 'Presentazione clinica', en: 'Clinical presentation' },
  imaging: { it: 'Reperti di imaging', en: 'Imaging findings' },
  question: { it: "Domanda all’aula", en: 'Question for the room' },
  decision: { it: 'Decisione', en: 'Decision' },
  procedure: { it: 'Procedura', en: 'Procedure' },
  outcome: { it: 'Esito', en: 'Outcome' },
  teachingPoints: { it: 'Messaggi chiave', en: 'Teaching points' },
  references: referencesTitle,
  objectives: { it: 'Obiettivi di apprendimento', en: 'Learning objectives' },
  keyPoints: { it: 'Punti chiave', en: 'Key points' },
  selfCheck: { it: 'Autovalutazione', en: 'Self-check' },
  agenda: agendaTitle,
  recommendation: { it: 'Raccomandazione', en: 'Recommendation' },
  map: { it: "Mappa dell’algoritmo", en: 'Map of the algorithm' },
} as const satisfies Record<string, Localized>;

export const labels = {
  patient: { it: 'Paziente', en: 'Patient' },
  site: { it: 'Sede', en: 'Site' },
  histology: { it: 'Istotipo', en: 'Histology' },
  techniques: { it: 'Tecniche', en: 'Techniques' },
  approach: { it: 'Accesso', en: 'Approach' },
  source: { it: 'Fonte', en: 'Source' },
  module: { it: 'Modulo', en: 'Module' },
  answer: { it: 'Risposta', en: 'Answer' },
  answerNext: { it: 'La risposta compare al clic successivo.', en: 'The answer appears on the next click.' },
  answers: { it: 'Risposte corrette', en: 'Correct answers' },
  why: { it: 'Perché conta', en: 'Why it matters' },
  alternatives: { it: 'Altre opzioni e avvertenze', en: 'Other options and caveats' },
  result: { it: 'Risultato', en: 'Result' },
  sourceTotal: { it: 'Totale riportato dalla fonte', en: 'Total stated by the source' },
  openCalculator: { it: 'Apri il calcolatore con i dati del caso', en: 'Open the calculator with the case data' },
  numericAnswerHint: { it: 'Risposta numerica', en: 'Numeric answer' },
  item: { it: 'Voce', en: 'Item' },
  finding: { it: 'Reperto (punti)', en: 'Finding (points)' },
  after: { it: 'Dopo', en: 'After' },
  /** The kind of a note attached to a recommendation, as its slide's lead-in. */
  noteDiscrepancy: { it: 'Le fonti non concordano', en: 'Sources disagree' },
  notePitfall: { it: 'Attenzione', en: 'Caution' },
  noteReading: { it: 'Nostra lettura della fonte', en: 'Our reading of the source' },
} as const satisfies Record<string, Localized>;

export const notePrompts = {
  fromTimeline: { it: 'Dalla cronologia del caso:', en: 'From the case timeline:' },
  noTimeline: { it: 'La cronologia del caso non aggiunge altro a questa fase.', en: 'The case timeline adds nothing further at this stage.' },
  presentation: {
    it: "Prima di mostrare l’imaging chiedete all’aula quali esami richiederebbe e perché.",
    en: 'Before showing the imaging, ask the room which tests they would order and why.',
  },
  imaging: {
    it: "Fate descrivere i reperti all’aula prima di commentarli voi.",
    en: 'Let the room describe the findings before you comment on them.',
  },
  question: {
    it: "Fate votare l’aula (per alzata di mano o a voce), poi mostrate la risposta e la spiegazione un passo alla volta.",
    en: 'Let the room vote (show of hands or aloud), then reveal the answer and the explanation one step at a time.',
  },
  score: {
    it: 'Il collegamento apre il calcolatore con i dati del caso già inseriti: utile per mostrare come cambia il totale modificando una voce.',
    en: 'The link opens the calculator with the case data already filled in: handy to show how the total changes when one item changes.',
  },
  decision: {
    it: "Prima di passare alla procedura discutete le alternative che l’aula avrebbe scelto.",
    en: 'Before moving on to the procedure, discuss the alternatives the room would have chosen.',
  },
  teaching: {
    it: 'Mostrate un messaggio alla volta e collegatelo ai moduli del corso',
    en: 'Reveal one point at a time and link it to the course modules',
  },
  caseReferences: {
    it: 'Il primo riferimento è la fonte da cui viene il caso; gli altri sostengono le risposte e i messaggi chiave.',
    en: 'The first reference is the source the case comes from; the others back the answers and teaching points.',
  },
  objectives: {
    it: "Dite all’inizio che cosa i partecipanti sapranno fare alla fine e riprendete gli obiettivi in chiusura.",
    en: 'Say at the start what participants will be able to do at the end, and return to the objectives when you close.',
  },
  keyPoints: {
    it: "Mostrate un punto alla volta; per ciascuno chiedete all’aula un esempio dalla pratica clinica.",
    en: 'Reveal one point at a time; for each, ask the room for an example from clinical practice.',
  },
  selfCheck: {
    it: "Lasciate rispondere l’aula prima di mostrare la risposta.",
    en: 'Let the room answer before revealing the answer.',
  },
  lessonReferences: {
    it: "I riferimenti citati nella lezione, nell’ordine della bibliografia.",
    en: 'The references cited in the lesson, in bibliography order.',
  },
  algorithmQuestion: {
    it: "Lasciate scegliere l’aula, poi mostrate perché la domanda conta. Le opzioni portano a:",
    en: 'Let the room choose, then reveal why the question matters. The options lead to:',
  },
  reachedFrom: { it: 'Si arriva qui da:', en: 'Reached from:' },
  widget: {
    it: 'Lo strumento è attivo sulla diapositiva: fate proporre all’aula i valori, inseriteli e commentate il risultato. I tasti di navigazione tornano alle diapositive quando il cursore non è in un campo.',
    en: 'The tool is live on the slide: let the room propose the values, enter them and discuss the result. The navigation keys move the slides again once the cursor is out of a field.',
  },
  recommendationNote: {
    it: 'Nota della raccomandazione precedente: leggetela prima di passare oltre, vale per questo paziente.',
    en: 'A note on the previous recommendation: read it out before moving on; it applies to this patient.',
  },
  ownSlide: ownSlideNote,
  lectureReferences: referencesNote,
  figure: {
    it: "Fate descrivere lo schema all’aula prima di commentarlo; Alt+clic ingrandisce un dettaglio.",
    en: 'Let the room describe the drawing before you comment on it; Alt+click zooms into a detail.',
  },
  map: {
    it: "La mappa mostra l’intero algoritmo: ogni diapositiva successiva evidenzia il percorso fatto fin lì.",
    en: 'The map shows the whole algorithm: each following slide lights the path taken so far.',
  },
  algorithmReferences: {
    it: "Le fonti su cui si basa l’intero algoritmo.",
    en: 'The sources the whole algorithm rests on.',
  },
  sources: { it: 'Fonti', en: 'Sources' },
  onlineLesson: { it: 'La lezione completa è online', en: 'The full lesson is online' },
  onlineAlgorithm: { it: 'Percorso interattivo', en: 'Interactive walkthrough' },
  agenda: agendaNote,
} as const satisfies Record<string, Localized>;

const techniqueLabels: Readonly<Record<CaseTechnique, Localized>> = {
  vertebroplasty: { it: 'vertebroplastica', en: 'vertebroplasty' },
  kyphoplasty: { it: 'cifoplastica', en: 'kyphoplasty' },
  vesselplasty: { it: 'vesselplastica', en: 'vesselplasty' },
  osteoplasty: { it: 'osteoplastica', en: 'osteoplasty' },
  'radiofrequency-ablation': { it: 'ablazione con radiofrequenza', en: 'radiofrequency ablation' },
  'microwave-ablation': { it: 'ablazione con microonde', en: 'microwave ablation' },
  cryoablation: { it: 'crioablazione', en: 'cryoablation' },
  'laser-ablation': { it: 'ablazione laser', en: 'laser ablation' },
  mrgfus: { it: 'ultrasuoni focalizzati guidati da RM (MRgFUS)', en: 'MR-guided focused ultrasound (MRgFUS)' },
  'arterial-embolization': { it: 'embolizzazione arteriosa', en: 'arterial embolization' },
  iort: { it: 'radioterapia intraoperatoria (IORT)', en: 'intraoperative radiotherapy (IORT)' },
  radiotherapy: { it: 'radioterapia', en: 'radiotherapy' },
  chemotherapy: { it: 'chemioterapia', en: 'chemotherapy' },
  surgery: { it: 'chirurgia', en: 'surgery' },
  biopsy: { it: 'biopsia', en: 'biopsy' },
};

export function techniqueLabel(t: CaseTechnique): Localized {
  return techniqueLabels[t];
}

export const siteKindLabels = {
  spine: { it: 'Rachide', en: 'Spine' },
  pelvis: { it: 'Bacino', en: 'Pelvis' },
  femur: { it: 'Femore', en: 'Femur' },
  limb: { it: 'Arto', en: 'Limb' },
  other: { it: 'Altra sede', en: 'Other site' },
} as const satisfies Record<string, Localized>;

/** Decimal comma in Italian, point in English; integers unchanged. */
export function formatNumber(n: number, lang: Locale): string {
  const s = String(Math.round(n * 10) / 10);
  return lang === 'it' ? s.replace('.', ',') : s;
}

export const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

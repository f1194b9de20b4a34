import type { Localized } from '../i18n/locales';
import type { DecisionGraph, GraphNode, GraphOption, QuestionNode } from './decision-graph';
import { decideNoms, type NomsInput } from '../scores/noms/decide-noms';
import { explainNoms, type NomsDecided } from '../scores/noms/explain-noms';

/**
 * A4 — the NOMS decision framework for spinal metastases, GENERATED from the NOMS core
 * (src/core/scores/noms): the calculator and this walkthrough cannot disagree. Each answer is a piece of
 * NomsInput; at every step the next question is the first one, in the order below, whose answer can still
 * change what decideNoms recommends; when none can, the leaf is decideNoms's result. Identical subtrees are
 * shared, so the drawing stays a compact graph. a4-noms.test.ts walks every path, and every possible input,
 * through the core.
 */

export type A4QuestionId = 'neurologic' | 'deficit' | 'oncologic' | 'mechanical' | 'systemic';

export interface A4Option {
  id: string;
  label: Localized;
  /** What choosing this option tells the NOMS core. */
  input: NomsInput;
}

/** The NOMS input each option stands for (any input of its class decides the same: the tests check it). */
export const a4Options: Readonly<Record<A4QuestionId, readonly A4Option[]>> = {
  neurologic: [
    { id: 'low-grade', label: { it: 'Basso grado: ESCC 0, 1a, 1b, 1c', en: 'Low grade: ESCC 0, 1a, 1b, 1c' }, input: { escc: '0' } },
    { id: 'high-grade', label: { it: 'Alto grado: ESCC 2 o 3', en: 'High grade: ESCC 2 or 3' }, input: { escc: '2' } },
  ],
  deficit: [
    {
      id: 'neurological-deficit',
      label: { it: 'Sì: deficit neurologico (compressione sintomatica)', en: 'Yes: neurological deficit (symptomatic compression)' },
      input: { myelopathy: 'yes' },
    },
    { id: 'no-deficit', label: { it: 'No: esame neurologico normale', en: 'No: normal neurological examination' }, input: { myelopathy: 'no' } },
  ],
  oncologic: [
    {
      id: 'radiosensitive',
      label: { it: 'Radiosensibile (es. linfoma, mieloma, seminoma)', en: 'Radiosensitive (e.g. lymphoma, myeloma, seminoma)' },
      input: { radiosensitivity: 'sensitive' },
    },
    {
      id: 'radioresistant',
      label: { it: 'Radioresistente (es. carcinoma renale, melanoma, sarcoma)', en: 'Radioresistant (e.g. renal cell carcinoma, melanoma, sarcoma)' },
      input: { radiosensitivity: 'resistant' },
    },
  ],
  mechanical: [
    { id: 'unstable', label: { it: 'Instabile: SINS 13–18', en: 'Unstable: SINS 13–18' }, input: { sins: '15' } },
    {
      id: 'mechanical-pain',
      label: { it: 'SINS 0–12 con dolore meccanico (legato al movimento)', en: 'SINS 0–12 with mechanical (movement-related) pain' },
      input: { sins: '12', mechanicalPain: 'yes' },
    },
    {
      id: 'possibly-unstable',
      label: { it: 'SINS 7–12 senza dolore meccanico', en: 'SINS 7–12 without mechanical pain' },
      input: { sins: '9', mechanicalPain: 'no' },
    },
    { id: 'stable', label: { it: 'SINS 0–6 senza dolore meccanico', en: 'SINS 0–6 without mechanical pain' }, input: { sins: '3', mechanicalPain: 'no' } },
  ],
  systemic: [
    { id: 'tolerates-surgery', label: { it: 'Sì, può sostenere l’intervento', en: 'Yes, can tolerate surgery' }, input: { surgeryFit: 'yes' } },
    { id: 'cannot-tolerate-surgery', label: { it: 'No, l’intervento non è sostenibile', en: 'No, cannot tolerate surgery' }, input: { surgeryFit: 'no' } },
  ],
};

const questionText: Readonly<Record<A4QuestionId, Localized>> = {
  neurologic: { it: 'N — Qual è il grado di compressione epidurale (ESCC) alla RM?', en: 'N — What is the grade of epidural spinal cord compression (ESCC) on MRI?' },
  deficit: {
    it: 'N — La compressione dà un deficit neurologico (mielopatia o radicolopatia)?',
    en: 'N — Is the compression causing a neurological deficit (myelopathy or radiculopathy)?',
  },
  oncologic: {
    it: 'O — Il tumore è radiosensibile o radioresistente alla radioterapia convenzionale?',
    en: 'O — Is the tumour radiosensitive or radioresistant to conventional radiotherapy?',
  },
  mechanical: {
    it: 'M — La colonna è instabile, o il dolore è meccanico? (SINS)',
    en: 'M — Is the spine unstable, or is the pain mechanical? (SINS)',
  },
  systemic: { it: 'S — Il paziente è in grado di sostenere un intervento chirurgico?', en: 'S — Can the patient tolerate surgery?' },
};

const questionRefs: Readonly<Record<A4QuestionId, readonly string[]>> = {
  neurologic: ['bilsky2010', 'laufer2013'],
  deficit: ['laufer2013', 'seed004-review', 'seed003-encyclopedia'],
  oncologic: ['laufer2013', 'seed000-lecture'],
  mechanical: ['fisher2010', 'laufer2013', 'seed000-lecture'],
  systemic: ['laufer2013'],
};

const join = (parts: readonly Localized[]): Localized => ({ it: parts.map((p) => p.it).join(' '), en: parts.map((p) => p.en).join(' ') });

const whyText = {
  neurologic: {
    it: 'La scala ESCC (Bilsky) gradua sulla RM T2 assiale quanto il tumore epidurale comprime sacco durale e midollo. I gradi 0 e 1 (1a, 1b, 1c) sono di basso grado: il midollo non è compresso. I gradi 2 (midollo compresso, liquor ancora visibile) e 3 (liquor non più visibile) sono di alto grado, e allora conta anche l’esame neurologico. Il grado 1c, con il tumore a contatto del midollo senza comprimerlo, è il caso limite e va discusso.',
    en: 'The ESCC (Bilsky) scale grades on axial T2 MRI how far epidural tumour compresses the thecal sac and cord. Grades 0 and 1 (1a, 1b, 1c) are low grade: the cord is not compressed. Grades 2 (cord compressed, CSF still visible) and 3 (no CSF visible) are high grade, and then the neurological examination matters too. Grade 1c, with tumour touching the cord without compressing it, is the borderline case and needs discussion.',
  },
  deficit: {
    it: 'Con una compressione di alto grado, un deficit neurologico significa compressione midollare sintomatica. Rende il trattamento urgente, esclude il cemento percutaneo a quel livello (controindicazione assoluta alla vertebroplastica secondo Salapura e Jeromel, 2014) ed è il punto in cui le fonti divergono: il NOMS irradia comunque un tumore radiosensibile, mentre la Neurosurgery Wiki (2024) considera la chirurgia il cardine del trattamento in presenza di deficit.',
    en: 'With high-grade compression, a neurological deficit means symptomatic spinal cord compression. It makes treatment urgent, rules out percutaneous cement at that level (an absolute contraindication to vertebroplasty according to Salapura and Jeromel, 2014), and it is where the sources part: NOMS still irradiates a radiosensitive tumour, while the Neurosurgery Wiki (2024) regards surgery as the mainstay when there is a deficit.',
  },
  oncologicLow: {
    it: 'L’istologia è forse il fattore più importante per prevedere la risposta alla radioterapia a fasci esterni convenzionale (cEBRT). Con una compressione di basso grado il midollo non è in pericolo immediato: un tumore radiosensibile si controlla con la cEBRT, uno radioresistente richiede le dosi alte e conformate della radiochirurgia stereotassica (SRS).',
    en: 'Histology is perhaps the most important factor predicting response to conventional external beam radiotherapy (cEBRT). With low-grade compression the cord is not in immediate danger: a radiosensitive tumour is controlled with cEBRT, a radioresistant one needs the high, conformal doses of stereotactic radiosurgery (SRS).',
  },
  oncologicHigh: {
    it: 'Con una compressione di alto grado l’istologia decide se la radioterapia può decomprimere da sola: i tumori radiosensibili rispondono alla cEBRT anche quando comprimono il midollo, quelli radioresistenti no, e allora il midollo va prima liberato chirurgicamente, se il paziente può affrontare l’intervento.',
    en: 'With high-grade compression histology decides whether radiotherapy alone can decompress: radiosensitive tumours respond to cEBRT even when they compress the cord, radioresistant ones do not, and the cord must first be freed surgically, if the patient can face the operation.',
  },
  mechanical: {
    it: 'La stabilità meccanica si valuta a parte, perché la radioterapia non corregge né l’instabilità né il dolore di un segmento che si muove. SINS 13–18 è instabile, e il dolore meccanico (legato al movimento e al carico) è un’indicazione alla stabilizzazione o al cemento qualunque sia la fascia; SINS 7–12 senza dolore meccanico è potenzialmente instabile e richiede il parere del chirurgo vertebrale. Il caso di T11 della lezione del corso italiano (SINS 12 con dolore meccanico) porta quindi alla stabilizzazione o al cemento, non alla sola radioterapia.',
    en: 'Mechanical stability is judged separately, because radiotherapy corrects neither instability nor the pain of a segment that moves. SINS 13–18 is unstable, and mechanical (movement-related, load-related) pain is an indication for stabilization or cement whatever the band; SINS 7–12 without mechanical pain is potentially unstable and calls for a spine surgeon’s opinion. The Italian lecture course’s T11 example (SINS 12 with mechanical pain) therefore leads to stabilization or cement, not to radiotherapy alone.',
  },
  systemic: {
    it: 'La valutazione sistemica (estensione di malattia, comorbidità, aspettativa di vita) stabilisce se il beneficio della chirurgia ne giustifica i rischi.',
    en: 'The systemic assessment (disease burden, comorbidities, life expectancy) decides whether the benefit of surgery justifies its risks.',
  },
  systemicSeparation: {
    it: 'Nel tumore radioresistente con compressione di alto grado la chirurgia di separazione è la strada migliore, ma solo per chi può affrontarla; altrimenti resta la cEBRT palliativa.',
    en: 'For a radioresistant tumour with high-grade compression separation surgery is the best route, but only for those who can face it; otherwise palliative cEBRT remains.',
  },
  systemicStabilization: {
    it: 'Qui la risposta decide anche come stabilizzare: con la chirurgia o, se il paziente non la tollera, con la cementoplastica percutanea, che però è esclusa se la compressione midollare è sintomatica.',
    en: 'Here the answer also decides how to stabilize: surgically or, if the patient cannot tolerate surgery, by percutaneous cement augmentation, which is ruled out if the cord compression is symptomatic.',
  },
  systemicDeficit: {
    it: 'Con un deficit neurologico il chirurgo vertebrale va consultato con urgenza se il paziente può essere operato.',
    en: 'With a neurological deficit the spine surgeon is consulted urgently if the patient could be operated on.',
  },
} as const;

/** Order in which questions are asked; the systemic one moves up when it settles the mechanical one. */
const questionOrder: readonly A4QuestionId[] = ['neurologic', 'deficit', 'oncologic', 'mechanical', 'systemic'];

type Answers = readonly (readonly [A4QuestionId, A4Option])[];

const inputOf = (answers: Answers): NomsInput => Object.assign({}, ...answers.map(([, o]) => o.input)) as NomsInput;

/** Every way the unanswered questions could still be answered. */
function completions(answers: Answers, open: readonly A4QuestionId[]): NomsInput[] {
  let inputs: NomsInput[] = [inputOf(answers)];
  for (const q of open) inputs = inputs.flatMap((input) => a4Options[q].map((o) => ({ ...input, ...o.input })));
  return inputs;
}

/** What a leaf shows: the recommendation, with its notes (the rules behind it may differ within an option). */
const leafKey = (r: NomsDecided) => `${r.steps.join('+')}|${r.notes.join(',')}`;

/** The same inputs come back many times while the graph is built: decide each once. */
const decidedCache = new Map<string, NomsDecided | undefined>();
function decided(input: NomsInput): NomsDecided | undefined {
  const key = JSON.stringify(Object.entries(input).sort());
  if (decidedCache.has(key)) return decidedCache.get(key);
  const r = decideNoms(input);
  const out = r.kind === 'result' ? r : undefined;
  decidedCache.set(key, out);
  return out;
}

/** A question matters if two of its answers can lead to different recommendations. */
function matters(answers: Answers, q: A4QuestionId, open: readonly A4QuestionId[]): boolean {
  const others = open.filter((o) => o !== q);
  for (const base of completions(answers, others)) {
    const perOption = a4Options[q].map((o) => decided({ ...base, ...o.input }));
    if (perOption.some((r) => r === undefined)) continue;
    if (new Set(perOption.map((r) => leafKey(r as NomsDecided))).size > 1) return true;
  }
  return false;
}

/** The next question for a state, or the core's result when nothing left can change it. */
export function a4Next(answers: Answers): { kind: 'question'; id: A4QuestionId } | { kind: 'leaf'; result: NomsDecided } {
  const asked = new Set(answers.map(([q]) => q));
  const open = questionOrder.filter((q) => !asked.has(q));
  const input = inputOf(answers);
  const high = input.escc === '2';
  let order = open;
  if (high && input.radiosensitivity === 'resistant' && open.includes('systemic')) {
    order = ['systemic', ...open.filter((q) => q !== 'systemic')];
  }
  const next = order.find((q) => matters(answers, q, open));
  if (next) return { kind: 'question', id: next };
  // Nothing left changes the answer: any completion gives the same result (the first one is used).
  for (const c of completions(answers, open)) {
    const r = decided(c);
    if (r) return { kind: 'leaf', result: r };
  }
  throw new Error(`A4: no NOMS result below ${answers.map(([, o]) => o.id).join('.')}`);
}

function whyFor(q: A4QuestionId, answers: Answers): Localized {
  const input = inputOf(answers);
  switch (q) {
    case 'neurologic':
      return whyText.neurologic;
    case 'deficit':
      return whyText.deficit;
    case 'oncologic':
      return input.escc === '2' ? whyText.oncologicHigh : whyText.oncologicLow;
    case 'mechanical':
      return whyText.mechanical;
    case 'systemic': {
      const parts: Localized[] = [whyText.systemic];
      if (input.escc === '2' && input.radiosensitivity === 'resistant') parts.push(whyText.systemicSeparation);
      if (input.sins === '15' || input.mechanicalPain === 'yes') parts.push(whyText.systemicStabilization);
      if (input.myelopathy === 'yes' && input.radiosensitivity === 'sensitive') parts.push(whyText.systemicDeficit);
      return join(parts);
    }
  }
}

/** The recommendation node for a NOMS result: the core's own texts, notes and sources. */
export function nomsRecommendationNode(r: NomsDecided): GraphNode {
  const { steps, notes, refs } = explainNoms(r);
  const alternatives = steps.flatMap((s) => (s.alternative ? [s.alternative] : []));
  return {
    kind: 'recommendation',
    title: { it: steps.map((s) => s.label.it).join(' → '), en: steps.map((s) => s.label.en).join(' → ') },
    explanation: join(steps.map((s) => s.explanation)),
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...(notes.length > 0 ? { notes: notes.map((n) => ({ kind: n.kind, title: n.title, text: n.text, refs: n.refs })) } : {}),
    refs: [...new Set([...refs, 'fisher2010'])],
  };
}

/** Leaf node id: the steps, then the notes, kebab-case ("surgical-consultation--cebrt"). */
export const nomsLeafId = (r: NomsDecided): string => [...r.steps, ...r.notes].join('--');

function buildA4(): DecisionGraph<'a4-noms'> {
  const nodes: Record<string, GraphNode> = {};
  /** Structural key → node id, so identical subtrees become one node. */
  const byKey = new Map<string, string>();

  const build = (answers: Answers): string => {
    const next = a4Next(answers);
    if (next.kind === 'leaf') {
      const id = nomsLeafId(next.result);
      nodes[id] ??= nomsRecommendationNode(next.result);
      return id;
    }
    const q = next.id;
    const options: GraphOption[] = a4Options[q].map((o) => ({ id: o.id, label: o.label, next: build([...answers, [q, o]]) }));
    const why = whyFor(q, answers);
    const key = JSON.stringify([q, why.en, options.map((o) => [o.id, o.next])]);
    const existing = byKey.get(key);
    if (existing) return existing;
    const id = answers.length === 0 ? q : `${q}-${answers.map(([, o]) => o.id).join('-')}`;
    const node: QuestionNode = { kind: 'question', text: questionText[q], why, options, refs: questionRefs[q] };
    nodes[id] = node;
    byKey.set(key, id);
    return id;
  };

  const root = build([]);
  decidedCache.clear();
  return {
    id: 'a4-noms',
    title: { it: 'NOMS: neurologico, oncologico, meccanico, sistemico', en: 'NOMS: neurologic, oncologic, mechanical, systemic' },
    summary: {
      it: 'Lo schema decisionale NOMS per le metastasi vertebrali mette insieme quattro valutazioni: il grado di compressione epidurale (ESCC) con lo stato neurologico, la radiosensibilità del tumore alla radioterapia convenzionale, la stabilità meccanica (SINS e dolore meccanico) e lo stato sistemico del paziente (aspettativa di vita, comorbidità). Dalla loro integrazione discendono la scelta della radioterapia (cEBRT o SRS), della chirurgia o della cementoplastica e della terapia sistemica.',
      en: 'The NOMS decision framework for spinal metastases combines four assessments: the grade of epidural spinal cord compression (ESCC) with the neurological status, the tumour’s radiosensitivity to conventional radiotherapy, mechanical stability (SINS and mechanical pain) and the patient’s systemic status (life expectancy, comorbidities). Together they decide on radiation (cEBRT or SRS), surgery or cement augmentation, and systemic therapy.',
    },
    about: {
      it: 'Le quattro valutazioni vengono dal corso italiano di lezioni; le diramazioni vengono dall’articolo di Laufer e colleghi (2013), non dal corso. Vi abbiamo aggiunto due elementi da altre fonti: la controindicazione assoluta al cemento in caso di compressione midollare sintomatica (Salapura e Jeromel, 2014) e la posizione della Neurosurgery Wiki (2024) sul deficit neurologico, segnalata dove diverge dal NOMS. Il percorso è costruito dalle stesse regole del calcolatore NOMS, quindi i due danno sempre la stessa raccomandazione, e una domanda compare solo dove la risposta cambia il risultato.',
      en: 'The four assessments come from the Italian lecture course; the branching comes from the paper by Laufer and colleagues (2013), not from the lecture course. We added two elements from other sources: the absolute contraindication to cement with symptomatic spinal cord compression (Salapura and Jeromel, 2014), and the position of the Neurosurgery Wiki (2024) on neurological deficit, flagged where it departs from NOMS. The walkthrough is built from the same rules as the NOMS calculator, so the two always give the same recommendation, and a question appears only where its answer changes the result.',
    },
    refs: ['laufer2013', 'fisher2010', 'bilsky2010', 'seed004-review', 'seed003-encyclopedia', 'seed000-lecture'],
    root,
    nodes,
  };
}

export const a4Noms = buildA4();

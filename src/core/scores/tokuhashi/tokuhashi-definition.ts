import type { Locale, Localized } from '../../i18n/locales';
import type { ScoreOption, SumScoreDefinition } from '../sum-score';

/**
 * Revised Tokuhashi score for the prognosis of spinal metastases: six items, 0–15 points.
 * Points, bands and the treatment each band suggests: Tokuhashi et al., Spine 2005 (tokuhashi2005).
 * Seed 000 cites only the 1990 original (tokuhashi1990); see tokuhashi-1990-note.ts for what changed.
 * Option ids are the public URL vocabulary of /{lang}/tools/tokuhashi/ and must not change.
 */
export type TokuhashiComponentId = 'kps' | 'extraspinal' | 'vertebral' | 'organs' | 'primary' | 'palsy';
export type TokuhashiBand = 'lt6m' | 'gte6m' | 'gte1y';

/** Karnofsky values the calculator accepts, in steps of 10 as the scale is usually recorded. */
export const kpsValues = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

/** The three Karnofsky classes of the general-condition item, with their points (tokuhashi2005). */
export const kpsClasses = [
  { min: 10, max: 40, points: 0, label: { it: 'scadenti', en: 'poor' } },
  { min: 50, max: 70, points: 1, label: { it: 'discrete', en: 'moderate' } },
  { min: 80, max: 100, points: 2, label: { it: 'buone', en: 'good' } },
] as const;

/**
 * One line per Karnofsky value so the user can place the patient without the scale at hand. Our own short
 * wording of the usual descriptors of the scale; they explain the options and carry no points.
 */
export const kpsDescriptions: Readonly<Record<(typeof kpsValues)[number], Localized>> = {
  10: { it: 'Moribondo: processi fatali in rapida progressione.', en: 'Moribund: fatal processes progressing rapidly.' },
  20: { it: 'Molto grave: ricovero e terapia di supporto attiva necessari.', en: 'Very sick: admission and active supportive treatment needed.' },
  30: { it: 'Gravemente disabile: ricovero indicato, senza morte imminente.', en: 'Severely disabled: admission indicated, death not imminent.' },
  40: { it: 'Disabile: richiede cure e assistenza particolari.', en: 'Disabled: needs special care and assistance.' },
  50: { it: 'Richiede assistenza considerevole e cure mediche frequenti.', en: 'Needs considerable assistance and frequent medical care.' },
  60: { it: 'Richiede aiuto occasionale, ma provvede a quasi tutti i propri bisogni.', en: 'Needs occasional help but manages most personal needs.' },
  70: { it: 'Provvede a sé stesso, ma non riesce a lavorare né a svolgere le attività abituali.', en: 'Cares for self but cannot work or carry on normal activity.' },
  80: { it: 'Attività normale con fatica; alcuni segni o sintomi di malattia.', en: 'Normal activity with effort; some signs or symptoms of disease.' },
  90: { it: 'Attività normale; segni o sintomi di malattia minimi.', en: 'Normal activity; minor signs or symptoms of disease.' },
  100: { it: 'Normale: nessun disturbo, nessun segno di malattia.', en: 'Normal: no complaints, no evidence of disease.' },
};

const kpsOptions: ScoreOption[] = kpsValues.flatMap((kps) =>
  kpsClasses
    .filter((c) => kps >= c.min && kps <= c.max)
    .map((c) => ({
      id: String(kps),
      points: c.points,
      label: { it: `KPS ${kps}% (condizioni ${c.label.it})`, en: `KPS ${kps}% (${c.label.en} condition)` },
      help: kpsDescriptions[kps],
    })),
);

/** Primary tumour sites and their points, grouped as in tokuhashi2005 (0, 1, 2, 3, 4, 5). */
const primaryOptions = [
  { id: 'lung', points: 0, label: { it: 'Polmone', en: 'Lung' } },
  { id: 'osteosarcoma', points: 0, label: { it: 'Osteosarcoma', en: 'Osteosarcoma' } },
  { id: 'stomach', points: 0, label: { it: 'Stomaco', en: 'Stomach' } },
  { id: 'bladder', points: 0, label: { it: 'Vescica', en: 'Bladder' } },
  { id: 'esophagus', points: 0, label: { it: 'Esofago', en: 'Oesophagus' } },
  { id: 'pancreas', points: 0, label: { it: 'Pancreas', en: 'Pancreas' } },
  { id: 'liver', points: 1, label: { it: 'Fegato', en: 'Liver' } },
  { id: 'gallbladder', points: 1, label: { it: 'Colecisti', en: 'Gallbladder' } },
  { id: 'unidentified', points: 1, label: { it: 'Primitivo non identificato', en: 'Unidentified primary' } },
  { id: 'other', points: 2, label: { it: 'Altre sedi', en: 'Other sites' } },
  { id: 'kidney', points: 3, label: { it: 'Rene', en: 'Kidney' } },
  { id: 'uterus', points: 3, label: { it: 'Utero', en: 'Uterus' } },
  { id: 'rectum', points: 4, label: { it: 'Retto', en: 'Rectum' } },
  { id: 'thyroid', points: 5, label: { it: 'Tiroide', en: 'Thyroid' } },
  { id: 'breast', points: 5, label: { it: 'Mammella', en: 'Breast' } },
  { id: 'prostate', points: 5, label: { it: 'Prostata', en: 'Prostate' } },
  { id: 'carcinoid', points: 5, label: { it: 'Carcinoide', en: 'Carcinoid tumour' } },
] as const satisfies readonly ScoreOption[];

export type TokuhashiPrimary = (typeof primaryOptions)[number]['id'];

export const tokuhashiDefinition = {
  id: 'tokuhashi',
  name: { it: 'Score di Tokuhashi rivisto', en: 'Revised Tokuhashi score' },
  refs: ['tokuhashi2005'],
  components: [
    {
      id: 'kps',
      label: { it: 'Condizioni generali (indice di Karnofsky)', en: 'General condition (Karnofsky performance status)' },
      help: {
        it: 'KPS 10–40%: 0 punti; 50–70%: 1 punto; 80–100%: 2 punti.',
        en: 'KPS 10–40%: 0 points; 50–70%: 1 point; 80–100%: 2 points.',
      },
      options: kpsOptions,
    },
    {
      id: 'extraspinal',
      label: { it: 'Metastasi ossee extravertebrali', en: 'Extraspinal bone metastases' },
      help: {
        it: 'Numero di localizzazioni scheletriche fuori dal rachide (scintigrafia, PET o TC).',
        en: 'Number of skeletal foci outside the spine (bone scan, PET or CT).',
      },
      options: [
        { id: '3+', points: 0, label: { it: '3 o più', en: '3 or more' } },
        { id: '1-2', points: 1, label: { it: '1–2', en: '1–2' } },
        { id: '0', points: 2, label: { it: 'Nessuna', en: 'None' } },
      ],
    },
    {
      id: 'vertebral',
      label: { it: 'Metastasi nei corpi vertebrali', en: 'Metastases in the vertebral bodies' },
      help: {
        it: 'Numero di vertebre sede di metastasi.',
        en: 'How many vertebrae carry metastases.',
      },
      options: [
        { id: '3+', points: 0, label: { it: '3 o più', en: '3 or more' } },
        { id: '2', points: 1, label: { it: '2', en: '2' } },
        { id: '1', points: 2, label: { it: '1', en: '1' } },
      ],
    },
    {
      id: 'organs',
      label: { it: 'Metastasi agli organi interni maggiori', en: 'Metastases to major internal organs' },
      help: {
        it: 'Metastasi viscerali (per esempio polmonari o epatiche): conta se sono asportabili chirurgicamente o no.',
        en: 'Visceral metastases (for example in lung or liver): what counts is whether they can be surgically removed.',
      },
      options: [
        { id: 'unremovable', points: 0, label: { it: 'Non asportabili', en: 'Unremovable' } },
        { id: 'removable', points: 1, label: { it: 'Asportabili', en: 'Removable' } },
        { id: 'none', points: 2, label: { it: 'Assenti', en: 'None' } },
      ],
    },
    {
      id: 'primary',
      label: { it: 'Sede del tumore primitivo', en: 'Primary site of the cancer' },
      help: {
        it: 'Da 0 (polmone, stomaco…) a 5 punti (tiroide, mammella, prostata, carcinoide).',
        en: 'From 0 (lung, stomach…) to 5 points (thyroid, breast, prostate, carcinoid).',
      },
      options: primaryOptions,
    },
    {
      id: 'palsy',
      label: { it: 'Deficit neurologico midollare', en: 'Spinal cord palsy' },
      help: {
        it: 'Classificazione di Frankel: completo A–B, incompleto C–D, assente E.',
        en: 'Frankel grade: complete A–B, incomplete C–D, none E.',
      },
      options: [
        // Frankel grades in our own words: A–B no useful motor function, C–D some, E none lost.
        {
          id: 'complete', points: 0, label: { it: 'Completo (Frankel A–B)', en: 'Complete (Frankel A–B)' },
          help: {
            it: 'A: nessuna funzione motoria né sensitiva sotto la lesione. B: resta solo la sensibilità.',
            en: 'A: no motor or sensory function below the lesion. B: only sensation is preserved.',
          },
        },
        {
          id: 'incomplete', points: 1, label: { it: 'Incompleto (Frankel C–D)', en: 'Incomplete (Frankel C–D)' },
          help: {
            it: 'C: qualche movimento, ma inutile ai fini funzionali. D: forza utile, cammina con o senza ausili.',
            en: 'C: some movement, but of no functional use. D: useful strength, walks with or without aids.',
          },
        },
        {
          id: 'none', points: 2, label: { it: 'Assente (Frankel E)', en: 'None (Frankel E)' },
          help: { it: 'E: funzione motoria e sensitiva normali.', en: 'E: normal motor and sensory function.' },
        },
      ],
    },
  ],
  bands: [
    {
      code: 'lt6m',
      min: 0,
      max: 8,
      label: { it: 'Sopravvivenza attesa inferiore a 6 mesi', en: 'Expected survival under 6 months' },
      meaning: {
        it: 'Prognosi breve: l’obiettivo è il controllo dei sintomi con il minor carico di trattamento possibile.',
        en: 'Short prognosis: the aim is symptom control with the lightest possible treatment burden.',
      },
    },
    {
      code: 'gte6m',
      min: 9,
      max: 11,
      label: { it: 'Sopravvivenza attesa di almeno 6 mesi', en: 'Expected survival of 6 months or more' },
      meaning: {
        it: 'Prognosi intermedia: il beneficio di un intervento va pesato caso per caso.',
        en: 'Intermediate prognosis: the benefit of an operation must be weighed case by case.',
      },
    },
    {
      code: 'gte1y',
      min: 12,
      max: 15,
      label: { it: 'Sopravvivenza attesa di almeno 1 anno', en: 'Expected survival of 1 year or more' },
      meaning: {
        it: 'Prognosi favorevole: il paziente può trarre vantaggio da un trattamento locale più radicale.',
        en: 'Favourable prognosis: the patient can benefit from a more radical local treatment.',
      },
    },
  ],
} as const satisfies SumScoreDefinition<TokuhashiComponentId, TokuhashiBand>;

/** The treatment each band suggests, per tokuhashi2005. Kept beside the bands, not inside them, so the generic band type stays small. */
export const tokuhashiTreatments: Readonly<Record<TokuhashiBand, Localized>> = {
  lt6m: {
    it: 'Trattamento conservativo o palliativo (radioterapia, terapia del dolore, eventuali procedure mini-invasive).',
    en: 'Conservative or palliative treatment (radiotherapy, pain management, minimally invasive procedures where useful).',
  },
  gte6m: {
    it: 'Chirurgia palliativa; chirurgia escissionale solo se la lesione vertebrale è unica e non vi sono metastasi agli organi interni maggiori.',
    en: 'Palliative surgery; excisional surgery only for a single spinal lesion without metastases to major internal organs.',
  },
  gte1y: {
    it: 'Chirurgia escissionale (asportazione della lesione).',
    en: 'Excisional surgery (removal of the lesion).',
  },
};

export const tokuhashiComponentIds: readonly TokuhashiComponentId[] = tokuhashiDefinition.components.map((c) => c.id);

/** The treatments in one locale, for the calculator's wrapper to pass as a prop (the island ships no wording). */
export function tokuhashiTreatmentsIn(lang: Locale): Record<TokuhashiBand, string> {
  return { lt6m: tokuhashiTreatments.lt6m[lang], gte6m: tokuhashiTreatments.gte6m[lang], gte1y: tokuhashiTreatments.gte1y[lang] };
}

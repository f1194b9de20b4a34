import type { Locale, Localized } from '../../i18n/locales';
import type { ScoreComponent, ScoreOption, SumScoreDefinition } from '../sum-score';
import { kpsClassOf, kpsValues, tokuhashiPoints, type KpsClass, type TokuhashiBand, type TokuhashiComponentId } from './tokuhashi-points';

/**
 * Revised Tokuhashi score for the prognosis of spinal metastases: six items, 0–15 points.
 * Points, bands and the treatment each band suggests: Tokuhashi et al., Spine 2005 (tokuhashi2005).
 * Seed 000 cites only the 1990 original (tokuhashi1990); see tokuhashi-1990-note.ts for what changed.
 * Option ids are the public URL vocabulary of /{lang}/tools/tokuhashi/ and must not change.
 */
export { kpsValues, tokuhashiComponentIds, type TokuhashiBand, type TokuhashiComponentId, type TokuhashiPrimary } from './tokuhashi-points';

/** The wording of the three Karnofsky classes (points: ./tokuhashi-points.ts). */
const kpsClassWords: Readonly<Record<KpsClass, Localized>> = {
  poor: { it: 'scadenti', en: 'poor' },
  moderate: { it: 'discrete', en: 'moderate' },
  good: { it: 'buone', en: 'good' },
};

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

const kpsWords = (kps: (typeof kpsValues)[number]) => {
  const c = kpsClassOf(kps);
  const words = c ? kpsClassWords[c.id] : { it: '', en: '' };
  return {
    label: { it: `KPS ${kps}% (condizioni ${words.it})`, en: `KPS ${kps}% (${words.en} condition)` },
    help: kpsDescriptions[kps],
  };
};

/** Primary tumour sites in words (points: ./tokuhashi-points.ts). */
const primaryWords: Readonly<Record<string, Localized>> = {
  lung: { it: 'Polmone', en: 'Lung' },
  osteosarcoma: { it: 'Osteosarcoma', en: 'Osteosarcoma' },
  stomach: { it: 'Stomaco', en: 'Stomach' },
  bladder: { it: 'Vescica', en: 'Bladder' },
  esophagus: { it: 'Esofago', en: 'Oesophagus' },
  pancreas: { it: 'Pancreas', en: 'Pancreas' },
  liver: { it: 'Fegato', en: 'Liver' },
  gallbladder: { it: 'Colecisti', en: 'Gallbladder' },
  unidentified: { it: 'Primitivo non identificato', en: 'Unidentified primary' },
  other: { it: 'Altre sedi', en: 'Other sites' },
  kidney: { it: 'Rene', en: 'Kidney' },
  uterus: { it: 'Utero', en: 'Uterus' },
  rectum: { it: 'Retto', en: 'Rectum' },
  thyroid: { it: 'Tiroide', en: 'Thyroid' },
  breast: { it: 'Mammella', en: 'Breast' },
  prostate: { it: 'Prostata', en: 'Prostate' },
  carcinoid: { it: 'Carcinoide', en: 'Carcinoid tumour' },
};

/** The wording of every item, option and band, by id; options of KPS and primary site are worded above. */
const words = {
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
      options: [],
    },
    {
      id: 'extraspinal',
      label: { it: 'Metastasi ossee extravertebrali', en: 'Extraspinal bone metastases' },
      help: {
        it: 'Numero di localizzazioni scheletriche fuori dal rachide (scintigrafia, PET o TC).',
        en: 'Number of skeletal foci outside the spine (bone scan, PET or CT).',
      },
      options: [
        { id: '3+', label: { it: '3 o più', en: '3 or more' } },
        { id: '1-2', label: { it: '1–2', en: '1–2' } },
        { id: '0', label: { it: 'Nessuna', en: 'None' } },
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
        { id: '3+', label: { it: '3 o più', en: '3 or more' } },
        { id: '2', label: { it: '2', en: '2' } },
        { id: '1', label: { it: '1', en: '1' } },
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
        { id: 'unremovable', label: { it: 'Non asportabili', en: 'Unremovable' } },
        { id: 'removable', label: { it: 'Asportabili', en: 'Removable' } },
        { id: 'none', label: { it: 'Assenti', en: 'None' } },
      ],
    },
    {
      id: 'primary',
      label: { it: 'Sede del tumore primitivo', en: 'Primary site of the cancer' },
      help: {
        it: 'Da 0 (polmone, stomaco…) a 5 punti (tiroide, mammella, prostata, carcinoide).',
        en: 'From 0 (lung, stomach…) to 5 points (thyroid, breast, prostate, carcinoid).',
      },
      options: [],
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
          id: 'complete', label: { it: 'Completo (Frankel A–B)', en: 'Complete (Frankel A–B)' },
          help: {
            it: 'A: nessuna funzione motoria né sensitiva sotto la lesione. B: resta solo la sensibilità.',
            en: 'A: no motor or sensory function below the lesion. B: only sensation is preserved.',
          },
        },
        {
          id: 'incomplete', label: { it: 'Incompleto (Frankel C–D)', en: 'Incomplete (Frankel C–D)' },
          help: {
            it: 'C: qualche movimento, ma inutile ai fini funzionali. D: forza utile, cammina con o senza ausili.',
            en: 'C: some movement, but of no functional use. D: useful strength, walks with or without aids.',
          },
        },
        {
          id: 'none', label: { it: 'Assente (Frankel E)', en: 'None (Frankel E)' },
          help: { it: 'E: funzione motoria e sensitiva normali.', en: 'E: normal motor and sensory function.' },
        },
      ],
    },
  ],
  bands: [
    {
      code: 'lt6m',
      label: { it: 'Sopravvivenza attesa inferiore a 6 mesi', en: 'Expected survival under 6 months' },
      meaning: {
        it: 'Prognosi breve: l’obiettivo è il controllo dei sintomi con il minor carico di trattamento possibile.',
        en: 'Short prognosis: the aim is symptom control with the lightest possible treatment burden.',
      },
    },
    {
      code: 'gte6m',
      label: { it: 'Sopravvivenza attesa di almeno 6 mesi', en: 'Expected survival of 6 months or more' },
      meaning: {
        it: 'Prognosi intermedia: il beneficio di un intervento va pesato caso per caso.',
        en: 'Intermediate prognosis: the benefit of an operation must be weighed case by case.',
      },
    },
    {
      code: 'gte1y',
      label: { it: 'Sopravvivenza attesa di almeno 1 anno', en: 'Expected survival of 1 year or more' },
      meaning: {
        it: 'Prognosi favorevole: il paziente può trarre vantaggio da un trattamento locale più radicale.',
        en: 'Favourable prognosis: the patient can benefit from a more radical local treatment.',
      },
    },
  ],
} as const;

type OptionWords = { label: Localized; help?: Localized };
const optionWords = (component: TokuhashiComponentId, option: string): OptionWords | undefined => {
  if (component === 'kps') return kpsValues.some((v) => String(v) === option) ? kpsWords(Number(option) as (typeof kpsValues)[number]) : undefined;
  if (component === 'primary') return primaryWords[option] ? { label: primaryWords[option] } : undefined;
  return (words.components.find((c) => c.id === component)?.options as readonly ({ id: string } & OptionWords)[] | undefined)?.find((o) => o.id === option);
};
const missing = { it: '?', en: '?' };

/** Karnofsky reads from best to worst, the way it is recorded; the 17 primary sites are grouped by their points. */
const display: Partial<Record<TokuhashiComponentId, ScoreComponent['display']>> = { kps: 'reversed', primary: 'by-points' };

/** The revised Tokuhashi score in both languages: the points of ./tokuhashi-points.ts with their wording. */
export const tokuhashiDefinition: SumScoreDefinition<TokuhashiComponentId, TokuhashiBand> = {
  id: words.id,
  name: words.name,
  refs: words.refs,
  components: tokuhashiPoints.components.map((c) => {
    const w = words.components.find((x) => x.id === c.id);
    return {
      id: c.id,
      label: w?.label ?? missing,
      help: w?.help ?? missing,
      ...(display[c.id] ? { display: display[c.id] } : {}),
      options: c.options.map((o): ScoreOption => {
        const ow = optionWords(c.id, o.id);
        return { id: o.id, points: o.points, label: ow?.label ?? missing, ...(ow?.help ? { help: ow.help } : {}) };
      }),
    };
  }),
  bands: tokuhashiPoints.bands.map((b) => {
    const w = words.bands.find((x) => x.code === b.code);
    return { ...b, label: w?.label ?? missing, meaning: w?.meaning ?? missing };
  }),
};

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


/** The treatments in one locale, for the calculator's wrapper to pass as a prop (the island ships no wording). */
export function tokuhashiTreatmentsIn(lang: Locale): Record<TokuhashiBand, string> {
  return { lt6m: tokuhashiTreatments.lt6m[lang], gte6m: tokuhashiTreatments.gte6m[lang], gte1y: tokuhashiTreatments.gte1y[lang] };
}

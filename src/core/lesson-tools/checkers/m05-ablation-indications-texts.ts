import type { Locale, Localized } from '../../i18n/locales';
import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';
import type { CheckerTexts } from '../checker/checker';
import { ablationCriterionIds, type AblationCriterionId } from './m05-ablation-indications';

/**
 * The M5 ablation-indications check's wording, both languages (its logic: ./m05-ablation-indications.ts).
 * Only the server imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
const criteria: Record<AblationCriterionId, { label: Localized; caution?: Localized }> = {
  impending: {
    label: { it: 'Lesione dolorosa con frattura imminente', en: 'Painful lesion with impending fracture' },
    caution: {
      it: 'Lesione dolorosa con frattura imminente: l’ablazione da sola non previene la frattura; va associata a un consolidamento (cementoplastica nelle ossa piatte, chirurgia nelle ossa lunghe).',
      en: 'Painful lesion with impending fracture: ablation alone does not prevent the fracture; pair it with consolidation (cementoplasty in flat bones, surgery in long bones).',
    },
  },
  persistent: { label: { it: 'Dolore persistente dopo radioterapia', en: 'Persistent pain after radiotherapy' } },
  radioresistant: { label: { it: 'Tumore radioresistente (carcinoma renale, condrosarcoma, melanoma)', en: 'Radioresistant tumour (renal-cell carcinoma, chondrosarcoma, melanoma)' } },
  'max-dose': { label: { it: 'Dose massima di radioterapia già raggiunta', en: 'Maximal radiation dose already reached' } },
  toxicity: { label: { it: 'Tossicità da radioterapia con dolore persistente', en: 'Radiotoxicity with ongoing pain' } },
  marrow: { label: { it: 'Mielosoppressione', en: 'Myelosuppression' } },
  refused: { label: { it: 'Il paziente rifiuta la radioterapia', en: 'The patient refuses radiotherapy' } },
};

export const ablationIndicationsWording: CheckerWording = {
  title: { it: 'Quando ablare: i sette criteri di Wallace', en: 'When to ablate: Wallace’s seven criteria' },
  lead: { it: 'Rispondi per il paziente: basta un criterio perché l’ablazione sia indicata secondo il gruppo di lavoro di Wallace; altrimenti la radioterapia resta la prima scelta.', en: 'Answer for the patient: one criterion is enough for ablation to be indicated by Wallace’s working group; otherwise radiotherapy remains the first choice.' },
  questions: Object.fromEntries(ablationCriterionIds.map((id) => [id, { label: criteria[id].label, options: yesNoWording }])),
  // A criterion's finding restates it, or gives its caution where it has one.
  findings: Object.fromEntries(ablationCriterionIds.map((id) => [id, criteria[id].caution ?? criteria[id].label])),
  verdicts: {
    indicated: { it: 'Indicazione all’ablazione presente (almeno un criterio). Prima escludi le controindicazioni, che sono quelle della vertebroplastica (indicate per la radiofrequenza e applicate da noi a ogni tecnica; fra cui la compressione midollare sintomatica al livello), assegna il grado ESCC e calcola il SINS; decisione nel team multidisciplinare.', en: 'An indication for ablation is present (at least one criterion). First rule out the contraindications, which are those of vertebroplasty (stated for radiofrequency, applied by us to every technique; symptomatic cord compression at the level among them), grade ESCC and score SINS; the multidisciplinary team decides.' },
    'rt-first': { it: 'Nessun criterio: la radioterapia a fasci esterni resta lo standard', en: 'No criterion met: external beam radiotherapy remains the standard' },
  },
};

export const ablationIndicationsTextsIn = (lang: Locale): CheckerTexts => checkerTextsIn(ablationIndicationsWording, lang);

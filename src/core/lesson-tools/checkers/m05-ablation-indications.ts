import { yesNo, type CheckerDef, type CheckFinding, type CheckQuestion } from '../checker/checker';
import type { Localized } from '../../i18n/locales';

/** M5 — Wallace et al. 2015 (Metastatic Spine Disease Multidisciplinary Working Group): when to ablate. */
const criteria: readonly { id: string; label: Localized; caution?: Localized }[] = [
  {
    id: 'impending',
    label: { it: 'Lesione dolorosa con frattura imminente', en: 'Painful lesion with impending fracture' },
    // Ablation alone does not prevent the fracture: CIRSE pairs it with consolidation (gangi2010).
    caution: {
      it: 'Lesione dolorosa con frattura imminente: l’ablazione da sola non previene la frattura; va associata a un consolidamento (cementoplastica nelle ossa piatte, chirurgia nelle ossa lunghe).',
      en: 'Painful lesion with impending fracture: ablation alone does not prevent the fracture; pair it with consolidation (cementoplasty in flat bones, surgery in long bones).',
    },
  },
  { id: 'persistent', label: { it: 'Dolore persistente dopo radioterapia', en: 'Persistent pain after radiotherapy' } },
  { id: 'radioresistant', label: { it: 'Tumore radioresistente (carcinoma renale, condrosarcoma, melanoma)', en: 'Radioresistant tumour (renal-cell carcinoma, chondrosarcoma, melanoma)' } },
  { id: 'max-dose', label: { it: 'Dose massima di radioterapia già raggiunta', en: 'Maximal radiation dose already reached' } },
  { id: 'toxicity', label: { it: 'Tossicità da radioterapia con dolore persistente', en: 'Radiotoxicity with ongoing pain' } },
  { id: 'marrow', label: { it: 'Mielosoppressione', en: 'Myelosuppression' } },
  { id: 'refused', label: { it: 'Il paziente rifiuta la radioterapia', en: 'The patient refuses radiotherapy' } },
];

export const ablationIndications: CheckerDef = {
  id: 'ablation-indications',
  title: { it: 'Quando ablare: i sette criteri di Wallace', en: 'When to ablate: Wallace’s seven criteria' },
  lead: { it: 'Rispondi per il paziente: basta un criterio perché l’ablazione sia indicata secondo il gruppo di lavoro di Wallace; altrimenti la radioterapia resta la prima scelta.', en: 'Answer for the patient: one criterion is enough for ablation to be indicated by Wallace’s working group; otherwise radiotherapy remains the first choice.' },
  questions: criteria.map((c): CheckQuestion => ({ id: c.id, label: c.label, options: yesNo })),
  findings: criteria.map((c): CheckFinding => ({
    id: c.id,
    level: c.caution ? 'warn' : 'ok',
    when: (a) => a[c.id] === 'yes',
    refs: c.caution ? ['wallace2015a', 'gangi2010'] : ['wallace2015a'],
    text: c.caution ?? c.label,
  })),
  verdicts: [
    // Wallace's criteria are indications, not clearance: the verdict names what the tool does not ask (seed004-review).
    { code: 'indicated', tone: 'warn', when: (_a, fired) => fired.length > 0, label: { it: 'Indicazione all’ablazione presente (almeno un criterio). Prima escludi le controindicazioni, che sono quelle della vertebroplastica (indicate per la radiofrequenza e applicate da noi a ogni tecnica; fra cui la compressione midollare sintomatica al livello), assegna il grado ESCC e calcola il SINS; decisione nel team multidisciplinare.', en: 'An indication for ablation is present (at least one criterion). First rule out the contraindications, which are those of vertebroplasty (stated for radiofrequency, applied by us to every technique; symptomatic cord compression at the level among them), grade ESCC and score SINS; the multidisciplinary team decides.' } },
    { code: 'rt-first', tone: 'neutral', when: () => true, label: { it: 'Nessun criterio: la radioterapia a fasci esterni resta lo standard', en: 'No criterion met: external beam radiotherapy remains the standard' } },
  ],
};

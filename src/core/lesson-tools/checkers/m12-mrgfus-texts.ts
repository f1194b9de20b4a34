import type { Locale } from '../../i18n/locales';
import type { CheckerTexts } from '../checker/checker';
import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';

/** The MRgFUS eligibility check's wording, both languages (its rules: ./m12-mrgfus.ts); read on the server only. */
export const mrgfusWording: CheckerWording = {
  title: { it: 'MRgFUS è un’opzione?', en: 'Is MRgFUS an option?' },
  lead: { it: 'Rispondi per la lesione e il paziente: lo strumento dice se gli ultrasuoni focalizzati guidati dalla RM sono applicabili.', en: 'Answer for the lesion and the patient: the tool tells you whether MR-guided focused ultrasound applies.' },
  questions: {
    site: { label: { it: 'Sede della metastasi dolorosa', en: 'Site of the painful metastasis' }, options: {
      'vertebral-body': { it: 'Corpo vertebrale', en: 'Vertebral body' },
      other: { it: 'Altro osso (per esempio bacino o arti)', en: 'Other bone (for example pelvis or limbs)' },
    } },
    anaesthesia: { label: { it: 'Il paziente tollera un blocco epidurale o una sedazione profonda?', en: 'Can the patient have an epidural block or deep sedation?' }, options: yesNoWording },
  },
  findings: {
    vertebral: { it: 'MRgFUS non è applicabile al corpo vertebrale: considera radioterapia, ablazione percutanea o cementoplastica, dopo aver assegnato il grado ESCC e calcolato il SINS (compressione midollare sintomatica e instabilità cambiano la scelta).', en: 'MRgFUS cannot be applied to the vertebral body: consider radiotherapy, percutaneous ablation or cementoplasty, after grading ESCC and scoring SINS (symptomatic cord compression and instability change the choice).' },
    anaesthesia: { it: 'Il trattamento si esegue in blocco epidurale o sedazione profonda: serve un consulto anestesiologico.', en: 'The treatment is done under epidural block or deep sedation: an anaesthesia consultation is needed.' },
    profile: { it: 'Necrosi coagulativa transcutanea: totalmente non invasiva, senza radiazioni ionizzanti, con poche complicanze. Nel caso della lezione una metastasi di carcinoma mammario è passata da VAS 10 a 0 in 45 minuti di trattamento.', en: 'Transcutaneous coagulative necrosis: fully non-invasive, no ionizing radiation, few complications. In the Italian lecture course’s case a breast cancer metastasis went from VAS 10 to 0 after a 45-minute treatment.' },
  },
  verdicts: {
    'not-applicable': { it: 'Non applicabile al corpo vertebrale', en: 'Not applicable to the vertebral body' },
    anaesthesia: { it: 'Possibile solo dopo il consulto anestesiologico', en: 'Possible only after the anaesthesia consultation' },
    eligible: { it: 'MRgFUS è un’opzione da discutere nel team multidisciplinare', en: 'MRgFUS is an option to discuss in the multidisciplinary team' },
  },
};

export const mrgfusTextsIn = (lang: Locale): CheckerTexts => checkerTextsIn(mrgfusWording, lang);

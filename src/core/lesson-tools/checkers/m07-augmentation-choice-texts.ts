import type { Locale } from '../../i18n/locales';
import type { CheckerTexts } from '../checker/checker';
import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';

/** The augmentation choice's wording, both languages (its rules: ./m07-augmentation-choice.ts); read on the server only. */
export const augmentationWording: CheckerWording = {
  title: { it: 'Vertebroplastica, cifoplastica o osteoplastica?', en: 'Vertebroplasty, kyphoplasty or osteoplasty?' },
  lead: { it: 'Descrivi sede e obiettivi: lo strumento indica la tecnica di consolidamento adatta e i suoi compromessi.', en: 'Describe the site and the goals: the tool shows the consolidation technique that fits and its trade-offs.' },
  questions: {
    site: { label: { it: 'Sede della lesione', en: 'Site of the lesion' }, options: {
      vertebra: { it: 'Corpo vertebrale', en: 'Vertebral body' },
      pelvis: { it: 'Sacro, acetabolo, rami pubici, tuberosità ischiatiche', en: 'Sacrum, acetabulum, pubic rami, ischial tuberosities' },
      'femoral-head': { it: 'Testa del femore', en: 'Femoral head' },
      diaphysis: { it: 'Diafisi di un osso lungo di carico (per esempio il femore)', en: 'Diaphysis of a long weight-bearing bone (such as the femur)' },
    } },
    height: { label: { it: 'Ripristinare l’altezza o correggere la cifosi è un obiettivo?', en: 'Is restoring height or correcting kyphosis a goal?' }, options: yesNoWording },
    ga: { label: { it: 'Il paziente può fare un’anestesia generale?', en: 'Can the patient have general anaesthesia?' }, options: yesNoWording },
  },
  findings: {
    vp: { it: 'Vertebroplastica: anestesia locale e sedazione, guida fluoroscopica; efficacia analgesica 86% a 1 mese e 92% a 6 mesi nelle fratture vertebrali dolorose in generale, non specificamente nelle metastasi (la revisione); le hanno messe in discussione due studi randomizzati controllati con placebo (Buchbinder, Kallmes), a loro volta contestati; la complicanza più frequente è la fuoriuscita di cemento. Una compressione midollare sintomatica al livello da trattare è una controindicazione assoluta; prima del cemento assegna il grado ESCC e calcola il SINS (con SINS 7 o più, parere del chirurgo vertebrale sulla stabilità).', en: 'Vertebroplasty: local anaesthesia and sedation, fluoroscopic guidance; analgesic efficacy 86% at 1 month and 92% at 6 months for painful vertebral fractures in general, not metastases specifically (the review); two randomized placebo-controlled trials (Buchbinder, Kallmes) challenged them, and were disputed in turn; cement leakage is the commonest complication. Symptomatic spinal cord compression at the level to be treated is an absolute contraindication; before cement, grade ESCC and score SINS (with SINS 7 or more, the spine surgeon’s opinion on stability).' },
    kp: { it: 'Cifoplastica: il palloncino ripristina in media 3–5 mm di altezza, riduce la fuoriuscita e inietta a pressione più bassa; ma secondo la revisione richiede sempre anestesia generale (nota nostra: la pratica varia fra i centri, decidi con l’anestesista), dura di più e costa da 10 a 20 volte di più. A 6 mesi il dolore non differisce dalla vertebroplastica.', en: 'Kyphoplasty: the balloon restores about 3–5 mm of height, leaks less and injects at lower pressure; but according to the review it always needs general anaesthesia (our note: practice varies between centres; decide with the anaesthetist), takes longer and costs 10 to 20 times more. At 6 months pain relief does not differ from vertebroplasty.' },
    'no-ga': { it: 'Senza anestesia generale la revisione esclude la cifoplastica: resta la vertebroplastica, la scelta più semplice. Se la cifoplastica serve davvero, decidi con l’anestesista (nota nostra: la pratica varia fra i centri).', en: 'Without general anaesthesia the review rules kyphoplasty out: vertebroplasty remains the simpler choice. If kyphoplasty is really needed, decide with the anaesthetist (our note: practice varies between centres).' },
    osteoplasty: { it: 'Osteoplastica: guida TC per l’acetaboloplastica, fluoroscopia «bull’s eye» per il pube; mezzo di contrasto prima del cemento per prevederne la diffusione; attenzione ai nervi otturatorio e pudendo.', en: 'Osteoplasty: CT guidance for acetabuloplasty, bull’s-eye fluoroscopy for the pubis; contrast before cement to predict its spread; beware the obturator and pudendal nerves.' },
    'femoral-head': { it: 'Le lesioni della testa femorale sono state trattate con successo; una fuoriuscita nell’anca è descritta senza conseguenze cliniche.', en: 'Femoral head lesions have been treated successfully; a leak into the hip joint has been described without clinical consequence.' },
    diaphysis: { it: 'Evita la cementoplastica nella diafisi delle ossa lunghe di carico: consolidamento inadeguato e fratture patologiche. Serve la chirurgia: consulto ortopedico.', en: 'Avoid cementoplasty in the diaphysis of long weight-bearing bones: inadequate consolidation and pathological fractures. Surgery is needed: orthopaedic consultation.' },
  },
  verdicts: {
    surgery: { it: 'Non cemento: fissazione chirurgica', en: 'Not cement: surgical fixation' },
    'kp-or-vp': { it: 'Cifoplastica o vertebroplastica: pesa i compromessi', en: 'Kyphoplasty or vertebroplasty: weigh the trade-offs' },
    vp: { it: 'Vertebroplastica', en: 'Vertebroplasty' },
    osteoplasty: { it: 'Osteoplastica', en: 'Osteoplasty' },
  },
};

export const augmentationTextsIn = (lang: Locale): CheckerTexts => checkerTextsIn(augmentationWording, lang);

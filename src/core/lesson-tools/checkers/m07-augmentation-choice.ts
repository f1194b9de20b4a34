import { yesNo, type Answers, type CheckerDef } from '../checker/checker';

/** M7 — vertebroplasty, kyphoplasty or osteoplasty, with their trade-offs (Salapura & Jeromel 2014). */
const vertebral = (a: Answers) => a.site === 'vertebra';

export const augmentationChoice: CheckerDef = {
  id: 'augmentation-choice',
  title: { it: 'Vertebroplastica, cifoplastica o osteoplastica?', en: 'Vertebroplasty, kyphoplasty or osteoplasty?' },
  lead: { it: 'Descrivi sede e obiettivi: lo strumento indica la tecnica di consolidamento adatta e i suoi compromessi.', en: 'Describe the site and the goals: the tool shows the consolidation technique that fits and its trade-offs.' },
  questions: [
    { id: 'site', label: { it: 'Sede della lesione', en: 'Site of the lesion' }, options: [
      { id: 'vertebra', label: { it: 'Corpo vertebrale', en: 'Vertebral body' } },
      { id: 'pelvis', label: { it: 'Sacro, acetabolo, rami pubici, tuberosità ischiatiche', en: 'Sacrum, acetabulum, pubic rami, ischial tuberosities' } },
      { id: 'femoral-head', label: { it: 'Testa del femore', en: 'Femoral head' } },
      { id: 'diaphysis', label: { it: 'Diafisi di un osso lungo di carico (per esempio il femore)', en: 'Diaphysis of a long weight-bearing bone (such as the femur)' } },
    ] },
    { id: 'height', showIf: vertebral, label: { it: 'Ripristinare l’altezza o correggere la cifosi è un obiettivo?', en: 'Is restoring height or correcting kyphosis a goal?' }, options: yesNo },
    { id: 'ga', showIf: vertebral, label: { it: 'Il paziente può fare un’anestesia generale?', en: 'Can the patient have general anaesthesia?' }, options: yesNo },
  ],
  findings: [
    { id: 'vp', level: 'ok', when: vertebral, refs: ['seed004-review', 'fisher2010'], text: { it: 'Vertebroplastica: anestesia locale e sedazione, guida fluoroscopica; efficacia analgesica 86% a 1 mese e 92% a 6 mesi nelle fratture vertebrali dolorose in generale, non specificamente nelle metastasi (la revisione); le hanno messe in discussione due studi randomizzati controllati con placebo (Buchbinder, Kallmes), a loro volta contestati; la complicanza più frequente è la fuoriuscita di cemento. Una compressione midollare sintomatica al livello da trattare è una controindicazione assoluta; prima del cemento assegna il grado ESCC e calcola il SINS (con SINS 7 o più, parere del chirurgo vertebrale sulla stabilità).', en: 'Vertebroplasty: local anaesthesia and sedation, fluoroscopic guidance; analgesic efficacy 86% at 1 month and 92% at 6 months for painful vertebral fractures in general, not metastases specifically (the review); two randomized placebo-controlled trials (Buchbinder, Kallmes) challenged them, and were disputed in turn; cement leakage is the commonest complication. Symptomatic spinal cord compression at the level to be treated is an absolute contraindication; before cement, grade ESCC and score SINS (with SINS 7 or more, the spine surgeon’s opinion on stability).' } },
    { id: 'kp', level: 'ok', when: (a) => vertebral(a) && a.height === 'yes' && a.ga === 'yes', refs: ['seed004-review'], text: { it: 'Cifoplastica: il palloncino ripristina in media 3–5 mm di altezza, riduce la fuoriuscita e inietta a pressione più bassa; ma secondo la revisione richiede sempre anestesia generale (nota nostra: la pratica varia fra i centri, decidi con l’anestesista), dura di più e costa da 10 a 20 volte di più. A 6 mesi il dolore non differisce dalla vertebroplastica.', en: 'Kyphoplasty: the balloon restores about 3–5 mm of height, leaks less and injects at lower pressure; but according to the review it always needs general anaesthesia (our note: practice varies between centres; decide with the anaesthetist), takes longer and costs 10 to 20 times more. At 6 months pain relief does not differ from vertebroplasty.' } },
    { id: 'no-ga', level: 'warn', when: (a) => vertebral(a) && a.ga === 'no', refs: ['seed004-review'], text: { it: 'Senza anestesia generale la revisione esclude la cifoplastica: resta la vertebroplastica, la scelta più semplice. Se la cifoplastica serve davvero, decidi con l’anestesista (nota nostra: la pratica varia fra i centri).', en: 'Without general anaesthesia the review rules kyphoplasty out: vertebroplasty remains the simpler choice. If kyphoplasty is really needed, decide with the anaesthetist (our note: practice varies between centres).' } },
    { id: 'osteoplasty', level: 'ok', when: (a) => a.site === 'pelvis', refs: ['seed004-review'], text: { it: 'Osteoplastica: guida TC per l’acetaboloplastica, fluoroscopia «bull’s eye» per il pube; mezzo di contrasto prima del cemento per prevederne la diffusione; attenzione ai nervi otturatorio e pudendo.', en: 'Osteoplasty: CT guidance for acetabuloplasty, bull’s-eye fluoroscopy for the pubis; contrast before cement to predict its spread; beware the obturator and pudendal nerves.' } },
    { id: 'femoral-head', level: 'ok', when: (a) => a.site === 'femoral-head', refs: ['seed004-review'], text: { it: 'Le lesioni della testa femorale sono state trattate con successo; una fuoriuscita nell’anca è descritta senza conseguenze cliniche.', en: 'Femoral head lesions have been treated successfully; a leak into the hip joint has been described without clinical consequence.' } },
    { id: 'diaphysis', level: 'stop', when: (a) => a.site === 'diaphysis', refs: ['seed004-review', 'gangi2010'], text: { it: 'Evita la cementoplastica nella diafisi delle ossa lunghe di carico: consolidamento inadeguato e fratture patologiche. Serve la chirurgia: consulto ortopedico.', en: 'Avoid cementoplasty in the diaphysis of long weight-bearing bones: inadequate consolidation and pathological fractures. Surgery is needed: orthopaedic consultation.' } },
  ],
  verdicts: [
    { code: 'surgery', tone: 'danger', when: (a) => a.site === 'diaphysis', label: { it: 'Non cemento: fissazione chirurgica', en: 'Not cement: surgical fixation' } },
    { code: 'kp-or-vp', tone: 'ok', when: (a) => vertebral(a) && a.height === 'yes' && a.ga === 'yes', label: { it: 'Cifoplastica o vertebroplastica: pesa i compromessi', en: 'Kyphoplasty or vertebroplasty: weigh the trade-offs' } },
    { code: 'vp', tone: 'ok', when: vertebral, label: { it: 'Vertebroplastica', en: 'Vertebroplasty' } },
    { code: 'osteoplasty', tone: 'ok', when: () => true, label: { it: 'Osteoplastica', en: 'Osteoplasty' } },
  ],
};

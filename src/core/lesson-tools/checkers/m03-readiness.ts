import { yesNo, type Answers, type CheckerDef } from '../checker/checker';

/** M3 — pre-procedure readiness, anaesthesia level and guidance by task (CIRSE, Gangi 2010; Salapura & Jeromel 2014). */
const cement = (a: Answers) => a.procedure === 'cement-single' || a.procedure === 'cement-multi' || a.procedure === 'kyphoplasty';

export const readiness: CheckerDef = {
  id: 'readiness',
  title: { it: 'Pronto per la procedura?', en: 'Ready for the procedure?' },
  lead: { it: 'Scegli la procedura e verifica i prerequisiti: lo strumento indica che cosa manca, il livello di sedazione o anestesia e la guida per immagini.', en: 'Choose the procedure and check the prerequisites: the tool shows what is missing, the level of sedation or anaesthesia and the image guidance.' },
  questions: [
    { id: 'procedure', label: { it: 'Procedura', en: 'Procedure' }, options: [
      { id: 'cement-single', label: { it: 'Cementoplastica di una vertebra', en: 'Single-level cementoplasty' } },
      { id: 'cement-multi', label: { it: 'Vertebroplastica a più livelli', en: 'Multilevel vertebroplasty' } },
      { id: 'kyphoplasty', label: { it: 'Cifoplastica', en: 'Kyphoplasty' } },
      { id: 'ablation', label: { it: 'Termoablazione', en: 'Thermal ablation' } },
      { id: 'ethanol', label: { it: 'Alcolizzazione (etanolo)', en: 'Ethanol ablation' } },
    ] },
    { id: 'site', label: { it: 'Sede', en: 'Site' }, options: [
      { id: 'spine', label: { it: 'Rachide', en: 'Spine' } },
      { id: 'superficial', label: { it: 'Lesione litica superficiale con componente nei tessuti molli', en: 'Superficial lytic lesion with a soft-tissue component' } },
      { id: 'other', label: { it: 'Altro segmento osseo', en: 'Other bone' } },
    ] },
    { id: 'labs', label: { it: 'Coagulazione (PT, PTT, INR), piastrine e globuli bianchi nella norma?', en: 'Coagulation (PT, PTT, INR), platelets and white cells normal?' }, options: yesNo },
    { id: 'infection', label: { it: 'Infezioni in corso, anche lontane dalla lesione?', en: 'Any infection, even far from the lesion?' }, options: yesNo },
    { id: 'consent', label: { it: 'Consenso informato scritto e firmato?', en: 'Written, signed informed consent?' }, options: yesNo },
  ],
  findings: [
    { id: 'labs', level: 'stop', when: (a) => a.labs === 'no', refs: ['gangi2010'], text: { it: 'Coagulazione, piastrine e globuli bianchi dovrebbero essere normali: correggili o chiedi un consulto ematologico prima di procedere.', en: 'Coagulation, platelets and white cells should be normal: correct them, or ask for a haematology consultation, before proceeding.' } },
    { id: 'infection', level: 'stop', when: (a) => a.infection === 'yes', refs: ['gangi2010'], text: { it: 'Ogni infezione, anche lontana dal tumore, va identificata e risolta prima dell’intervento.', en: 'Every infection, even far from the tumour, must be identified and resolved before the procedure.' } },
    { id: 'consent', level: 'stop', when: (a) => a.consent === 'no', refs: ['gangi2010'], text: { it: 'Serve il consenso informato scritto e firmato.', en: 'Written, signed informed consent is required.' } },
    { id: 'sedation-single', level: 'info', when: (a) => a.procedure === 'cement-single', refs: ['gangi2010', 'seed004-review'], text: { it: 'Anestesia: per una sola vertebra di norma basta la sedazione cosciente con anestesia locale.', en: 'Anaesthesia: for a single vertebra conscious sedation with local anaesthesia is usually enough.' } },
    { id: 'sedation-multi', level: 'info', when: (a) => a.procedure === 'cement-multi', refs: ['gangi2010'], text: { it: 'Anestesia: sedazione o anestesia generale, quest’ultima soprattutto per la vertebroplastica a più livelli.', en: 'Anaesthesia: sedation or general anaesthesia, the latter especially for multilevel vertebroplasty.' } },
    { id: 'sedation-kp', level: 'info', when: (a) => a.procedure === 'kyphoplasty', refs: ['seed004-review'], text: { it: 'Anestesia: secondo la revisione la cifoplastica si esegue sempre in anestesia generale (nota nostra: la pratica varia fra i centri; decidi con l’anestesista).', en: 'Anaesthesia: according to the review, kyphoplasty is always performed under general anaesthesia (our note: practice varies between centres; decide with the anaesthetist).' } },
    // The two sources disagree on ablation: shown as a disagreement, never resolved here.
    { id: 'sedation-ablation', level: 'warn', when: (a) => a.procedure === 'ablation', refs: ['gangi2010', 'seed004-review'], text: { it: 'Anestesia: le fonti non concordano. Le linee guida CIRSE indicano per l’ablazione anestesia generale, spinale o blocco delle radici nervose (per la crioablazione anche la sedazione); Salapura e Jeromel descrivono la radiofrequenza in anestesia locale con sedazione. Decidi con l’anestesista.', en: 'Anaesthesia: the sources disagree. The CIRSE guidelines give general or spinal anaesthesia or a nerve-root block for ablation (sedation too for cryoablation); Salapura and Jeromel describe radiofrequency ablation under local anaesthesia with sedation. Decide with the anaesthetist.' } },
    { id: 'sedation-ethanol', level: 'info', when: (a) => a.procedure === 'ethanol', refs: ['gangi2010'], text: { it: 'Anestesia: sedazione profonda o anestesia generale obbligatorie, perché l’etanolo nell’osso è doloroso.', en: 'Anaesthesia: deep sedation or general anaesthesia is mandatory, because ethanol in bone is painful.' } },
    { id: 'guide-cement', level: 'info', when: cement, refs: ['gangi2010', 'seed004-review'], text: { it: 'Guida: fluoroscopia in tempo reale per l’iniezione del cemento, idealmente biplana.', en: 'Guidance: real-time fluoroscopy for cement injection, ideally biplane.' } },
    { id: 'guide-ablation', level: 'info', when: (a) => a.procedure === 'ablation' || a.procedure === 'ethanol', refs: ['gangi2010'], text: { it: 'Guida: TC, ad alta risoluzione e 3D, che riduce le complicanze; la RM può anche monitorare la temperatura.', en: 'Guidance: CT, high-resolution and 3D, which reduces complications; MRI can also monitor temperature.' } },
    { id: 'guide-spine', level: 'info', when: (a) => a.site === 'spine', refs: ['gangi2010'], text: { it: 'Nel rachide la guida multimodale TC più fluoroscopia è più rapida e accurata nei casi complessi.', en: 'In the spine multimodal CT plus fluoroscopy guidance is faster and more accurate in complex cases.' } },
    { id: 'guide-us', level: 'info', when: (a) => a.site === 'superficial', refs: ['gangi2010'], text: { it: 'Le lesioni litiche superficiali con componente nei tessuti molli si possono guidare con l’ecografia.', en: 'Superficial lytic lesions with a soft-tissue component can be guided by ultrasound.' } },
    { id: 'sterility', level: 'info', when: () => true, refs: ['gangi2010'], text: { it: 'Sterilità assoluta; si possono somministrare antibiotici endovena il giorno dell’intervento.', en: 'Absolute sterility; intravenous antibiotics may be given on the day of the procedure.' } },
  ],
  verdicts: [
    { code: 'not-ready', tone: 'danger', when: (_a, fired) => fired.some((f) => ['labs', 'infection', 'consent'].includes(f)), label: { it: 'Non pronto: risolvi i punti marcati Stop', en: 'Not ready: resolve the items marked Stop' } },
    { code: 'ready', tone: 'ok', when: () => true, label: { it: 'Pronto, con anestesia e guida indicate sotto', en: 'Ready, with the anaesthesia and guidance below' } },
  ],
};

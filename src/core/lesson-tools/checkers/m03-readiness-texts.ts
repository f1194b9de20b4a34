import type { Locale } from '../../i18n/locales';
import type { CheckerTexts } from '../checker/checker';
import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';

/** The readiness check's wording, both languages (its rules: ./m03-readiness.ts); read on the server only. */
export const readinessWording: CheckerWording = {
  title: { it: 'Pronto per la procedura?', en: 'Ready for the procedure?' },
  lead: { it: 'Scegli la procedura e verifica i prerequisiti: lo strumento indica che cosa manca, il livello di sedazione o anestesia e la guida per immagini.', en: 'Choose the procedure and check the prerequisites: the tool shows what is missing, the level of sedation or anaesthesia and the image guidance.' },
  questions: {
    procedure: { label: { it: 'Procedura', en: 'Procedure' }, options: {
      'cement-single': { it: 'Cementoplastica di una vertebra', en: 'Single-level cementoplasty' },
      'cement-multi': { it: 'Vertebroplastica a più livelli', en: 'Multilevel vertebroplasty' },
      kyphoplasty: { it: 'Cifoplastica', en: 'Kyphoplasty' },
      ablation: { it: 'Termoablazione', en: 'Thermal ablation' },
      ethanol: { it: 'Alcolizzazione (etanolo)', en: 'Ethanol ablation' },
    } },
    site: { label: { it: 'Sede', en: 'Site' }, options: {
      spine: { it: 'Rachide', en: 'Spine' },
      superficial: { it: 'Lesione litica superficiale con componente nei tessuti molli', en: 'Superficial lytic lesion with a soft-tissue component' },
      other: { it: 'Altro segmento osseo', en: 'Other bone' },
    } },
    labs: { label: { it: 'Coagulazione (PT, PTT, INR), piastrine e globuli bianchi nella norma?', en: 'Coagulation (PT, PTT, INR), platelets and white cells normal?' }, options: yesNoWording },
    infection: { label: { it: 'Infezioni in corso, anche lontane dalla lesione?', en: 'Any infection, even far from the lesion?' }, options: yesNoWording },
    consent: { label: { it: 'Consenso informato scritto e firmato?', en: 'Written, signed informed consent?' }, options: yesNoWording },
  },
  findings: {
    labs: { it: 'Coagulazione, piastrine e globuli bianchi dovrebbero essere normali: correggili o chiedi un consulto ematologico prima di procedere.', en: 'Coagulation, platelets and white cells should be normal: correct them, or ask for a haematology consultation, before proceeding.' },
    infection: { it: 'Ogni infezione, anche lontana dal tumore, va identificata e risolta prima dell’intervento.', en: 'Every infection, even far from the tumour, must be identified and resolved before the procedure.' },
    consent: { it: 'Serve il consenso informato scritto e firmato.', en: 'Written, signed informed consent is required.' },
    'sedation-single': { it: 'Anestesia: per una sola vertebra di norma basta la sedazione cosciente con anestesia locale.', en: 'Anaesthesia: for a single vertebra conscious sedation with local anaesthesia is usually enough.' },
    'sedation-multi': { it: 'Anestesia: sedazione o anestesia generale, quest’ultima soprattutto per la vertebroplastica a più livelli.', en: 'Anaesthesia: sedation or general anaesthesia, the latter especially for multilevel vertebroplasty.' },
    'sedation-kp': { it: 'Anestesia: secondo la revisione la cifoplastica si esegue sempre in anestesia generale (nota nostra: la pratica varia fra i centri; decidi con l’anestesista).', en: 'Anaesthesia: according to the review, kyphoplasty is always performed under general anaesthesia (our note: practice varies between centres; decide with the anaesthetist).' },
    'sedation-ablation': { it: 'Anestesia: le fonti non concordano. Le linee guida CIRSE indicano per l’ablazione anestesia generale, spinale o blocco delle radici nervose (per la crioablazione anche la sedazione); Salapura e Jeromel descrivono la radiofrequenza in anestesia locale con sedazione. Decidi con l’anestesista.', en: 'Anaesthesia: the sources disagree. The CIRSE guidelines give general or spinal anaesthesia or a nerve-root block for ablation (sedation too for cryoablation); Salapura and Jeromel describe radiofrequency ablation under local anaesthesia with sedation. Decide with the anaesthetist.' },
    'sedation-ethanol': { it: 'Anestesia: sedazione profonda o anestesia generale obbligatorie, perché l’etanolo nell’osso è doloroso.', en: 'Anaesthesia: deep sedation or general anaesthesia is mandatory, because ethanol in bone is painful.' },
    'guide-cement': { it: 'Guida: fluoroscopia in tempo reale per l’iniezione del cemento, idealmente biplana.', en: 'Guidance: real-time fluoroscopy for cement injection, ideally biplane.' },
    'guide-ablation': { it: 'Guida: TC, ad alta risoluzione e 3D, che riduce le complicanze; la RM può anche monitorare la temperatura.', en: 'Guidance: CT, high-resolution and 3D, which reduces complications; MRI can also monitor temperature.' },
    'guide-spine': { it: 'Nel rachide la guida multimodale TC più fluoroscopia è più rapida e accurata nei casi complessi.', en: 'In the spine multimodal CT plus fluoroscopy guidance is faster and more accurate in complex cases.' },
    'guide-us': { it: 'Le lesioni litiche superficiali con componente nei tessuti molli si possono guidare con l’ecografia.', en: 'Superficial lytic lesions with a soft-tissue component can be guided by ultrasound.' },
    sterility: { it: 'Sterilità assoluta; si possono somministrare antibiotici endovena il giorno dell’intervento.', en: 'Absolute sterility; intravenous antibiotics may be given on the day of the procedure.' },
  },
  verdicts: {
    'not-ready': { it: 'Non pronto: risolvi i punti marcati Stop', en: 'Not ready: resolve the items marked Stop' },
    ready: { it: 'Pronto, con anestesia e guida indicate sotto', en: 'Ready, with the anaesthesia and guidance below' },
  },
};

export const readinessTextsIn = (lang: Locale): CheckerTexts => checkerTextsIn(readinessWording, lang);

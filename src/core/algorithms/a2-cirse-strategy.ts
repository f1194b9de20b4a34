import { defineGraph } from './decision-graph';
import { decompressionCementNote } from './shared-notes';

/**
 * A2 — the recommended treatment strategy that closes the CIRSE guidelines (seed 001, ref gangi2010):
 * three scenarios for a painful bone tumour, asked as questions. The canal scenario (3) is asked first
 * because it changes the technique even when the other conditions also hold. Two outcomes are ours and
 * say so: an operable patient with canal invasion goes to the surgeon (seed 003), and a tumour that fits
 * none of the scenarios goes back to Algorithm 1.
 */
export const a2CirseStrategy = defineGraph({
  id: 'a2-cirse-strategy',
  title: {
    it: 'Strategia terapeutica consigliata CIRSE: tre scenari',
    en: 'CIRSE recommended treatment strategy: three scenarios',
  },
  summary: {
    it: "Le conclusioni delle linee guida CIRSE per il tumore osseo doloroso, messe in forma di domande: invasione del canale, estensione alle parti molli, rischio di frattura, tipo di osso. Ogni scelta presuppone una valutazione clinica accurata (origine e sede del dolore, trattamenti già eseguiti, possibilità di anestesia generale, aspettativa di vita), uno studio TC/RM total body con ricostruzioni 3D e una decisione del team multidisciplinare.",
    en: 'The conclusions of the CIRSE guidelines for painful bone tumours, arranged as questions: canal invasion, soft-tissue extension, fracture risk, type of bone. Every choice presupposes a careful clinical work-up (source and site of pain, previous treatment, fitness for general anaesthesia, life expectancy), whole-body CT/MRI with 3D reconstructions, and a decision by the multidisciplinary team.',
  },
  about: {
    it: 'Le linee guida CIRSE descrivono tre scenari in forma di elenco; l’ordine delle domande è nostro. Chiediamo per primo il canale (scenario 3), perché cambia la tecnica anche quando valgono altre condizioni. Lo scenario 1 parla di «ossa piatte che sostengono il carico assiale»: vi facciamo rientrare anche il corpo vertebrale, che la stessa linea guida indica, con acetabolo e condili, fra le sedi principali della cementoplastica. Due esiti sono aggiunti da noi e lo dicono: il paziente operabile con invasione del canale va prima al chirurgo, e il tumore che non rientra in nessuno scenario torna all’Algoritmo 1.',
    en: 'The CIRSE guidelines give three scenarios as a list; the order of the questions is ours. We ask about the canal first (scenario 3), because it changes the technique even when other conditions also hold. Scenario 1 speaks of “flat bones that bear axial load”: we include the vertebral body, which the same guideline lists, with the acetabulum and the condyles, among the main sites for cementoplasty. Two outcomes are our additions and say so: an operable patient with canal invasion goes to the surgeon first, and a tumour that fits no scenario goes back to Algorithm 1.',
  },
  refs: ['gangi2010'],
  root: 'canal',
  nodes: {
    canal: {
      kind: 'question',
      text: {
        it: 'È un tumore vertebrale che rompe il muro posteriore e si estende nello spazio epidurale del canale?',
        en: 'Is this a spinal tumour that breaks through the posterior wall and extends into the epidural space of the canal?',
      },
      why: {
        it: "È lo scenario più delicato e va riconosciuto per primo: con il muro posteriore interrotto, il cemento iniettato da solo può uscire nel canale o spingervi il tumore, con danni neurologici. Per questi pazienti la linea guida prevede un’altra tecnica, a patto che il tumore non sia operabile.",
        en: 'This is the most delicate scenario and is checked first: with a broken posterior wall, cement on its own can escape into the canal or push tumour into it, with neurological harm. The guideline reserves another technique for these patients, provided the tumour is inoperable.',
      },
      refs: ['gangi2010'],
      options: [
        { id: 'inoperable', label: { it: 'Sì, e il tumore non è operabile', en: 'Yes, and the tumour is inoperable' }, next: 'rf-ionization' },
        {
          id: 'operable',
          label: { it: 'Sì, ma il paziente è candidabile alla chirurgia', en: 'Yes, but the patient is a surgical candidate' },
          next: 'surgery-first',
        },
        { id: 'no-canal', label: { it: 'No, il canale non è invaso', en: 'No, the canal is not invaded' }, next: 'soft-tissue' },
      ],
    },

    'rf-ionization': {
      kind: 'recommendation',
      title: {
        it: 'Decompressione con ionizzazione a radiofrequenza, poi cementoplastica',
        en: 'Decompression by RF ionization, then cementoplasty',
      },
      explanation: {
        it: "Scenario 3. Nel tumore vertebrale non operabile che interrompe il muro posteriore e invade lo spazio epidurale, la tecnica migliore è la decompressione percutanea con debulking tramite ionizzazione a radiofrequenza (coblazione): il plasma a bassa temperatura apre canali nel tumore e libera il canale. La cavità così ottenuta si riempie poi di cemento, che consolida la vertebra con meno rischio di spingere tumore o cemento verso il midollo. Le nevralgie migliorano fino all’87% dei casi.",
        en: 'Scenario 3. For an inoperable spinal tumour that breaks the posterior wall and invades the epidural space, the best technique is percutaneous decompression and debulking by RF ionization (coblation): low-temperature plasma opens channels in the tumour and frees the canal. The cavity it leaves is then filled with cement, which consolidates the vertebra with less risk of pushing tumour or cement towards the cord. Neuralgia improves in up to 87% of cases.',
      },
      notes: [decompressionCementNote],
      refs: ['gangi2010', 'seed004-review'],
    },

    'surgery-first': {
      kind: 'recommendation',
      title: { it: 'Prima la valutazione chirurgica', en: 'Surgical assessment first' },
      explanation: {
        it: "La strategia CIRSE riserva la decompressione percutanea ai tumori non operabili, quindi questo caso esce dai tre scenari. Se il paziente è candidabile, il tumore che invade il canale va discusso con il chirurgo: la chirurgia resta il cardine quando c’è un deficit neurologico, un’instabilità da stabilizzare o un’aspettativa di vita più lunga, e la compressione nervosa va prevenuta o trattata precocemente.",
        en: 'The CIRSE strategy keeps percutaneous decompression for inoperable tumours, so this case falls outside the three scenarios. If the patient can be operated on, a tumour invading the canal is discussed with the surgeon: surgery remains the mainstay when there is a neurological deficit, instability needing fixation or a longer life expectancy, and neural compression must be prevented or treated early.',
      },
      alternatives: [
        {
          it: "Se il team esclude l’intervento: decompressione con ionizzazione a radiofrequenza e cemento (scenario 3).",
          en: 'If the team rules surgery out: RF-ionization decompression and cement (scenario 3).',
        },
      ],
      refs: ['seed003-encyclopedia', 'gangi2010'],
    },

    'soft-tissue': {
      kind: 'question',
      text: {
        it: 'Il tumore doloroso si estende ai tessuti molli circostanti?',
        en: 'Does the painful tumour extend into the surrounding soft tissues?',
      },
      why: {
        it: "Il cemento consolida l’osso ma non agisce sulla componente extraossea: se il tumore ha invaso le parti molli, il dolore che ne deriva richiede un’ablazione.",
        en: 'Cement consolidates bone but does nothing to the extra-osseous component: if the tumour has invaded the soft tissues, the pain that follows needs ablation.',
      },
      refs: ['gangi2010'],
      options: [
        { id: 'soft-tissue', label: { it: 'Sì, invade le parti molli', en: 'Yes, it invades the soft tissues' }, next: 'fracture-risk' },
        { id: 'bone-only', label: { it: "No, è confinato all’osso", en: 'No, it is confined to bone' }, next: 'flat-bone' },
      ],
    },

    'fracture-risk': {
      kind: 'question',
      text: { it: "C’è rischio di frattura patologica?", en: 'Is there a risk of pathological fracture?' },
      why: {
        it: "La termoablazione controlla il dolore ma non rinforza l’osso, e un’ablazione ampia in un osso sotto carico può anzi favorire fratture secondarie: se il rischio è concreto, all’ablazione va associato un consolidamento.",
        en: 'Thermal ablation controls pain but does not strengthen bone, and a large ablation in loaded bone can even invite secondary fractures: when the risk is real, consolidation must be added to the ablation.',
      },
      refs: ['gangi2010'],
      options: [
        { id: 'fracture-risk', label: { it: 'Sì, rischio di frattura', en: 'Yes, fracture risk' }, next: 'bone-type' },
        { id: 'no-fracture-risk', label: { it: 'No', en: 'No' }, next: 'ablation-alone' },
      ],
    },

    'bone-type': {
      kind: 'question',
      text: { it: 'Che tipo di osso è coinvolto?', en: 'What kind of bone is involved?' },
      why: {
        it: "Il modo di consolidare dipende dall’osso: nelle ossa piatte sotto carico assiale e nel corpo vertebrale basta il cemento, nelle ossa lunghe serve la chirurgia.",
        en: 'How to consolidate depends on the bone: cement is enough in flat bones under axial load and in the vertebral body, long bones need surgery.',
      },
      refs: ['gangi2010'],
      options: [
        {
          id: 'flat',
          label: {
            it: 'Corpo vertebrale o osso piatto sotto carico (es. tetto acetabolare)',
            en: 'Vertebral body or load-bearing flat bone (e.g. acetabular roof)',
          },
          next: 'ablation-plus-cement',
        },
        { id: 'long', label: { it: 'Osso lungo (es. femore, omero)', en: 'Long bone (e.g. femur, humerus)' }, next: 'ablation-plus-surgery' },
      ],
    },

    'ablation-plus-cement': {
      kind: 'recommendation',
      title: { it: 'Termoablazione + cementoplastica', en: 'Thermal ablation + cementoplasty' },
      explanation: {
        it: "Scenario 2 con rischio di frattura in un osso piatto. La termoablazione tratta la componente nelle parti molli e il dolore che provoca; la cementoplastica consolida l’osso. Se le due procedure si fanno nella stessa seduta, il cemento si inietta solo quando la temperatura è tornata normale: dopo la RFA il calore residuo lo farebbe indurire troppo in fretta, dopo la crioablazione il freddo ne impedirebbe la presa, con rischio di fuoriuscite. Nei tumori con estensione paravertebrale o nelle parti molli l’associazione dà risultati migliori della sola cementoplastica.",
        en: 'Scenario 2 with fracture risk in a flat bone. Thermal ablation treats the soft-tissue component and the pain it causes; cementoplasty consolidates the bone. If both are done in one session, cement is injected only once the temperature is back to normal: after RFA the residual heat would make it set too fast, after cryoablation the cold would stop it from setting, with a risk of leakage. For tumours extending paravertebrally or into soft tissue the pairing does better than cementoplasty alone.',
      },
      refs: ['gangi2010'],
    },

    'ablation-plus-surgery': {
      kind: 'recommendation',
      title: { it: 'Termoablazione + consolidamento chirurgico', en: 'Thermal ablation + surgical fixation' },
      explanation: {
        it: "Scenario 2 con rischio di frattura in un osso lungo. L’ablazione controlla il dolore dovuto all’invasione extraossea, ma nelle ossa lunghe il consolidamento spetta alla chirurgia: il solo cemento non protegge adeguatamente la diafisi di un osso lungo sotto carico come il femore.",
        en: 'Scenario 2 with fracture risk in a long bone. Ablation controls the pain of extra-osseous invasion, but in long bones consolidation is a job for surgery: cement alone does not adequately protect the shaft of a loaded long bone such as the femur.',
      },
      alternatives: [
        {
          it: 'Dopo ablazioni ampie in ossa sottoposte a carico le linee guida citano anche le protesi ortopediche.',
          en: 'After large ablations in load-bearing bone the guidelines also mention orthopaedic prostheses.',
        },
      ],
      refs: ['gangi2010', 'seed004-review'],
    },

    'ablation-alone': {
      kind: 'recommendation',
      title: { it: 'Termoablazione', en: 'Thermal ablation' },
      explanation: {
        it: "Scenario 2 senza rischio di frattura. Il dolore nasce dall’invasione delle parti molli e per controllarlo serve la termoablazione; consolidare non è necessario. I nervi vicini vanno protetti, perché sopra i 45 °C il danno è possibile: isolamento termico (idrodissezione, CO2) e termocoppia.",
        en: 'Scenario 2 without fracture risk. Pain comes from soft-tissue invasion and thermal ablation is needed to control it; consolidation is not. Nearby nerves must be protected, because damage is possible above 45 °C: thermal insulation (hydrodissection, CO2) and a thermocouple.',
      },
      alternatives: [
        {
          it: "Se l’ablazione risulta ampia in un osso sotto carico, o il rischio di frattura compare in seguito: aggiungere il consolidamento.",
          en: 'If the ablation turns out large in a loaded bone, or a fracture risk appears later: add consolidation.',
        },
      ],
      refs: ['gangi2010'],
    },

    'flat-bone': {
      kind: 'question',
      text: {
        it: 'Il tumore interessa un corpo vertebrale o un osso piatto che sostiene il carico assiale (es. tetto acetabolare), con rischio di cedimento in compressione?',
        en: 'Does the tumour involve a vertebral body or a flat bone that bears axial load (e.g. the acetabular roof), with a risk of compression fracture?',
      },
      why: {
        it: "È il caso più semplice della strategia: dolore confinato all’osso, nessuna invasione dei tessuti vicini, un osso che lavora in compressione. Il problema è meccanico e il cemento da solo lo risolve. La linea guida parla di ossa piatte sotto carico assiale; il corpo vertebrale, la sede più comune della cementoplastica, rientra qui (nostra lettura). Un’ala iliaca, che regge poco carico assiale, non è il caso tipico.",
        en: "This is the simplest case of the strategy: pain confined to bone, no invasion of nearby tissues, a bone that works under compression. The problem is mechanical and cement alone solves it. The guideline speaks of flat bones under axial load; the vertebral body, the commonest site of cementoplasty, belongs here (our reading). An iliac wing, which carries little axial load, is not the typical case.",
      },
      refs: ['gangi2010'],
      options: [
        { id: 'flat-at-risk', label: { it: 'Sì', en: 'Yes' }, next: 'cementoplasty-alone' },
        { id: 'other', label: { it: 'No, è un altro caso', en: 'No, it is another case' }, next: 'outside-strategy' },
      ],
    },

    'cementoplasty-alone': {
      kind: 'recommendation',
      title: { it: 'Cementoplastica da sola', en: 'Cementoplasty alone' },
      explanation: {
        it: "Scenario 1. Se il tumore doloroso sta in un corpo vertebrale o in un osso piatto che regge il carico assiale, non ha invaso i tessuti vicini e minaccia un cedimento in compressione, basta la cementoplastica, senza altre tecniche: rinforza l’osso e riduce il dolore, con un beneficio significativo nel 75–80% dei pazienti. Per una singola vertebra di norma è sufficiente una sedazione cosciente; l’iniezione va seguita in tempo reale (fluoroscopia laterale o TC-fluoroscopia).",
        en: 'Scenario 1. When the painful tumour sits in a vertebral body or a flat bone carrying axial load, has not invaded nearby tissues and threatens to collapse under compression, cementoplasty alone is enough: it strengthens the bone and eases pain, with a significant benefit in 75–80% of patients. A single vertebra usually needs only conscious sedation; the injection is watched in real time (lateral fluoroscopy or CT fluoroscopy).',
      },
      alternatives: [
        {
          it: "Vertebroplastica associata ad ablazione: la lezione del corso italiano la indica come l’opzione migliore per il dolore, mentre la linea guida CIRSE qui si accontenta del solo cemento.",
          en: 'Vertebroplasty combined with ablation: the Italian lecture course calls it the best option for pain, whereas the CIRSE guideline is content with cement alone here.',
        },
      ],
      refs: ['gangi2010', 'seed000-lecture'],
    },

    'outside-strategy': {
      kind: 'recommendation',
      title: {
        it: "Fuori dai tre scenari: tornare all’Algoritmo 1 e al team",
        en: 'Outside the three scenarios: back to Algorithm 1 and the team',
      },
      explanation: {
        it: "Un tumore doloroso confinato all’osso ma senza rischio di cedimento, o in una sede diversa da un corpo vertebrale o da un osso piatto sotto carico, non rientra nella strategia consigliata. Si ragiona allora con l’Algoritmo 1: se non serve consolidare, termoablazione o alcolizzazione, che è indicata proprio nelle lesioni litiche dolorose non a rischio di frattura. La decisione resta del team multidisciplinare.",
        en: 'A painful tumour confined to bone but not at risk of collapse, or in a site other than a vertebral body or a loaded flat bone, is not covered by the recommended strategy. Algorithm 1 then applies: if no consolidation is needed, thermal ablation or ethanol ablation, which is indicated precisely for painful lytic lesions not at risk of fracture. The decision stays with the multidisciplinary team.',
      },
      alternatives: [
        {
          it: 'Radioterapia: prima opzione nel dolore da metastasi ossee.',
          en: 'Radiotherapy: the first option for painful bone metastases.',
        },
      ],
      refs: ['gangi2010', 'seed000-lecture'],
    },
  },
});

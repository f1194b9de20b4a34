import { defineGraph } from './decision-graph';

/**
 * A3 — the "Management of bone metastases" flowchart closing the embolization lecture (ref
 * seed002-embolization). The source is a drawing whose text survives without its arrows, so the reading is
 * ours, and `about` tells the learner so: oligometastatic disease may be treated with curative intent, plurimetastatic disease goes straight
 * to the palliative needs; radiotherapy and embolization are combinable with every branch (their order is
 * the timing rule of the same lecture). "Small" and "big" carry no threshold in the source.
 */
export const a3BoneMetastasesManagement = defineGraph({
  id: 'a3-bone-metastases-management',
  title: { it: 'Gestione delle metastasi ossee', en: 'Management of bone metastases' },
  summary: {
    it: "Il diagramma di gestione che chiude la lezione italiana sull’embolizzazione arteriosa: estensione della malattia, scopo, bisogno principale della lesione e, per il dolore, dimensioni e distanza da nervi e vasi. Radioterapia ed embolizzazione arteriosa vi compaiono come tasselli da affiancare a ogni percorso, e lo schema si chiude con le terapie combinate, scelte sulle caratteristiche della lesione e sull’obiettivo, più l’immunoterapia.",
    en: 'The management flowchart that closes the Italian lecture on arterial embolization: disease extent, aim, the main need of the lesion and, for pain, size and distance from nerves and vessels. Radiotherapy and arterial embolization appear as pieces to add to any branch, and the chart ends with combined treatments, chosen on the features of the lesion and on the goal, plus immunotherapy.',
  },
  about: {
    it: 'Nella copia della lezione sull’embolizzazione su cui abbiamo lavorato lo schema è solo testo, senza le frecce: quale riquadro porti a quale è una nostra lettura, la più plausibile, non un dato della fonte. Leggiamo così: la malattia oligometastatica può avere scopo curativo, quella diffusa va subito ai bisogni palliativi; radioterapia ed embolizzazione si affiancano a ogni ramo, nell’ordine indicato dalla stessa lezione (prima la radioterapia, poi l’embolizzazione, poi al più presto l’ablazione). «Piccola» e «grande» non hanno una soglia nella fonte. L’ipervascolarizzazione è una caratteristica più che un bisogno: se una lesione ha più bisogni, le risposte si combinano. Il ramo curativo non ha tecniche proprie nello schema: la raccomandazione lì è composta da noi con le altre fonti citate qui.',
    en: 'In the copy of the embolization lecture we worked from, the chart is text only, without its arrows: which box leads to which is our reading, the most plausible one, not a fact of the source. We read it like this: oligometastatic disease may be treated with curative intent, widespread disease goes straight to the palliative needs; radiotherapy and embolization join any branch, in the order the same lecture gives (radiotherapy first, then embolization, then ablation as soon as possible). “Small” and “big” have no threshold in the source. Hypervascularity is a property more than a need: when a lesion has several needs, the answers are combined. The curative branch has no technique of its own in the chart: the recommendation there is put together by us from the other sources cited here.',
  },
  refs: ['seed002-embolization'],
  root: 'extent',
  nodes: {
    extent: {
      kind: 'question',
      text: { it: 'La malattia è oligometastatica o plurimetastatica?', en: 'Is the disease oligometastatic or widespread (polymetastatic)?' },
      why: {
        it: "Lo schema parte da qui perché l’estensione della malattia orienta lo scopo: con poche metastasi ha senso puntare al controllo locale definitivo, con una malattia diffusa il trattamento della singola lesione è di regola palliativo.",
        en: 'The chart starts here because disease extent steers the aim: with few metastases lasting local control is a sensible target, with widespread disease treating a single lesion is as a rule palliative.',
      },
      refs: ['seed002-embolization'],
      options: [
        { id: 'oligometastatic', label: { it: 'Oligometastatica (poche sedi)', en: 'Oligometastatic (few sites)' }, next: 'goal' },
        { id: 'plurimetastatic', label: { it: 'Plurimetastatica (malattia diffusa)', en: 'Polymetastatic (widespread disease)' }, next: 'need' },
      ],
    },

    goal: {
      kind: 'question',
      text: { it: 'Lo scopo è curativo o palliativo?', en: 'Is the aim curative or palliative?' },
      why: {
        it: "Anche con poche metastasi lo scopo va deciso in partenza: il controllo locale definitivo richiede di trattare tutta la lesione, la palliazione si concentra su ciò che dà dolore o minaccia l’osso.",
        en: 'Even with few metastases the aim is set at the outset: lasting local control means treating the whole lesion, palliation focuses on what causes pain or threatens the bone.',
      },
      refs: ['seed002-embolization', 'gangi2010'],
      options: [
        { id: 'curative', label: { it: 'Curativo: controllo locale', en: 'Curative: local control' }, next: 'curative-local' },
        { id: 'palliative', label: { it: 'Palliativo', en: 'Palliative' }, next: 'need' },
      ],
    },

    'curative-local': {
      kind: 'recommendation',
      title: {
        it: 'Trattamento locale a scopo curativo: ablazione e/o radioterapia, ± embolizzazione',
        en: 'Local treatment with curative intent: ablation and/or radiotherapy, ± embolization',
      },
      explanation: {
        it: "Nella malattia oligometastatica l’obiettivo può andare oltre la palliazione: il controllo locale è un’indicazione emergente dell’ablazione percutanea, e la radioterapia stereotassica (SBRT) trova indicazione quando lo scopo non è solo palliativo. Nello schema radioterapia ed embolizzazione arteriosa si affiancano al trattamento locale; se si combinano, la radioterapia va prima dell’embolizzazione, perché l’ipossia rende le cellule più radioresistenti, e la termoablazione il prima possibile dopo, quando l’effetto heat-sink è minimo. Per una lesione maligna le linee guida CIRSE ammettono l’ablazione curativa in pazienti non operabili, con meno di 3 localizzazioni e dimensioni inferiori a 3 cm.",
        en: 'In oligometastatic disease the goal can go beyond palliation: local tumour control is an emerging indication for percutaneous ablation, and stereotactic body radiotherapy (SBRT) is indicated when the aim is more than palliation. In the chart radiotherapy and arterial embolization sit beside local treatment; when they are combined, radiotherapy comes before embolization, because hypoxia makes cells more radioresistant, and thermal ablation as soon as possible after it, while the heat-sink effect is smallest. For a malignant lesion the CIRSE guidelines accept curative ablation in inoperable patients with fewer than 3 sites and size under 3 cm.',
      },
      alternatives: [
        { it: 'Chirurgia nei pazienti operabili.', en: 'Surgery in operable patients.' },
        {
          it: "Terapie combinate scelte sulla lesione e sull’obiettivo, più l’immunoterapia, come nella chiusura dello schema.",
          en: 'Combined treatments chosen on the lesion and the goal, plus immunotherapy, as the chart concludes.',
        },
      ],
      notes: [
        {
          kind: 'reading',
          title: { it: 'Una raccomandazione composta da noi', en: 'A recommendation we put together' },
          text: {
            it: 'Lo schema della lezione sull’embolizzazione non indica tecniche specifiche per lo scopo curativo. Questa raccomandazione è costruita da noi con la lezione del corso italiano (SBRT nella malattia oligometastatica; Kurup e colleghi, 2017) e con le linee guida CIRSE (Gangi e colleghi, 2010).',
            en: 'The embolization lecture’s chart names no technique for the curative aim. This recommendation is put together by us from the Italian lecture course (SBRT in oligometastatic disease; Kurup and colleagues, 2017) and the CIRSE guidelines (Gangi and colleagues, 2010).',
          },
          refs: ['seed002-embolization', 'kurup2017', 'gangi2010'],
        },
      ],
      refs: ['seed002-embolization', 'kurup2017', 'seed000-lecture', 'gangi2010'],
    },

    need: {
      kind: 'question',
      text: { it: 'Qual è il bisogno principale della lesione?', en: 'What does the lesion mainly need?' },
      why: {
        it: "Nel ramo palliativo lo schema divide le lesioni per bisogno: consolidare un osso a rischio, controllare il dolore quando consolidare non serve, ridurre un tumore che invade il canale o le parti molli, devascolarizzare una lesione ipervascolare. La radioterapia resta la prima opzione e l’embolizzazione può affiancare ogni percorso; se la stessa lesione ha più bisogni, le risposte si combinano.",
        en: 'In the palliative branch the chart sorts lesions by need: consolidating bone at risk, controlling pain when consolidation is not needed, shrinking a tumour that invades the canal or soft tissue, devascularizing a hypervascular lesion. Radiotherapy remains the first option and embolization can join any branch; when one lesion has several needs, the answers are combined.',
      },
      refs: ['seed002-embolization', 'seed000-lecture'],
      options: [
        { id: 'consolidation', label: { it: "Consolidare l’osso", en: 'Bone consolidation' }, next: 'osteoplasty' },
        {
          id: 'pain',
          label: { it: 'Controllo del dolore, senza bisogno di consolidare', en: 'Pain control, no consolidation needed' },
          next: 'size-proximity',
        },
        {
          id: 'size-reduction',
          label: {
            it: 'Ridurre il tumore: esteso al canale vertebrale o alle parti molli',
            en: 'Tumour size reduction: extending into the spinal canal or soft tissues',
          },
          next: 'ablation-or-ect',
        },
        { id: 'hypervascular', label: { it: 'Lesione ipervascolare', en: 'Hypervascular lesion' }, next: 'embolization' },
      ],
    },

    osteoplasty: {
      kind: 'recommendation',
      title: { it: 'Osteoplastica od osteosintesi', en: 'Osteoplasty or osteosynthesis' },
      explanation: {
        it: "Se l’osso va consolidato, lo schema indica l’osteoplastica (cemento iniettato per via percutanea, l’equivalente della vertebroplastica fuori dalla colonna) o l’osteosintesi chirurgica. La scelta dipende dall’osso e dal carico: il cemento funziona in vertebre, sacro, acetabolo e branche pubiche, mentre la diafisi delle ossa lunghe che portano il peso, come il femore, non si consolida in modo adeguato con il solo cemento e va sintetizzata.",
        en: 'If the bone must be consolidated, the chart points to osteoplasty (cement injected percutaneously, the counterpart of vertebroplasty outside the spine) or surgical osteosynthesis. The choice depends on the bone and the load: cement works in the vertebrae, sacrum, acetabulum and pubic rami, whereas the shaft of weight-bearing long bones such as the femur is not adequately consolidated by cement alone and needs fixation.',
      },
      alternatives: [
        {
          it: "Associare l’ablazione se la lesione è anche dolorosa o attiva: l’ablazione dà la necrosi, l’osteoplastica la stabilità.",
          en: 'Add ablation if the lesion is also painful or active: ablation gives necrosis, osteoplasty gives stability.',
        },
        {
          it: "Radioterapia ed embolizzazione come complemento, con la radioterapia prima dell’embolizzazione.",
          en: 'Radiotherapy and embolization as complements, with radiotherapy before embolization.',
        },
      ],
      refs: ['seed002-embolization', 'seed004-review', 'seed000-lecture'],
    },

    'size-proximity': {
      kind: 'question',
      text: {
        it: 'Quanto è grande la lesione e quanto è vicina a nervi o vasi?',
        en: 'How big is the lesion and how close is it to nerves or vessels?',
      },
      why: {
        it: "Per il dolore senza bisogno di consolidare, la tecnica si sceglie sul volume da trattare e sul rischio per le strutture vicine: ogni energia ha un suo volume d’ablazione e un suo margine di sicurezza. Lo schema non fissa una soglia in centimetri tra lesione piccola e grande: la distinzione è clinica.",
        en: 'For pain without a need for consolidation, the technique is chosen on the volume to treat and on the risk to nearby structures: each energy has its own ablation volume and safety margin. The chart sets no centimetre threshold between a small and a big lesion: the call is clinical.',
      },
      refs: ['seed002-embolization'],
      options: [
        {
          id: 'small-away',
          label: { it: 'Piccola, non troppo vicina a vasi o nervi', en: 'Small, not too close to vessels or nerves' },
          next: 'rfa',
        },
        {
          id: 'large-away',
          label: { it: 'Grande, non troppo vicina a vasi o nervi', en: 'Big, not too close to vessels or nerves' },
          next: 'mwa-or-cryo',
        },
        {
          id: 'close',
          label: { it: 'Molto vicina a strutture nervose o vascolari', en: 'Very close to neural or vascular structures' },
          next: 'ect-or-cryo',
        },
      ],
    },

    rfa: {
      kind: 'recommendation',
      title: { it: 'Ablazione con radiofrequenza (RFA)', en: 'Radiofrequency ablation (RFA)' },
      explanation: {
        it: "Per una lesione piccola e lontana da nervi e vasi lo schema sceglie la RFA: la corrente ad alta frequenza agita gli ioni attorno alla punta non isolata dell’elettrodo e il calore da attrito produce necrosi coagulativa in un volume prevedibile. Un’osteolisi estesa senza corticale integra tra tumore e midollo o radici è una controindicazione relativa; una punta attiva corta (1 cm) aggiunge sicurezza.",
        en: 'For a small lesion away from nerves and vessels the chart chooses RFA: high-frequency current agitates ions around the uninsulated electrode tip and the frictional heat produces coagulation necrosis in a predictable volume. Extensive osteolysis with no intact cortex between tumour and cord or roots is a relative contraindication; a short (1 cm) active tip adds safety.',
      },
      alternatives: [
        {
          it: 'Se la lesione è vertebrale, RFA associata a vertebroplastica: la lezione del corso italiano la indica come la combinazione migliore per il dolore.',
          en: 'For a vertebral lesion, RFA combined with vertebroplasty: the Italian lecture course calls it the best combination for pain.',
        },
        {
          it: 'Radioterapia, prima opzione; associata alla RFA ha dato risposte più rapide e più complete della sola radioterapia in uno studio piccolo (15 contro 30 pazienti), per lo più su lesioni del bacino.',
          en: 'Radiotherapy, the first option; combined with RFA it gave faster and more complete responses than radiotherapy alone in a small study (15 against 30 patients), mostly of pelvic lesions.',
        },
      ],
      refs: ['seed002-embolization', 'seed004-review', 'seed000-lecture'],
    },

    'mwa-or-cryo': {
      kind: 'recommendation',
      title: { it: 'Ablazione con microonde (MWA) o crioablazione', en: 'Microwave ablation (MWA) or cryoablation' },
      explanation: {
        it: "Per una lesione grande, lontana da strutture critiche, servono energie che creino volumi ampi. Le microonde (almeno 900 MHz) danno zone d’ablazione più grandi e uniformi in tempi brevi, temperature intratumorali più alte e meno effetto heat-sink; risentono poco dell’impedenza, quindi funzionano anche nelle lesioni osteoblastiche e miste, e non richiedono piastre di dispersione. La crioablazione consente molte sonde contemporanee, rende visibile alla TC la ice ball e dà meno dolore dopo la procedura, ma è più lenta.",
        en: 'A big lesion away from critical structures needs energies that make large volumes. Microwaves (at least 900 MHz) give larger, more uniform ablation zones in short times, higher intratumoral temperatures and less heat sink; they depend little on impedance, so they also work in osteoblastic and mixed lesions, and need no grounding pads. Cryoablation allows many probes at once, shows the ice ball on CT and causes less pain after the procedure, but it is slower.',
      },
      alternatives: [
        {
          it: "Aggiungere il consolidamento con cemento se l’ablazione è ampia in un osso sotto carico.",
          en: 'Add cement consolidation if the ablation is large in a loaded bone.',
        },
      ],
      refs: ['seed002-embolization', 'seed000-lecture', 'gangi2010', 'seed004-review'],
    },

    'ect-or-cryo': {
      kind: 'recommendation',
      title: { it: 'Elettrochemioterapia (ECT) o crioablazione', en: 'Electrochemotherapy (ECT) or cryoablation' },
      explanation: {
        it: "A ridosso di nervi o vasi il rischio maggiore è il danno termico: oltre i 45 °C il tessuto nervoso soffre. Lo schema propone qui l’elettrochemioterapia, tecnica non termica, oppure la crioablazione, la cui ice ball si segue alla TC e permette di controllare il margine. Se si usa il freddo, la protezione si fa con CO2 e non con liquidi, che congelerebbero a contatto con il ghiaccio.",
        en: 'Next to nerves or vessels the main risk is thermal injury: nerve tissue suffers above 45 °C. Here the chart proposes electrochemotherapy, a non-thermal technique, or cryoablation, whose ice ball is followed on CT so the margin can be controlled. With cold, protection uses CO2 rather than fluids, which would freeze on contact with the ice.',
      },
      alternatives: [
        {
          it: "Se si sceglie comunque un’energia termica: isolamento (idrodissezione, CO2) e monitoraggio con termocoppia.",
          en: 'If a heat-based energy is chosen anyway: insulation (hydrodissection, CO2) and thermocouple monitoring.',
        },
      ],
      refs: ['seed002-embolization', 'gangi2010'],
    },

    'ablation-or-ect': {
      kind: 'recommendation',
      title: { it: 'Termoablazione o elettrochemioterapia (ECT)', en: 'Thermal ablation or electrochemotherapy (ECT)' },
      explanation: {
        it: "Se va ridotto un tumore che si estende nel canale vertebrale o nei tessuti molli, lo schema indica la termoablazione o l’ECT. Ridurre la massa toglie pressione al periostio e alle strutture nervose e controlla il dolore legato all’invasione extraossea. Lo schema non dice perché proponga l’ECT; una ragione plausibile, nostra, è che vicino al midollo o alle radici una tecnica non termica evita il danno da calore.",
        en: 'When a tumour extending into the spinal canal or soft tissue must be reduced, the chart points to thermal ablation or ECT. Shrinking the mass takes pressure off the periosteum and neural structures and controls the pain of extra-osseous invasion. The chart does not say why it offers ECT; a plausible reason, ours, is that next to the cord or roots a non-thermal technique avoids heat injury.',
      },
      alternatives: [
        {
          it: 'Per la decompressione del canale in pazienti non operabili le linee guida CIRSE propongono la cavitazione con ionizzazione a radiofrequenza, seguita dal cemento.',
          en: 'To decompress the canal in inoperable patients the CIRSE guidelines propose cavitation by RF ionization, followed by cement.',
        },
        {
          it: 'Embolizzazione: riducendo la massa diminuisce la compressione sul periostio, da cui nasce il dolore.',
          en: 'Embolization: by shrinking the mass it lessens the pressure on the periosteum, where the pain comes from.',
        },
      ],
      refs: ['seed002-embolization', 'gangi2010'],
    },

    embolization: {
      kind: 'recommendation',
      title: { it: 'Embolizzazione arteriosa', en: 'Arterial embolization' },
      explanation: {
        it: "Nelle lesioni ipervascolari l’embolizzazione rende di più: si occludono i vasi che nutrono il tumore il più distalmente possibile, fino alle arteriole terminali senza collaterali, per ottenerne la necrosi ischemica. Fanno prevedere un buon risultato l’aspetto litico, la crescita rapida, la frattura patologica e un enhancement intenso dopo contrasto; la curva di perfusione RM (DCE) aiuta a riconoscere l’ipervascolarizzazione. A scopo palliativo non ha limiti di dimensione, raggiunge lesioni inaccessibili ad altre tecniche e si può ripetere se il dolore ritorna. Nei trattamenti combinati la sequenza è: radioterapia prima dell’embolizzazione, termoablazione il prima possibile dopo.",
        en: 'Embolization pays off most in hypervascular lesions: the vessels feeding the tumour are occluded as distally as possible, down to terminal arterioles without collaterals, to cause ischaemic necrosis. A good result is predicted by a lytic pattern, fast growth, pathological fracture and intense contrast enhancement; the MR perfusion (DCE) curve helps to recognize hypervascularity. As palliation it has no size limit, reaches lesions other techniques cannot, and can be repeated if pain returns. In combined treatment the sequence is radiotherapy before embolization, thermal ablation as soon as possible after it.',
      },
      alternatives: [
        {
          it: "Embolizzazione preoperatoria se è prevista la chirurgia: meno perdite ematiche e resezione più agevole.",
          en: 'Preoperative embolization when surgery is planned: less blood loss and an easier resection.',
        },
        {
          it: 'Chemioembolizzazione (TACE): ancora poco studiata in oncologia muscoloscheletrica.',
          en: 'Chemoembolization (TACE): still little studied in musculoskeletal oncology.',
        },
      ],
      refs: ['seed002-embolization', 'seed004-review'],
    },
  },
});

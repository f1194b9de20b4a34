import { defineGraph } from './decision-graph';
import { decompressionCementNote } from './shared-notes';

/**
 * A1 — Algorithm 1 of the CIRSE guidelines on percutaneous treatment of bone tumours (seed 001, ref
 * gangi2010): aim first (curative / palliative), then, in palliation, what the lesion needs.
 * Reading of the source drawing: "(+/−)" belongs to thermal ablation under "consolidation needed", as in
 * CURRICULUM.md M15; the size-reduction branch splits on where the tumour extends.
 */
export const a1CirseAlgorithm = defineGraph({
  id: 'a1-cirse-algorithm',
  title: {
    it: "Algoritmo 1 CIRSE: opzioni terapeutiche nei tumori ossei",
    en: 'CIRSE Algorithm 1: treatment options for bone tumours',
  },
  summary: {
    it: "Il diagramma delle linee guida CIRSE sul trattamento percutaneo dei tumori ossei. Il primo bivio è lo scopo, curativo o palliativo; nel palliativo la tecnica dipende da ciò che serve alla lesione: consolidare l’osso, controllare il dolore o ridurre il volume del tumore.",
    en: 'The flowchart of the CIRSE guidelines on percutaneous treatment of bone tumours. The first fork is the aim, curative or palliative; in palliation the technique depends on what the lesion needs: bone consolidation, pain control or a smaller tumour.',
  },
  refs: ['gangi2010'],
  about: {
    it: 'Nella copia delle linee guida su cui abbiamo lavorato l’Algoritmo 1 è solo testo, senza il disegno: il segno «(+/−)» lo leggiamo accanto alla termoablazione sotto «consolidamento necessario», cioè cementoplastica con o senza ablazione, e il ramo della riduzione volumetrica lo dividiamo secondo dove si estende il tumore. È la lettura più plausibile, non un dato esplicito della fonte.',
    en: 'In the copy of the guidelines we worked from, Algorithm 1 is text only, without its drawing: we read the “(+/−)” sign as belonging to thermal ablation under “consolidation needed”, that is cementoplasty with or without ablation, and we split the size-reduction branch by where the tumour extends. It is the most plausible reading, not an explicit fact of the source.',
  },
  root: 'goal',
  nodes: {
    goal: {
      kind: 'question',
      text: { it: 'Qual è lo scopo del trattamento?', en: 'What is the aim of treatment?' },
      why: {
        it: "Lo scopo si fissa in sede multidisciplinare prima di scegliere la tecnica. Curativo vuol dire ablazione completa e definitiva del tumore: è proponibile nell’osteoma osteoide, nell’osteoblastoma con diametro massimo < 3 cm, nel condroblastoma e, dopo discussione multidisciplinare, nei tumori maligni primitivi o secondari di pazienti non candidabili alla chirurgia, con < 3 localizzazioni e dimensioni < 3 cm. Palliativo vuol dire alleviare il dolore senza pretendere di distruggere tutto il tumore.",
        en: 'The aim is agreed by the multidisciplinary team before any technique is chosen. Curative means complete, definitive ablation of the tumour: it fits osteoid osteoma, osteoblastoma with a maximum diameter < 3 cm, chondroblastoma and, after multidisciplinary review, primary or secondary malignant tumours in patients who are not surgical candidates, with < 3 sites and size < 3 cm. Palliative means relieving pain without trying to destroy the whole tumour.',
      },
      refs: ['gangi2010'],
      options: [
        { id: 'curative', label: { it: 'Curativo: eradicare il tumore', en: 'Curative: eradicate the tumour' }, next: 'curative-ablation' },
        { id: 'palliative', label: { it: 'Palliativo: alleviare il dolore', en: 'Palliative: relieve pain' }, next: 'palliative-need' },
      ],
    },

    'curative-ablation': {
      kind: 'recommendation',
      title: { it: 'Termoablazione: RFA, crioablazione o laser', en: 'Thermal ablation: RFA, cryoablation or laser' },
      explanation: {
        it: "Con intento curativo l’algoritmo prevede una sola strada, la termoablazione di tutto il tumore; le tre energie sono alternative e si scelgono sulla lesione. Il laser produce un volume di necrosi piccolo: conviene nei tumori piccoli (l’indicazione migliore è l’osteoma osteoide sotto 1 cm) o quando impianti metallici controindicano la RFA. La RFA va riservata a tumori che non superano i 5 cm di diametro. La crioablazione tratta lesioni sia litiche sia sclerotiche, consente fino a 25 sonde insieme e rende visibile alla TC la ice ball, che per una necrosi completa deve oltrepassare il margine del tumore di almeno 5 mm. Con qualunque energia servono protezione e monitoraggio termico dei nervi vicini e, dopo ablazioni ampie in ossa sottoposte a carico, va considerato un consolidamento con cemento o protesi.",
        en: 'With curative intent the algorithm has a single route, thermal ablation of the whole tumour; the three energy sources are alternatives chosen on the lesion. Laser makes a small necrosis volume: it suits small tumours (the best indication is osteoid osteoma under 1 cm) or cases where metal implants rule out RFA. RFA should be kept for tumours no larger than 5 cm in diameter. Cryoablation treats both lytic and sclerotic lesions, allows up to 25 probes at once and shows the ice ball on CT; for complete necrosis the ice must reach at least 5 mm beyond the tumour margin. Whatever the energy, nearby nerves need thermal protection and monitoring, and after large ablations in load-bearing bone consolidation with cement or a prosthesis should be considered.',
      },
      alternatives: [
        {
          it: "Chirurgia: nei tumori maligni la via percutanea curativa è pensata per chi non è candidabile all’intervento.",
          en: 'Surgery: for malignant tumours the curative percutaneous route is meant for patients who cannot be operated on.',
        },
        {
          it: 'Margine della crioablazione: le linee guida CIRSE chiedono almeno 5 mm oltre il tumore, la revisione di Salapura e Jeromel (2014) indica 3–5 mm. Le fonti non coincidono.',
          en: 'Cryoablation margin: the CIRSE guidelines ask for at least 5 mm beyond the tumour, the review by Salapura and Jeromel (2014) gives 3–5 mm. The sources disagree.',
        },
      ],
      refs: ['gangi2010', 'seed004-review'],
    },

    'palliative-need': {
      kind: 'question',
      text: { it: 'Di che cosa ha bisogno soprattutto la lesione?', en: 'What does the lesion mainly need?' },
      why: {
        it: "Nel palliativo non si cerca l’ablazione completa: gli obiettivi sono il dolore, la riduzione di volume (debulking), la prevenzione delle fratture patologiche e la decompressione dei tumori che sporgono nel canale. Quanto osso è distrutto decide se consolidare; dove si estende il tumore decide se va ridotto.",
        en: 'Palliation does not aim at complete ablation: the goals are pain relief, debulking, prevention of pathological fracture and decompression of tumours bulging into the spinal canal. How much bone is destroyed decides whether to consolidate; where the tumour extends decides whether it must be reduced.',
      },
      refs: ['gangi2010'],
      options: [
        {
          id: 'consolidation',
          label: { it: "Consolidamento: osso indebolito, a rischio di frattura", en: 'Consolidation: weakened bone at risk of fracture' },
          next: 'cementoplasty',
        },
        {
          id: 'no-consolidation',
          label: { it: 'Solo dolore: consolidamento non necessario', en: 'Pain only: no consolidation needed' },
          next: 'thermal-or-chemical',
        },
        {
          id: 'size-reduction',
          label: { it: 'Riduzione di volume del tumore', en: 'Tumour size reduction' },
          next: 'size-reduction-extension',
        },
      ],
    },

    cementoplasty: {
      kind: 'recommendation',
      title: { it: 'Cementoplastica (± termoablazione)', en: 'Cementoplasty (± thermal ablation)' },
      explanation: {
        it: "L’iniezione percutanea di polimetilmetacrilato rende l’osso più resistente e riduce il dolore, ma è un trattamento sintomatico, non curativo. Le indicazioni tipiche sono le lesioni osteolitiche (metastasi, linfoma, mieloma multiplo) di vertebre, acetabolo o condili che causano dolore, disabilità o rischio di cedimento in compressione; una riduzione significativa del dolore è riportata nel 75–80% dei pazienti. Nell’algoritmo la termoablazione è un’aggiunta facoltativa (+/−): conviene quando il tumore si estende ai tessuti paravertebrali o molli, dove l’associazione dà risultati migliori. Se le due procedure si fanno nella stessa seduta, il cemento si inietta solo a temperatura tornata normale.",
        en: 'Percutaneous injection of polymethyl methacrylate makes bone stronger and reduces pain, but it treats symptoms and does not cure. Typical indications are osteolytic lesions (metastases, lymphoma, multiple myeloma) of the vertebrae, acetabulum or condyles causing pain, disability or a risk of collapse under compression; a significant fall in pain is reported in 75–80% of patients. In the algorithm thermal ablation is an optional add-on (+/−): it is worth adding when the tumour extends into paravertebral or soft tissue, where the pairing does better. If both are done in the same session, cement goes in only once the temperature is back to normal.',
      },
      alternatives: [
        {
          it: 'Nelle ossa lunghe il consolidamento è chirurgico (strategia CIRSE, scenario 2).',
          en: 'In long bones consolidation is surgical (CIRSE strategy, scenario 2).',
        },
        {
          it: 'Dopo ablazioni ampie in ossa sottoposte a carico, una protesi ortopedica al posto del cemento.',
          en: 'After large ablations in load-bearing bone, an orthopaedic prosthesis instead of cement.',
        },
      ],
      refs: ['gangi2010'],
    },

    'thermal-or-chemical': {
      kind: 'recommendation',
      title: { it: 'Termoablazione o ablazione chimica con etanolo', en: 'Thermal ablation or chemical ablation with ethanol' },
      explanation: {
        it: "Se l’osso non rischia di cedere, il bersaglio è solo il dolore e si può ablare senza consolidare. L’alcolizzazione è indicata proprio nelle lesioni osteolitiche dolorose senza rischio di frattura patologica: 3–25 ml di etanolo sterile al 95% con ago da 22 G, in sedazione profonda o anestesia generale e sotto guida TC, dopo un’iniezione di mezzo di contrasto che ne prevede la diffusione. Il dolore si riduce nel 74% dei pazienti, spesso già entro 24 ore, con i risultati migliori nelle lesioni litiche di 3–6 cm. Rispetto all’alcolizzazione, la RFA ha il vantaggio di un’area di necrosi meglio delimitata, senza rischio di fuoriuscite dell’agente; dopo RFA palliativa il dolore cala di oltre il 50% in circa il 70–95% dei pazienti.",
        en: 'If the bone is not about to give way, pain is the only target and ablation without consolidation is enough. Ethanol ablation is indicated precisely for painful osteolytic lesions with no risk of pathological fracture: 3–25 ml of sterile 95% ethanol through a 22 G needle, under deep sedation or general anaesthesia and CT guidance, after a contrast injection that predicts its spread. Pain falls in 74% of patients, often within 24 hours, with the best results in lytic lesions of 3–6 cm. Compared with ethanol, RFA gives a better-defined necrosis zone with no risk of the agent leaking; after palliative RFA a pain reduction above 50% is reported in about 70–95% of cases.',
      },
      alternatives: [
        {
          it: 'Radioterapia a fasci esterni: resta la prima opzione nel dolore da metastasi ossee.',
          en: 'External beam radiotherapy: still the first option for painful bone metastases.',
        },
      ],
      refs: ['gangi2010', 'seed000-lecture'],
    },

    'size-reduction-extension': {
      kind: 'question',
      text: { it: 'Dove si estende il tumore da ridurre?', en: 'Where does the tumour to be reduced extend?' },
      why: {
        it: "L’algoritmo distingue due casi: se il tumore invade il canale vertebrale, o va comunque svuotato, serve la cavitazione; se si estende ai tessuti circostanti serve la termoablazione, che controlla anche il dolore dovuto all’invasione extraossea.",
        en: 'The algorithm separates two cases: a tumour invading the spinal canal, or one that needs debulking anyway, calls for cavitation; a tumour spreading into the surrounding tissues calls for thermal ablation, which also controls the pain of extra-osseous invasion.',
      },
      refs: ['gangi2010'],
      options: [
        {
          id: 'canal',
          label: { it: 'Nel canale vertebrale, o serve un debulking', en: 'Into the spinal canal, or debulking is needed' },
          next: 'cavitation',
        },
        {
          id: 'surrounding-tissue',
          label: { it: 'Nei tessuti circostanti', en: 'Into the surrounding tissues' },
          next: 'soft-tissue-ablation',
        },
      ],
    },

    cavitation: {
      kind: 'recommendation',
      title: {
        it: 'Cavitazione con ionizzazione a radiofrequenza (coblazione), poi cemento',
        en: 'Cavitation by radiofrequency ionization (coblation), then cement',
      },
      explanation: {
        it: "La ionizzazione a radiofrequenza è una tecnica bipolare a bassa temperatura: il campo di plasma sulla punta dell’elettrodo spezza i legami molecolari e scava canali nel tumore, decomprimendo il canale. I candidati ideali sono i pazienti con tumori vertebrali dolorosi non operabili estesi nel canale e quelli con muro posteriore interrotto, nei quali la sola cementoplastica rischierebbe di far uscire cemento nel canale o di spingervi il tumore. Attraverso un trocar osseo si porta un elettrodo bipolare da 16 G irrigato con soluzione fisiologica; ruotandone la punta angolata si aprono più canali e la cavità viene poi riempita di cemento. Le nevralgie si riducono fino all’87% dei casi; le complicanze comprendono lesioni delle radici nervose e perforazione di organi vicini.",
        en: 'RF ionization is a low-temperature bipolar technique: the plasma field at the electrode tip breaks molecular bonds and carves channels through the tumour, decompressing the canal. The ideal candidates are patients with inoperable painful spinal tumours extending into the canal, and those with a broken posterior wall, in whom cementoplasty alone could push cement or tumour into the canal. A 16 G bipolar electrode irrigated with saline is passed through a bone trocar; turning its angled tip opens several channels, and the cavity is then filled with cement. Neuralgia improves in up to 87% of cases; complications include nerve-root injury and perforation of nearby organs.',
      },
      alternatives: [
        {
          it: "Decompressione chirurgica nei pazienti operabili: in presenza di deficit neurologico la chirurgia resta il cardine.",
          en: 'Surgical decompression in operable patients: with a neurological deficit surgery remains the mainstay.',
        },
      ],
      notes: [decompressionCementNote],
      refs: ['gangi2010', 'seed003-encyclopedia', 'seed004-review'],
    },

    'soft-tissue-ablation': {
      kind: 'recommendation',
      title: { it: 'Termoablazione della componente extraossea', en: 'Thermal ablation of the extra-osseous component' },
      explanation: {
        it: "Quando il tumore supera la corticale, il dolore nasce soprattutto dall’invasione dei tessuti circostanti e la termoablazione serve a controllarlo e a ridurre la massa. Il rischio principale sono i nervi vicini: sopra i 45 °C il tessuto nervoso si danneggia, quindi servono isolamento termico (idrodissezione, CO2) e monitoraggio con termocoppia, soprattutto se tra tumore e strutture nervose non resta una corticale integra. Se l’osso è anche a rischio di frattura, all’ablazione si associa un consolidamento.",
        en: 'Once the tumour breaks through the cortex, pain comes mostly from invasion of the surrounding tissues, and thermal ablation is the way to control it and shrink the mass. The main hazard is nearby nerves: above 45 °C nerve tissue is damaged, so thermal insulation (hydrodissection, CO2) and thermocouple monitoring are needed, above all when no intact cortex is left between tumour and nerves. If the bone is also at risk of fracture, consolidation is added to the ablation.',
      },
      alternatives: [
        {
          it: 'Con rischio di frattura: cementoplastica nelle ossa piatte, chirurgia nelle ossa lunghe.',
          en: 'With a fracture risk: cementoplasty in flat bones, surgery in long bones.',
        },
      ],
      refs: ['gangi2010'],
    },
  },
});

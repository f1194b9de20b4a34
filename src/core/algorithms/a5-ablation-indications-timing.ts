import { defineGraph } from './decision-graph';

/**
 * A5 — indications for ablation (Wallace et al., The Oncologist 2015, ref wallace2015, as listed in seed
 * 000) followed by the order of combined procedures: radiotherapy before embolization and thermal ablation
 * as soon as possible after it (seed 002, ref seed002-embolization); cement only once the temperature has
 * normalized (seed 001, ref gangi2010).
 * The seven indications split in three groups: an impending fracture (cement is part of every plan, as in the
 * lecture and the CIRSE guidelines), a radioresistant tumour (radiotherapy can still be part of the plan) and
 * the other five (it cannot, or has already been given), so the second question offers only combinations
 * that make sense.
 */
const comboWhy = {
  it: "Le combinazioni sono frequenti e l’ordine conta. L’embolizzazione toglie ossigeno e flusso al tumore: peggiora la risposta alla radioterapia ma migliora il riscaldamento durante l’ablazione. Il cemento risente invece della temperatura dell’osso appena trattato.",
  en: 'Combinations are common and the order matters. Embolization deprives the tumour of oxygen and blood flow: this worsens the response to radiotherapy but helps heating during ablation. Cement, for its part, is affected by the temperature of the bone just treated.',
};

const ablationOnly = { id: 'ablation-only', label: { it: 'Niente: sola ablazione', en: 'Nothing: ablation alone' }, next: 'ablation-alone' } as const;
const withCement = { id: 'cement', label: { it: 'Cemento (consolidamento)', en: 'Cement (consolidation)' }, next: 'ablation-then-cement' } as const;
const withEmbolization = {
  id: 'embolization',
  label: { it: 'Embolizzazione (lesione ipervascolare)', en: 'Embolization (hypervascular lesion)' },
  next: 'embolization-then-ablation',
} as const;

export const a5AblationIndicationsTiming = defineGraph({
  id: 'a5-ablation-indications-timing',
  title: {
    it: "Indicazioni all’ablazione e tempi dei trattamenti combinati",
    en: 'Indications for ablation and timing of combined treatments',
  },
  summary: {
    it: "Prima si verifica se c’è un’indicazione all’ablazione secondo il gruppo di lavoro multidisciplinare di Wallace et al. (2015), poi si mettono in fila le procedure da combinare: radioterapia prima dell’embolizzazione, termoablazione il prima possibile dopo l’embolizzazione, cemento solo a temperatura tornata normale.",
    en: 'First check whether there is an indication for ablation according to the multidisciplinary working group of Wallace et al. (2015), then put the combined procedures in order: radiotherapy before embolization, thermal ablation as soon as possible after embolization, cement only once the temperature is back to normal.',
  },
  about: {
    it: 'Le sette indicazioni sono l’elenco di Wallace e colleghi (2015) come lo riporta la lezione del corso italiano. Il modo di raggrupparle, secondo che la radioterapia possa ancora far parte del piano, e le domande sulle combinazioni sono una nostra organizzazione. Le regole sui tempi vengono dalla lezione sull’embolizzazione (prima la radioterapia, poi l’embolizzazione, poi al più presto l’ablazione) e dalle linee guida CIRSE (cemento solo a temperatura normalizzata).',
    en: 'The seven indications are the list by Wallace and colleagues (2015) as the Italian lecture course shows it. Grouping them by whether radiotherapy can still be part of the plan, and the questions about combinations, are our own arrangement. The timing rules come from the embolization lecture (radiotherapy first, then embolization, then ablation as soon as possible) and from the CIRSE guidelines (cement only once the temperature has normalized).',
  },
  refs: ['wallace2015a', 'seed002-embolization', 'gangi2010', 'seed000-lecture'],
  root: 'indication',
  nodes: {
    indication: {
      kind: 'question',
      text: { it: 'Quale situazione descrive il paziente?', en: 'Which situation fits the patient?' },
      why: {
        it: "La radioterapia è lo standard per il dolore da metastasi ossee. Le indicazioni di Wallace elencano i casi in cui entra in gioco l’ablazione percutanea: quando l’osso sta per cedere, quando il tumore risponde poco alle radiazioni, quando la radioterapia non è bastata, non si può più fare o il paziente non la accetta.",
        en: 'Radiotherapy is the standard for painful bone metastases. The Wallace indications list the situations in which percutaneous ablation comes into play: when the bone is about to give way, when the tumour responds poorly to radiation, and when radiotherapy has not been enough, can no longer be given or is not accepted.',
      },
      refs: ['wallace2015a', 'seed000-lecture'],
      options: [
        {
          id: 'impending-fracture',
          label: { it: 'Lesione dolorosa con frattura imminente', en: 'Painful lesion with impending fracture' },
          next: 'combination-fracture',
        },
        {
          id: 'radioresistant',
          label: {
            it: 'Tumore radioresistente (carcinoma renale, condrosarcoma, melanoma)',
            en: 'Radioresistant tumour (renal cell carcinoma, chondrosarcoma, melanoma)',
          },
          next: 'combination',
        },
        {
          id: 'pain-after-rt',
          label: { it: 'Dolore persistente dopo radioterapia', en: 'Persistent pain after radiotherapy' },
          next: 'combination-without-rt',
        },
        {
          id: 'max-rt-dose',
          label: { it: 'Dose massima di radioterapia già raggiunta', en: 'Maximum radiation dose already reached' },
          next: 'combination-without-rt',
        },
        {
          id: 'radiotoxicity',
          label: { it: 'Tossicità da radioterapia con dolore ancora presente', en: 'Radiation toxicity with ongoing pain' },
          next: 'combination-without-rt',
        },
        {
          id: 'marrow-suppression',
          label: { it: 'Mielosoppressione', en: 'Myelosuppression' },
          next: 'combination-without-rt',
        },
        {
          id: 'refused-rt',
          label: { it: 'Il paziente rifiuta la radioterapia', en: 'The patient refuses radiotherapy' },
          next: 'combination-without-rt',
        },
        { id: 'none', label: { it: 'Nessuna di queste', en: 'None of these' }, next: 'radiotherapy-first' },
      ],
    },

    combination: {
      kind: 'question',
      text: {
        it: "Che cosa si combina con l’ablazione? (la radioterapia è ancora un’opzione)",
        en: 'What is combined with ablation? (radiotherapy is still an option)',
      },
      why: comboWhy,
      refs: ['seed002-embolization', 'gangi2010'],
      options: [
        ablationOnly,
        withCement,
        withEmbolization,
        { id: 'radiotherapy', label: { it: 'Radioterapia', en: 'Radiotherapy' }, next: 'radiotherapy-and-ablation' },
        {
          id: 'radiotherapy-embolization',
          label: { it: 'Radioterapia ed embolizzazione', en: 'Radiotherapy and embolization' },
          next: 'radiotherapy-embolization-ablation',
        },
      ],
    },

    'combination-fracture': {
      kind: 'question',
      text: {
        it: "Frattura imminente: che cosa si aggiunge ad ablazione e cemento?",
        en: 'Impending fracture: what is added to ablation and cement?',
      },
      why: {
        it: `Con una frattura imminente il cemento è il cardine del piano: l’ablazione dà necrosi ma non stabilità, e sia il corso italiano sia le linee guida CIRSE consolidano l’osso a rischio. Resta da decidere che cosa affiancare. ${comboWhy.it}`,
        en: `With an impending fracture cement is the core of the plan: ablation brings necrosis, not stability, and both the Italian lecture course and the CIRSE guidelines consolidate bone at risk. What remains is what to add. ${comboWhy.en}`,
      },
      refs: ['seed000-lecture', 'gangi2010', 'seed002-embolization'],
      options: [
        { id: 'cement', label: { it: 'Nient’altro: ablazione e cemento', en: 'Nothing else: ablation and cement' }, next: 'ablation-then-cement' },
        {
          id: 'embolization',
          label: { it: 'Embolizzazione (lesione ipervascolare)', en: 'Embolization (hypervascular lesion)' },
          next: 'embolization-ablation-cement',
        },
        { id: 'radiotherapy', label: { it: 'Radioterapia', en: 'Radiotherapy' }, next: 'radiotherapy-ablation-cement' },
        {
          id: 'radiotherapy-embolization',
          label: { it: 'Radioterapia ed embolizzazione', en: 'Radiotherapy and embolization' },
          next: 'radiotherapy-embolization-ablation-cement',
        },
      ],
    },

    'combination-without-rt': {
      kind: 'question',
      text: {
        it: "Che cosa si combina con l’ablazione? (nuova radioterapia esclusa)",
        en: 'What is combined with ablation? (no further radiotherapy)',
      },
      why: {
        it: `In queste situazioni la radioterapia è già stata fatta oppure non è proponibile, quindi restano da ordinare embolizzazione, ablazione e cemento. ${comboWhy.it}`,
        en: `In these situations radiotherapy has already been given or is not an option, so what remains to be ordered is embolization, ablation and cement. ${comboWhy.en}`,
      },
      refs: ['seed002-embolization', 'gangi2010'],
      options: [ablationOnly, withCement, withEmbolization],
    },

    'radiotherapy-first': {
      kind: 'recommendation',
      title: {
        it: "Nessuna indicazione specifica all’ablazione: prima la radioterapia",
        en: 'No specific indication for ablation: radiotherapy first',
      },
      explanation: {
        it: "La radioterapia a fasci esterni convenzionale è lo standard per le metastasi vertebrali dolorose non controllate da analgesici orali e bifosfonati; la SBRT è consigliata se l’aspettativa di vita supera i 6 mesi, il performance status è buono e le metastasi viscerali sono poche, perché punta anche al controllo locale del tumore. Se in seguito compare una delle situazioni elencate, per esempio dolore che persiste dopo il trattamento, l’ablazione va riconsiderata.",
        en: 'Conventional external beam radiotherapy is the standard for painful spinal metastases not controlled by oral analgesics and bisphosphonates; SBRT is advised when the patient is expected to live more than 6 months, is in good performance status and has little visceral spread, since it also aims at local tumour control. If one of the listed situations appears later, such as pain persisting after treatment, ablation should be reconsidered.',
      },
      alternatives: [
        {
          it: 'Cementoplastica se la lesione è a rischio di frattura (algoritmi CIRSE A1 e A2).',
          en: 'Cementoplasty if the lesion is at risk of fracture (CIRSE algorithms A1 and A2).',
        },
      ],
      refs: ['wallace2015a', 'gangi2010'],
    },

    'ablation-alone': {
      kind: 'recommendation',
      title: { it: 'Ablazione percutanea', en: 'Percutaneous ablation' },
      explanation: {
        it: "C’è un’indicazione e non c’è nulla da combinare: si procede con l’ablazione, scegliendo l’energia (radiofrequenza, microonde, crioablazione) su volume, sede e rapporti della lesione. L’ablazione produce necrosi ma non stabilità: se l’osso è a rischio, come nella frattura imminente, va previsto anche il cemento.",
        en: 'There is an indication and nothing to combine: ablation goes ahead, with the energy (radiofrequency, microwave, cryoablation) chosen on the volume, site and surroundings of the lesion. Ablation brings necrosis, not stability: if the bone is at risk, as with an impending fracture, cement should be planned too.',
      },
      alternatives: [
        {
          it: 'Ablazione + cemento quando la lesione minaccia di fratturarsi.',
          en: 'Ablation + cement when the lesion threatens to fracture.',
        },
      ],
      refs: ['wallace2015a', 'seed000-lecture'],
    },

    'ablation-then-cement': {
      kind: 'recommendation',
      title: {
        it: 'Ablazione, poi cemento a temperatura normalizzata',
        en: 'Ablation, then cement once the temperature has normalized',
      },
      explanation: {
        it: "Nella stessa seduta il cemento si inietta solo quando l’osso trattato è tornato a temperatura normale. Dopo la RFA il calore residuo accelererebbe la polimerizzazione e il cemento indurirebbe troppo presto; dopo la crioablazione il freddo la rallenterebbe, il cemento non farebbe presa e aumenterebbe il rischio di fuoriuscite. L’associazione di ablazione e vertebroplastica è indicata come la migliore per il dolore, e la RFA eseguita prima del cemento riduce le fuoriuscite perché trombizza il plesso venoso.",
        en: 'In the same session cement is injected only once the treated bone has returned to normal temperature. After RFA the residual heat would speed up polymerization and the cement would set too early; after cryoablation the cold would slow it, the cement would not set and leakage would become more likely. Ablation combined with vertebroplasty is described as the best option for pain, and RFA done before the cement reduces leakage because it thromboses the venous plexus.',
      },
      refs: ['gangi2010', 'seed000-lecture', 'seed004-review'],
    },

    'embolization-then-ablation': {
      kind: 'recommendation',
      title: {
        it: 'Embolizzazione, poi termoablazione il prima possibile',
        en: 'Embolization, then thermal ablation as soon as possible',
      },
      explanation: {
        it: "Dopo l’embolizzazione il tumore riceve molto meno sangue: si riduce il flusso che normalmente disperde il calore (effetto heat-sink) e la termoablazione raggiunge più facilmente temperature letali in tutto il volume. Per sfruttare questo vantaggio l’ablazione va eseguita il prima possibile dopo l’embolizzazione. Se è previsto il cemento, si inietta per ultimo, a temperatura normalizzata. Se la lesione era già stata irradiata, l’ordine radioterapia → embolizzazione è già rispettato.",
        en: 'After embolization the tumour receives far less blood: the flow that normally carries heat away (the heat-sink effect) drops, and thermal ablation reaches lethal temperatures throughout the volume more easily. To make the most of this, ablation is done as soon as possible after embolization. If cement is planned, it goes in last, once the temperature has normalized. If the lesion has already been irradiated, the order radiotherapy → embolization is already respected.',
      },
      alternatives: [
        {
          it: "Se si prevede anche una radioterapia, va eseguita prima dell’embolizzazione.",
          en: 'If radiotherapy is also planned, it must come before the embolization.',
        },
      ],
      refs: ['seed002-embolization', 'gangi2010'],
    },

    'radiotherapy-and-ablation': {
      kind: 'recommendation',
      title: { it: 'Radioterapia e ablazione', en: 'Radiotherapy and ablation' },
      explanation: {
        it: "Senza embolizzazione le fonti non fissano un ordine tra radioterapia e ablazione; documentano invece il vantaggio di associarle. In uno studio presentato nel corso italiano, 15 pazienti trattati con RFA + radioterapia (20 Gy in 5 frazioni) sono stati confrontati con 30 trattati con la sola radioterapia: a 12 settimane la risposta completa (VAS 0) è stata del 53,3% contro il 16,6% e la risposta globale del 93,3% contro il 59,9%, con una risposta raggiunta in 3 settimane anziché 9. Lo studio è piccolo (15 contro 30 pazienti), riguardava soprattutto il bacino e solo 5 delle 15 lesioni trattate con RFA + radioterapia erano vertebre: i suoi numeri si trasferiscono alla colonna con cautela. Se si aggiunge il cemento, vale la regola della temperatura normalizzata.",
        en: 'Without embolization the sources set no order between radiotherapy and ablation; what they document is the benefit of combining them. In a study shown in the Italian lecture course, 15 patients treated with RFA + radiotherapy (20 Gy in 5 fractions) were compared with 30 treated with radiotherapy alone: at 12 weeks complete response (VAS 0) was 53.3% versus 16.6% and overall response 93.3% versus 59.9%, with response reached in 3 weeks instead of 9. The study is small (15 against 30 patients), was mostly in the pelvis, and only 5 of the 15 lesions treated with RFA + radiotherapy were vertebrae, so its figures carry over to the spine with caution. If cement is added, the normalized-temperature rule applies.',
      },
      alternatives: [
        {
          it: 'Nei tumori radioresistenti la radioterapia più adatta è la SBRT.',
          en: 'For radioresistant tumours the better-suited radiotherapy is SBRT.',
        },
      ],
      refs: ['seed000-lecture', 'wallace2015a', 'gangi2010'],
    },

    'radiotherapy-embolization-ablation': {
      kind: 'recommendation',
      title: {
        it: 'Radioterapia → embolizzazione → termoablazione (→ cemento)',
        en: 'Radiotherapy → embolization → thermal ablation (→ cement)',
      },
      explanation: {
        it: "Quando si combinano tutte le procedure, l’ordine segue tre regole. Prima la radioterapia: dopo l’embolizzazione il tumore diventa ipossico, e le cellule povere di ossigeno rispondono peggio alle radiazioni. Poi l’embolizzazione, seguita il prima possibile dalla termoablazione, che approfitta del flusso ridotto e quindi del minore effetto heat-sink. Per ultimo l’eventuale cemento, iniettato solo quando la temperatura dell’osso è tornata normale.",
        en: 'When every procedure is combined, the order follows three rules. Radiotherapy first: after embolization the tumour becomes hypoxic, and oxygen-starved cells respond worse to radiation. Then embolization, followed as soon as possible by thermal ablation, which takes advantage of the reduced flow and hence the smaller heat-sink effect. Cement, if any, comes last, injected only once the bone temperature is back to normal.',
      },
      refs: ['seed002-embolization', 'gangi2010'],
    },

    'embolization-ablation-cement': {
      kind: 'recommendation',
      title: {
        it: 'Embolizzazione → termoablazione → cemento',
        en: 'Embolization → thermal ablation → cement',
      },
      explanation: {
        it: "Lesione ipervascolare con frattura imminente. Prima l’embolizzazione, poi il prima possibile la termoablazione, che sfrutta il flusso ridotto e il minore effetto heat-sink; per ultimo il cemento, che consolida l’osso a rischio e si inietta solo quando la temperatura è tornata normale.",
        en: 'A hypervascular lesion with an impending fracture. Embolization first, then thermal ablation as soon as possible, taking advantage of the reduced flow and smaller heat-sink effect; cement last, to consolidate the bone at risk, injected only once the temperature is back to normal.',
      },
      alternatives: [
        {
          it: "Se si prevede anche una radioterapia, va eseguita prima dell’embolizzazione.",
          en: 'If radiotherapy is also planned, it must come before the embolization.',
        },
      ],
      refs: ['seed002-embolization', 'gangi2010', 'seed000-lecture'],
    },

    'radiotherapy-ablation-cement': {
      kind: 'recommendation',
      title: { it: 'Radioterapia, ablazione e cemento', en: 'Radiotherapy, ablation and cement' },
      explanation: {
        it: "Con una frattura imminente il cemento fa parte del piano: consolida l’osso, che né la radioterapia né l’ablazione rinforzano. Il cemento segue l’ablazione a temperatura normalizzata; tra radioterapia e ablazione le fonti non fissano un ordine, ma documentano il vantaggio di associarle (in uno studio presentato nel corso italiano, risposta completa a 12 settimane del 53,3% con RFA + radioterapia contro il 16,6% con la sola radioterapia, in una casistica piccola e per lo più pelvica).",
        en: 'With an impending fracture cement is part of the plan: it consolidates the bone, which neither radiotherapy nor ablation strengthens. Cement follows ablation once the temperature has normalized; between radiotherapy and ablation the sources set no order, but they document the benefit of combining them (in a study shown in the Italian lecture course, complete response at 12 weeks was 53.3% with RFA + radiotherapy against 16.6% with radiotherapy alone, in a small and mostly pelvic series).',
      },
      refs: ['seed000-lecture', 'gangi2010', 'wallace2015a'],
    },

    'radiotherapy-embolization-ablation-cement': {
      kind: 'recommendation',
      title: {
        it: 'Radioterapia → embolizzazione → termoablazione → cemento',
        en: 'Radiotherapy → embolization → thermal ablation → cement',
      },
      explanation: {
        it: "Con una frattura imminente il cemento chiude la sequenza e non è facoltativo. Prima la radioterapia, perché dopo l’embolizzazione il tumore ipossico risponde peggio alle radiazioni; poi l’embolizzazione, seguita il prima possibile dalla termoablazione; infine il cemento, a temperatura dell’osso tornata normale.",
        en: 'With an impending fracture cement closes the sequence and is not optional. Radiotherapy first, because after embolization the hypoxic tumour responds worse to radiation; then embolization, followed as soon as possible by thermal ablation; cement last, once the bone temperature is back to normal.',
      },
      refs: ['seed002-embolization', 'gangi2010', 'seed000-lecture'],
    },
  },
});

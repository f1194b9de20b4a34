import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';
import type { Locale } from '../../i18n/locales';

/**
 * The wording of the painGenerator check (rules: ./m01-pain-generator.ts), both languages. Only the server reads this file:
 * the Astro wrapper and the deck data pass the island one language's texts.
 */
export const painGeneratorWording: CheckerWording = {
  title: { it: 'Quale generatore del dolore?', en: 'Which pain generator?' },
  lead: { it: 'Rispondi su come si presenta il dolore: lo strumento indica se è meccanico, biologico o radicolare e che cosa cambia per il trattamento.', en: 'Answer how the pain behaves: the tool tells you whether it is mechanical, biological or radicular and what that changes for treatment.' },
  questions: {
    load: { label: { it: 'Peggiora con il carico e i cambi di posizione e si attenua sdraiati?', en: 'Is it worse with load and changes of position, and eased by lying down?' }, options: yesNoWording },
    rest: { label: { it: 'C’è un dolore locale costante, anche a riposo e di notte?', en: 'Is there constant local pain, also at rest and at night?' }, options: yesNoWording },
    radiating: { label: { it: 'Si irradia lungo una radice nervosa (a fascia o lungo un arto)?', en: 'Does it radiate along a nerve root (in a band or down a limb)?' }, options: yesNoWording },
    deficit: { label: { it: 'C’è un deficit neurologico nuovo (forza, sensibilità, sfinteri)?', en: 'Is there a new neurological deficit (strength, sensation, sphincters)?' }, options: yesNoWording },
  },
  findings: {
    deficit: { it: 'Deficit neurologico nuovo: il trattamento precoce è obbligatorio per prevenire o trattare la compressione; con un deficit la chirurgia resta il cardine. Consulto urgente con il chirurgo vertebrale e il radioterapista; la compressione midollare sintomatica controindica la vertebroplastica.', en: 'New neurological deficit: early treatment is mandatory to prevent or treat compression; with a deficit surgery remains the mainstay. Urgent consultation with the spine surgeon and the radiation oncologist; symptomatic cord compression contraindicates vertebroplasty.' },
    mechanical: { it: 'Dolore meccanico: instabilità da microfratture o crollo. Vale 3 punti nel SINS ed è di per sé un’indicazione a stabilizzare: cementoplastica o chirurgia, dopo il parere del chirurgo vertebrale sulla stabilità.', en: 'Mechanical pain: instability from microfractures or collapse. It scores 3 in SINS and is itself an indication for stabilization: cement augmentation or surgery, after the spine surgeon’s opinion on stability.' },
    biological: { it: 'Dolore biologico: la crescita del tumore irrita il periostio e le citochine liberate dal riassorbimento osteoclastico stimolano i nocicettori. Si tratta il tumore: la radioterapia è la prima opzione; l’ablazione distrugge l’interfaccia tumore–periostio.', en: 'Biological pain: tumour growth irritates the periosteum and cytokines released by osteoclastic resorption stimulate the nociceptors. Treat the tumour: radiotherapy is the first option; ablation destroys the tumour–periosteum interface.' },
    radicular: { it: 'Dolore radicolare: estensione foraminale del tumore o compressione della radice da parte della frattura. Studia forame e canale (RM) e valuta la compressione con la scala ESCC.', en: 'Radicular pain: foraminal extension of the tumour or compression of the root by the fracture. Image the foramen and canal (MRI) and grade compression with the ESCC scale.' },
  },
  verdicts: {
    urgent: { it: 'Urgenza neurologica prima di tutto', en: 'Neurological emergency first' },
    mechanical: { it: 'Componente meccanica: decide la stabilità', en: 'Mechanical component: stability decides' },
    radicular: { it: 'Componente radicolare: cerca la compressione', en: 'Radicular component: look for compression' },
    biological: { it: 'Dolore biologico: tratta il tumore', en: 'Biological pain: treat the tumour' },
    none: { it: 'Nessun generatore riconosciuto da questi elementi', en: 'No pain generator recognized from these features' },
  },
};

/** One language's wording, as the island receives it. */
export const painGeneratorTextsIn = (lang: Locale) => checkerTextsIn(painGeneratorWording, lang);

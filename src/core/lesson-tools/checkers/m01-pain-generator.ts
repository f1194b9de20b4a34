import { yesNo, type CheckerDef } from '../checker/checker';

/** M1 — which pain generator, and what it means for treatment (lecture slides, Salapura & Jeromel 2014). */
export const painGenerator: CheckerDef = {
  id: 'pain-generator',
  title: { it: 'Quale generatore del dolore?', en: 'Which pain generator?' },
  lead: { it: 'Rispondi su come si presenta il dolore: lo strumento indica se è meccanico, biologico o radicolare e che cosa cambia per il trattamento.', en: 'Answer how the pain behaves: the tool tells you whether it is mechanical, biological or radicular and what that changes for treatment.' },
  questions: [
    { id: 'load', label: { it: 'Peggiora con il carico e i cambi di posizione e si attenua sdraiati?', en: 'Is it worse with load and changes of position, and eased by lying down?' }, options: yesNo },
    { id: 'rest', label: { it: 'C’è un dolore locale costante, anche a riposo e di notte?', en: 'Is there constant local pain, also at rest and at night?' }, options: yesNo },
    { id: 'radiating', label: { it: 'Si irradia lungo una radice nervosa (a fascia o lungo un arto)?', en: 'Does it radiate along a nerve root (in a band or down a limb)?' }, options: yesNo },
    { id: 'deficit', label: { it: 'C’è un deficit neurologico nuovo (forza, sensibilità, sfinteri)?', en: 'Is there a new neurological deficit (strength, sensation, sphincters)?' }, options: yesNo },
  ],
  findings: [
    { id: 'deficit', level: 'stop', when: (a) => a.deficit === 'yes', refs: ['seed003-encyclopedia', 'seed004-review'], text: { it: 'Deficit neurologico nuovo: il trattamento precoce è obbligatorio per prevenire o trattare la compressione; con un deficit la chirurgia resta il cardine. Consulto urgente con il chirurgo vertebrale e il radioterapista; la compressione midollare sintomatica controindica la vertebroplastica.', en: 'New neurological deficit: early treatment is mandatory to prevent or treat compression; with a deficit surgery remains the mainstay. Urgent consultation with the spine surgeon and the radiation oncologist; symptomatic cord compression contraindicates vertebroplasty.' } },
    { id: 'mechanical', level: 'warn', when: (a) => a.load === 'yes', refs: ['seed004-review', 'fisher2010', 'laufer2013'], text: { it: 'Dolore meccanico: instabilità da microfratture o crollo. Vale 3 punti nel SINS ed è di per sé un’indicazione a stabilizzare: cementoplastica o chirurgia, dopo il parere del chirurgo vertebrale sulla stabilità.', en: 'Mechanical pain: instability from microfractures or collapse. It scores 3 in SINS and is itself an indication for stabilization: cement augmentation or surgery, after the spine surgeon’s opinion on stability.' } },
    { id: 'biological', level: 'info', when: (a) => a.rest === 'yes', refs: ['seed000-lecture'], text: { it: 'Dolore biologico: la crescita del tumore irrita il periostio e le citochine liberate dal riassorbimento osteoclastico stimolano i nocicettori. Si tratta il tumore: la radioterapia è la prima opzione; l’ablazione distrugge l’interfaccia tumore–periostio.', en: 'Biological pain: tumour growth irritates the periosteum and cytokines released by osteoclastic resorption stimulate the nociceptors. Treat the tumour: radiotherapy is the first option; ablation destroys the tumour–periosteum interface.' } },
    { id: 'radicular', level: 'info', when: (a) => a.radiating === 'yes', refs: ['seed000-lecture', 'seed004-review'], text: { it: 'Dolore radicolare: estensione foraminale del tumore o compressione della radice da parte della frattura. Studia forame e canale (RM) e valuta la compressione con la scala ESCC.', en: 'Radicular pain: foraminal extension of the tumour or compression of the root by the fracture. Image the foramen and canal (MRI) and grade compression with the ESCC scale.' } },
  ],
  verdicts: [
    { code: 'urgent', tone: 'danger', when: (a) => a.deficit === 'yes', label: { it: 'Urgenza neurologica prima di tutto', en: 'Neurological emergency first' } },
    { code: 'mechanical', tone: 'warn', when: (a) => a.load === 'yes', label: { it: 'Componente meccanica: decide la stabilità', en: 'Mechanical component: stability decides' } },
    { code: 'radicular', tone: 'warn', when: (a) => a.radiating === 'yes', label: { it: 'Componente radicolare: cerca la compressione', en: 'Radicular component: look for compression' } },
    { code: 'biological', tone: 'ok', when: (a) => a.rest === 'yes', label: { it: 'Dolore biologico: tratta il tumore', en: 'Biological pain: treat the tumour' } },
    { code: 'none', tone: 'neutral', when: () => true, label: { it: 'Nessun generatore riconosciuto da questi elementi', en: 'No pain generator recognized from these features' } },
  ],
};

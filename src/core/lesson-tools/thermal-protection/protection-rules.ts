import type { Localized } from '../../i18n/locales';

/**
 * Thermal protection chooser: which insulator a technique and a guidance allow, and why. Each verdict is a
 * row of data with its source (content/references.yaml ids); the chooser only looks rows up.
 */
export type Technique = 'rf' | 'mw' | 'laser' | 'cryo';
export type Guidance = 'ct' | 'us' | 'mri';
export type Insulator = 'dextrose' | 'saline' | 'co2' | 'balloon';
export type Status = 'preferred' | 'allowed' | 'never' | 'not-stated';

export const techniques: readonly Technique[] = ['rf', 'mw', 'laser', 'cryo'];
export const guidances: readonly Guidance[] = ['ct', 'us', 'mri'];
export const insulators: readonly Insulator[] = ['dextrose', 'saline', 'co2', 'balloon'];

export interface InsulatorVerdict { status: Status; why: Localized; refs: readonly string[] }

const heat = (t: Technique) => t !== 'cryo';

/** The rules, most specific first: the first that matches decides. */
interface Rule { insulator: Insulator; when: (t: Technique, g: Guidance) => boolean; verdict: InsulatorVerdict }

const rules: readonly Rule[] = [
  {
    insulator: 'co2', when: (_t, g) => g === 'us',
    verdict: { status: 'never', refs: ['gangi2010'], why: { it: 'Sotto guida ecografica la CO2 crea artefatti che degradano l’immagine.', en: 'Under ultrasound guidance CO2 creates artefacts that degrade the image.' } },
  },
  {
    insulator: 'co2', when: (t) => t === 'cryo',
    verdict: { status: 'preferred', refs: ['gangi2010'], why: { it: 'Nella crioablazione la CO2 allontana le strutture e isola in modo eccellente.', en: 'In cryoablation CO2 displaces structures and insulates excellently.' } },
  },
  {
    insulator: 'co2', when: () => true,
    verdict: { status: 'allowed', refs: ['gangi2010'], why: { it: 'Aerodissezione: CO2 con una siringa dedicata che controlla volume e pressione.', en: 'Aerodissection: CO2 through a dedicated syringe that controls volume and pressure.' } },
  },
  {
    insulator: 'dextrose', when: (t) => t === 'cryo',
    verdict: { status: 'never', refs: ['gangi2010'], why: { it: 'Nella crioablazione i liquidi sono sconsigliati: congelano a contatto con l’ice ball.', en: 'In cryoablation fluids are advised against: they freeze on contact with the ice ball.' } },
  },
  {
    insulator: 'dextrose', when: (t) => t === 'rf',
    verdict: { status: 'preferred', refs: ['gangi2010'], why: { it: 'Nella RFA si usa il destrosio al 5% in acqua, che non conduce corrente.', en: 'In RFA 5% dextrose in water is the fluid to use: it does not conduct current.' } },
  },
  {
    insulator: 'dextrose', when: () => true,
    verdict: { status: 'allowed', refs: ['gangi2010'], why: { it: 'Idrodissezione: una delle tecniche di isolamento più diffuse.', en: 'Hydrodissection: one of the most widely used insulation techniques.' } },
  },
  {
    insulator: 'saline', when: (t) => t === 'rf',
    verdict: { status: 'never', refs: ['gangi2010'], why: { it: 'Nella RFA la soluzione salina non è accettabile: conduce la corrente.', en: 'In RFA saline is not acceptable: it conducts the current.' } },
  },
  {
    insulator: 'saline', when: (t) => t === 'cryo',
    verdict: { status: 'never', refs: ['gangi2010'], why: { it: 'Nella crioablazione nessun liquido: congela a contatto con l’ice ball.', en: 'In cryoablation no fluid: it freezes on contact with the ice ball.' } },
  },
  {
    insulator: 'saline', when: () => true,
    verdict: { status: 'not-stated', refs: ['gangi2010'], why: { it: 'Le fonti vietano la soluzione salina solo per la RFA; per microonde e laser non si pronunciano: preferisci il destrosio al 5%.', en: 'The sources rule out saline only for RFA and say nothing for microwave or laser: prefer 5% dextrose.' } },
  },
  {
    insulator: 'balloon', when: (t) => heat(t),
    verdict: { status: 'never', refs: ['seed004-review'], why: { it: 'Con le tecniche a caldo lo spostamento con palloncini non è possibile per i limiti termici dei dispositivi.', en: 'With heat-based techniques balloon displacement is not possible because of the devices’ thermal limits.' } },
  },
  {
    insulator: 'balloon', when: () => true,
    verdict: { status: 'allowed', refs: ['seed004-review', 'gangi2010'], why: { it: 'La crioablazione consente di spostare i tessuti con palloncini guidati da catetere.', en: 'Cryoablation allows tissue displacement with catheter-guided balloons.' } },
  },
];

export function insulatorVerdict(insulator: Insulator, technique: Technique, guidance: Guidance): InsulatorVerdict {
  return rules.find((r) => r.insulator === insulator && r.when(technique, guidance))!.verdict;
}

export interface Advice { id: string; text: Localized; refs: readonly string[] }

/** Monitoring and risk advice that does not depend on the insulator. */
export function protectionAdvice(technique: Technique, neural: boolean, intactCortex: boolean): Advice[] {
  const out: Advice[] = [];
  if (neural && heat(technique)) out.push({ id: '45c', refs: ['gangi2010'], text: { it: 'Sopra i 45 °C il calore è neurotossico per il midollo e i nervi periferici: monitora la temperatura vicino alla struttura.', en: 'Above 45 °C heat is neurotoxic to the cord and peripheral nerves: monitor the temperature next to the structure.' } });
  if (neural && !heat(technique)) out.push({ id: 'ice-watch', refs: ['seed004-review', 'gangi2010'], text: { it: 'Il freddo danneggia anche i nervi: controlla il bordo dell’ice ball in TC o RM, anche ogni 2 minuti.', en: 'Cold injures nerves too: check the ice ball edge on CT or MRI, as often as every 2 minutes.' } });
  out.push({ id: 'thermocouple', refs: ['gangi2010'], text: { it: 'Termocoppia inserita coassialmente in un ago spinale da 18 G, vicino alla struttura da proteggere.', en: 'Thermocouple inserted coaxially through an 18 G spinal needle, next to the structure to protect.' } });
  if (technique === 'rf') out.push({ id: 'arcing', refs: ['gangi2010'], text: { it: 'Con la RFA non avvicinare troppo la termocoppia metallica all’elettrodo: si possono formare archi elettrici.', en: 'With RFA keep the metal thermocouple away from the electrode: electrical arcing can occur.' } });
  if (neural && !intactCortex) {
    out.push({ id: 'no-cortex', refs: ['gangi2010', 'seed004-review'], text: { it: 'Nessuna corticale integra fra tumore e strutture nervose: servono precauzioni; per la RFA è una controindicazione relativa.', en: 'No intact cortex between tumour and neural structures: precautions are needed; for RFA it is a relative contraindication.' } });
    if (technique === 'rf') out.push({ id: 'short-tip', refs: ['seed004-review', 'gangi2010'], text: { it: 'Il rischio cresce con la lunghezza della punta attiva: un elettrodo con punta attiva corta (1 cm) è più sicuro.', en: 'Risk grows with the active-tip size: an electrode with a short (1 cm) active tip is safer.' } });
  }
  if (neural && intactCortex) out.push({ id: 'cortex', refs: ['gangi2010'], text: { it: 'L’osso corticale interposto isola, in misura che dipende dal suo spessore.', en: 'Interposed cortical bone insulates, to a degree that depends on its thickness.' } });
  return out;
}

/** The thermal protection chooser's choices (its link format: ./protection-query.ts). */
export interface ProtectionChoice {
  technique: Technique;
  guidance: Guidance;
  structure: 'neural' | 'other';
  /** Asked only for a neural structure: is the cortex between tumour and nerve intact? */
  cortex: 'yes' | 'no';
}

export const initialProtection: ProtectionChoice = { technique: 'rf', guidance: 'ct', structure: 'neural', cortex: 'yes' };


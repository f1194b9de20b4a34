import type { Locale, Localized } from '../../i18n/locales';
import type { AdviceId, ProtectionVerdictId } from './protection-rules';

/**
 * The thermal protection chooser's wording, both languages (the rules and their sources: ./protection-rules.ts).
 * Only the server imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
export const protectionWording: { verdicts: Record<ProtectionVerdictId, Localized>; advice: Record<AdviceId, Localized> } = {
  /** Why an insulator is preferred, allowed or ruled out, by the row that decided. */
  verdicts: {
    'co2-us': { it: 'Sotto guida ecografica la CO2 crea artefatti che degradano l’immagine.', en: 'Under ultrasound guidance CO2 creates artefacts that degrade the image.' },
    'co2-cryo': { it: 'Nella crioablazione la CO2 allontana le strutture e isola in modo eccellente.', en: 'In cryoablation CO2 displaces structures and insulates excellently.' },
    co2: { it: 'Aerodissezione: CO2 con una siringa dedicata che controlla volume e pressione.', en: 'Aerodissection: CO2 through a dedicated syringe that controls volume and pressure.' },
    'dextrose-cryo': { it: 'Nella crioablazione i liquidi sono sconsigliati: congelano a contatto con l’ice ball.', en: 'In cryoablation fluids are advised against: they freeze on contact with the ice ball.' },
    'dextrose-rf': { it: 'Nella RFA si usa il destrosio al 5% in acqua, che non conduce corrente.', en: 'In RFA 5% dextrose in water is the fluid to use: it does not conduct current.' },
    dextrose: { it: 'Idrodissezione: una delle tecniche di isolamento più diffuse.', en: 'Hydrodissection: one of the most widely used insulation techniques.' },
    'saline-rf': { it: 'Nella RFA la soluzione salina non è accettabile: conduce la corrente.', en: 'In RFA saline is not acceptable: it conducts the current.' },
    'saline-cryo': { it: 'Nella crioablazione nessun liquido: congela a contatto con l’ice ball.', en: 'In cryoablation no fluid: it freezes on contact with the ice ball.' },
    saline: { it: 'Le fonti vietano la soluzione salina solo per la RFA; per microonde e laser non si pronunciano: preferisci il destrosio al 5%.', en: 'The sources rule out saline only for RFA and say nothing for microwave or laser: prefer 5% dextrose.' },
    'balloon-heat': { it: 'Con le tecniche a caldo lo spostamento con palloncini non è possibile per i limiti termici dei dispositivi.', en: 'With heat-based techniques balloon displacement is not possible because of the devices’ thermal limits.' },
    balloon: { it: 'La crioablazione consente di spostare i tessuti con palloncini guidati da catetere.', en: 'Cryoablation allows tissue displacement with catheter-guided balloons.' },
  },
  /** Monitoring and risk advice, by id. */
  advice: {
    '45c': { it: 'Sopra i 45 °C il calore è neurotossico per il midollo e i nervi periferici: monitora la temperatura vicino alla struttura.', en: 'Above 45 °C heat is neurotoxic to the cord and peripheral nerves: monitor the temperature next to the structure.' },
    'ice-watch': { it: 'Il freddo danneggia anche i nervi: controlla il bordo dell’ice ball in TC o RM, anche ogni 2 minuti.', en: 'Cold injures nerves too: check the ice ball edge on CT or MRI, as often as every 2 minutes.' },
    thermocouple: { it: 'Termocoppia inserita coassialmente in un ago spinale da 18 G, vicino alla struttura da proteggere.', en: 'Thermocouple inserted coaxially through an 18 G spinal needle, next to the structure to protect.' },
    arcing: { it: 'Con la RFA non avvicinare troppo la termocoppia metallica all’elettrodo: si possono formare archi elettrici.', en: 'With RFA keep the metal thermocouple away from the electrode: electrical arcing can occur.' },
    'no-cortex': { it: 'Nessuna corticale integra fra tumore e strutture nervose: servono precauzioni; per la RFA è una controindicazione relativa.', en: 'No intact cortex between tumour and neural structures: precautions are needed; for RFA it is a relative contraindication.' },
    'short-tip': { it: 'Il rischio cresce con la lunghezza della punta attiva: un elettrodo con punta attiva corta (1 cm) è più sicuro.', en: 'Risk grows with the active-tip size: an electrode with a short (1 cm) active tip is safer.' },
    cortex: { it: 'L’osso corticale interposto isola, in misura che dipende dal suo spessore.', en: 'Interposed cortical bone insulates, to a degree that depends on its thickness.' },
  },
};

/** One language's wording, as the island receives it: verdict row id → why, advice id → sentence. */
export interface ProtectionTexts { verdicts: Record<ProtectionVerdictId, string>; advice: Record<AdviceId, string> }

const inLang = <K extends string>(texts: Record<K, Localized>, lang: Locale) =>
  Object.fromEntries(Object.entries<Localized>(texts).map(([id, t]) => [id, t[lang]])) as Record<K, string>;

export function protectionTextsIn(lang: Locale): ProtectionTexts {
  return { verdicts: inLang(protectionWording.verdicts, lang), advice: inLang(protectionWording.advice, lang) };
}

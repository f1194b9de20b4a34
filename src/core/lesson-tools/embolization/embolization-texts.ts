import type { Locale, Localized } from '../../i18n/locales';
import type { EmboAgent, EmboFlag, EmboIndication, EmboStep } from './embolization-rules';

/**
 * The embolization planner's wording, both languages, by id (the rules and their sources: ./embolization-rules.ts).
 * Only the server imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
export interface EmboWording {
  flags: Record<EmboFlag, Localized>;
  indications: Record<EmboIndication, Localized>;
  sequence: Record<EmboStep, Localized>;
  agents: Record<EmboAgent, Localized>;
}

export const emboWording: EmboWording = {
  flags: {
    'dangerous-anastomosis': { it: 'Anastomosi pericolose visibili all’angiografia: l’unica controindicazione assoluta. Non embolizzare.', en: 'Dangerous anastomoses seen at angiography: the only absolute contraindication. Do not embolize.' },
    adamkiewicz: { it: 'L’arteria di Adamkiewicz origina dal territorio da embolizzare: qui la trattiamo come un’anastomosi pericolosa (la revisione ne sottolinea il rischio: la sua occlusione può causare deficit neurologico permanente o paraplegia). Non embolizzare da quel peduncolo; discuti con il neuroradiologo interventista e il chirurgo.', en: 'The artery of Adamkiewicz arises from the territory to embolize: here we treat it as a dangerous anastomosis (the review stresses the risk: occluding it can cause permanent neurological deficit or paraplegia). Do not embolize from that pedicle; discuss with the interventional neuroradiologist and the surgeon.' },
    coagulopathy: { it: 'Coagulopatia non correggibile: la principale controindicazione relativa; consulto ematologico.', en: 'Uncorrectable coagulopathy: the main relative contraindication; haematology consultation.' },
    renal: { it: 'Insufficienza renale: controindicazione relativa (mezzo di contrasto iodato); consulto nefrologico.', en: 'Renal insufficiency: relative contraindication (iodinated contrast); nephrology consultation.' },
    'contrast-allergy': { it: 'Allergia al mezzo di contrasto iodato: controindicazione relativa; premedicazione da concordare con l’anestesista.', en: 'Allergy to iodinated contrast: relative contraindication; agree premedication with the anaesthetist.' },
  },
  indications: {
    preoperative: { it: 'Preoperatoria, l’indicazione principale: riduce le perdite ematiche e le complicanze emorragiche, facilita la resezione e accorcia l’intervento, qualunque sia l’istotipo.', en: 'Preoperative, the main indication: it reduces blood loss and bleeding complications, eases resection and shortens surgery, whatever the histology.' },
    palliative: { it: 'Palliativa: lesioni non raggiungibili con altre procedure, nessun limite di dimensione, fratture già operate, dolore recidivo (si può ripetere).', en: 'Palliative: lesions other procedures cannot reach, no size limit, fractures already operated on, recurrent pain (it can be repeated).' },
    curative: { it: 'Curativa o trattamento locale: in casi selezionati; l’embolizzazione è stata usata con successo anche in alcuni tumori ossei benigni, come la cisti ossea aneurismatica.', en: 'Curative or local treatment: in selected cases; embolization has also been used successfully in some benign bone tumours, such as aneurysmal bone cyst.' },
    synergy: { it: 'Sinergia con altre terapie: prepara o completa radioterapia, ablazione o chirurgia.', en: 'Synergy with other therapies: it prepares for or completes radiotherapy, ablation or surgery.' },
  },
  sequence: {
    radiotherapy: { it: 'Radioterapia prima dell’embolizzazione: l’ipossia rende le cellule più radioresistenti.', en: 'Radiotherapy before embolization: hypoxia makes cells more radioresistant.' },
    ablation: { it: 'Termoablazione il prima possibile dopo l’embolizzazione: l’effetto heat sink è minore.', en: 'Thermal ablation as soon as possible after embolization: the heat-sink effect is smaller.' },
  },
  agents: {
    default: { it: 'Particelle di PVA: l’agente più usato.', en: 'PVA particles: the most commonly used agent.' },
    collaterals: { it: 'Collaterali che richiedono di deviare il flusso: spugna di gelatina e spirali (coils), o la loro combinazione.', en: 'Collaterals needing flow diversion: gelatin sponge and coils, or a combination.' },
    liquids: { it: 'Agenti liquidi: alcol, colla NBCA, Onyx; la colla NBCA è stata usata in uno dei casi della lezione sull’embolizzazione.', en: 'Liquid agents: alcohol, NBCA glue, Onyx; NBCA glue was used in one of the embolization lecture’s cases.' },
  },
};

/** One language's wording, as the island receives it: the same ids, each with its sentence. */
export type EmboTexts = { [K in keyof EmboWording]: Record<keyof EmboWording[K], string> };

const pick = <K extends string>(m: Record<K, Localized>, lang: Locale) =>
  Object.fromEntries(Object.entries<Localized>(m).map(([id, w]) => [id, w[lang]])) as Record<K, string>;

export function emboTextsIn(lang: Locale): EmboTexts {
  const w = emboWording;
  return { flags: pick(w.flags, lang), indications: pick(w.indications, lang), sequence: pick(w.sequence, lang), agents: pick(w.agents, lang) };
}

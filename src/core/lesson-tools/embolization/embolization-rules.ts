import type { Localized } from '../../i18n/locales';

/**
 * Embolization planner: indication, sequencing with radiotherapy and ablation, agent, and the red flags that
 * stop it. Rows of data with sources; the planner only filters them.
 */
export type EmboIndication = 'preoperative' | 'palliative' | 'curative' | 'synergy';
export const emboIndications: readonly EmboIndication[] = ['preoperative', 'palliative', 'curative', 'synergy'];

export interface EmboInput {
  indication: EmboIndication;
  /** Other treatments planned around it. */
  radiotherapy: boolean;
  ablation: boolean;
  /** Angiographic and clinical findings. */
  flags: readonly EmboFlag[];
  collaterals: boolean;
}

export type EmboFlag = 'dangerous-anastomosis' | 'adamkiewicz' | 'coagulopathy' | 'renal' | 'contrast-allergy';
export const emboFlags: readonly EmboFlag[] = ['dangerous-anastomosis', 'adamkiewicz', 'coagulopathy', 'renal', 'contrast-allergy'];

interface Item { text: Localized; refs: readonly string[] }

export const flagRules: Record<EmboFlag, Item & { level: 'stop' | 'relative' }> = {
  'dangerous-anastomosis': { level: 'stop', refs: ['seed004-review'], text: { it: 'Anastomosi pericolose visibili all’angiografia: l’unica controindicazione assoluta. Non embolizzare.', en: 'Dangerous anastomoses seen at angiography: the only absolute contraindication. Do not embolize.' } },
  adamkiewicz: { level: 'stop', refs: ['seed004-review'], text: { it: 'L’arteria di Adamkiewicz origina dal territorio da embolizzare: qui la trattiamo come un’anastomosi pericolosa (la revisione ne sottolinea il rischio: la sua occlusione può causare deficit neurologico permanente o paraplegia). Non embolizzare da quel peduncolo; discuti con il neuroradiologo interventista e il chirurgo.', en: 'The artery of Adamkiewicz arises from the territory to embolize: here we treat it as a dangerous anastomosis (the review stresses the risk: occluding it can cause permanent neurological deficit or paraplegia). Do not embolize from that pedicle; discuss with the interventional neuroradiologist and the surgeon.' } },
  coagulopathy: { level: 'relative', refs: ['seed004-review'], text: { it: 'Coagulopatia non correggibile: la principale controindicazione relativa; consulto ematologico.', en: 'Uncorrectable coagulopathy: the main relative contraindication; haematology consultation.' } },
  renal: { level: 'relative', refs: ['seed004-review'], text: { it: 'Insufficienza renale: controindicazione relativa (mezzo di contrasto iodato); consulto nefrologico.', en: 'Renal insufficiency: relative contraindication (iodinated contrast); nephrology consultation.' } },
  'contrast-allergy': { level: 'relative', refs: ['seed004-review'], text: { it: 'Allergia al mezzo di contrasto iodato: controindicazione relativa; premedicazione da concordare con l’anestesista.', en: 'Allergy to iodinated contrast: relative contraindication; agree premedication with the anaesthetist.' } },
};

export const indicationInfo: Record<EmboIndication, Item> = {
  preoperative: { refs: ['seed002-embolization', 'seed004-review'], text: { it: 'Preoperatoria, l’indicazione principale: riduce le perdite ematiche e le complicanze emorragiche, facilita la resezione e accorcia l’intervento, qualunque sia l’istotipo.', en: 'Preoperative, the main indication: it reduces blood loss and bleeding complications, eases resection and shortens surgery, whatever the histology.' } },
  palliative: { refs: ['seed002-embolization'], text: { it: 'Palliativa: lesioni non raggiungibili con altre procedure, nessun limite di dimensione, fratture già operate, dolore recidivo (si può ripetere).', en: 'Palliative: lesions other procedures cannot reach, no size limit, fractures already operated on, recurrent pain (it can be repeated).' } },
  curative: { refs: ['seed002-embolization', 'seed004-review'], text: { it: 'Curativa o trattamento locale: in casi selezionati; l’embolizzazione è stata usata con successo anche in alcuni tumori ossei benigni, come la cisti ossea aneurismatica.', en: 'Curative or local treatment: in selected cases; embolization has also been used successfully in some benign bone tumours, such as aneurysmal bone cyst.' } },
  synergy: { refs: ['seed002-embolization'], text: { it: 'Sinergia con altre terapie: prepara o completa radioterapia, ablazione o chirurgia.', en: 'Synergy with other therapies: it prepares for or completes radiotherapy, ablation or surgery.' } },
};

export const sequencing = {
  radiotherapy: { refs: ['seed002-embolization'], text: { it: 'Radioterapia prima dell’embolizzazione: l’ipossia rende le cellule più radioresistenti.', en: 'Radiotherapy before embolization: hypoxia makes cells more radioresistant.' } },
  ablation: { refs: ['seed002-embolization'], text: { it: 'Termoablazione il prima possibile dopo l’embolizzazione: l’effetto heat sink è minore.', en: 'Thermal ablation as soon as possible after embolization: the heat-sink effect is smaller.' } },
} satisfies Record<string, Item>;

export const agents = {
  default: { refs: ['seed004-review'], text: { it: 'Particelle di PVA: l’agente più usato.', en: 'PVA particles: the most commonly used agent.' } },
  collaterals: { refs: ['seed004-review'], text: { it: 'Collaterali che richiedono di deviare il flusso: spugna di gelatina e spirali (coils), o la loro combinazione.', en: 'Collaterals needing flow diversion: gelatin sponge and coils, or a combination.' } },
  liquids: { refs: ['seed004-review', 'seed002-embolization'], text: { it: 'Agenti liquidi: alcol, colla NBCA, Onyx; la colla NBCA è stata usata in uno dei casi della lezione sull’embolizzazione.', en: 'Liquid agents: alcohol, NBCA glue, Onyx; NBCA glue was used in one of the embolization lecture’s cases.' } },
} satisfies Record<string, Item>;

export type EmboVerdict = 'stop' | 'caution' | 'proceed';

export interface EmboPlan {
  verdict: EmboVerdict;
  flags: (Item & { id: EmboFlag; level: 'stop' | 'relative' })[];
  indication: Item;
  sequence: Item[];
  agents: Item[];
}

export function planEmbolization(input: EmboInput): EmboPlan {
  const flags = input.flags.map((id) => ({ id, ...flagRules[id] }));
  const verdict: EmboVerdict = flags.some((f) => f.level === 'stop') ? 'stop' : flags.length ? 'caution' : 'proceed';
  const sequence: Item[] = [];
  if (input.radiotherapy) sequence.push(sequencing.radiotherapy);
  if (input.ablation) sequence.push(sequencing.ablation);
  return {
    verdict,
    flags,
    indication: indicationInfo[input.indication],
    sequence,
    agents: [input.collaterals ? agents.collaterals : agents.default, agents.liquids],
  };
}

/** The planner's starting state (its link format: ./embolization-query.ts). */
export const initialEmbolization: EmboInput = { indication: 'preoperative', radiotherapy: false, ablation: false, flags: [], collaterals: false };

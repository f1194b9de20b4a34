/**
 * Embolization planner: indication, sequencing with radiotherapy and ablation, agent, and the red flags that
 * stop it. Rows of data with sources; the planner only filters them. Their wording is in ./embolization-texts.ts,
 * read on the server only, so the island ships ids and logic, not both languages' sentences.
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

interface Sourced { refs: readonly string[] }
export type EmboStep = 'radiotherapy' | 'ablation';
export type EmboAgent = 'default' | 'collaterals' | 'liquids';

export const flagRules: Record<EmboFlag, Sourced & { level: 'stop' | 'relative' }> = {
  'dangerous-anastomosis': { level: 'stop', refs: ['seed004-review'] },
  adamkiewicz: { level: 'stop', refs: ['seed004-review'] },
  coagulopathy: { level: 'relative', refs: ['seed004-review'] },
  renal: { level: 'relative', refs: ['seed004-review'] },
  'contrast-allergy': { level: 'relative', refs: ['seed004-review'] },
};

export const indicationInfo: Record<EmboIndication, Sourced> = {
  preoperative: { refs: ['seed002-embolization', 'seed004-review'] },
  palliative: { refs: ['seed002-embolization'] },
  curative: { refs: ['seed002-embolization', 'seed004-review'] },
  synergy: { refs: ['seed002-embolization'] },
};

export const sequencing: Record<EmboStep, Sourced> = {
  radiotherapy: { refs: ['seed002-embolization'] },
  ablation: { refs: ['seed002-embolization'] },
};

export const agents: Record<EmboAgent, Sourced> = {
  default: { refs: ['seed004-review'] },
  collaterals: { refs: ['seed004-review'] },
  liquids: { refs: ['seed004-review', 'seed002-embolization'] },
};

export type EmboVerdict = 'stop' | 'caution' | 'proceed';

/** The plan as codes with their sources; its wording is looked up by id (./embolization-texts.ts). */
export interface EmboPlan {
  verdict: EmboVerdict;
  flags: (Sourced & { id: EmboFlag; level: 'stop' | 'relative' })[];
  indication: Sourced & { id: EmboIndication };
  sequence: (Sourced & { id: EmboStep })[];
  agents: (Sourced & { id: EmboAgent })[];
}

export function planEmbolization(input: EmboInput): EmboPlan {
  const flags = input.flags.map((id) => ({ id, ...flagRules[id] }));
  const verdict: EmboVerdict = flags.some((f) => f.level === 'stop') ? 'stop' : flags.length ? 'caution' : 'proceed';
  // Radiotherapy before, ablation after: the sequence keeps this order.
  const steps = (['radiotherapy', 'ablation'] as const).filter((s) => input[s]);
  const agentIds: EmboAgent[] = [input.collaterals ? 'collaterals' : 'default', 'liquids'];
  return {
    verdict,
    flags,
    indication: { id: input.indication, ...indicationInfo[input.indication] },
    sequence: steps.map((id) => ({ id, ...sequencing[id] })),
    agents: agentIds.map((id) => ({ id, ...agents[id] })),
  };
}

/** The planner's starting state (its link format: ./embolization-query.ts). */
export const initialEmbolization: EmboInput = { indication: 'preoperative', radiotherapy: false, ablation: false, flags: [], collaterals: false };

/**
 * Thermal protection chooser: which insulator a technique and a guidance allow, and why. Each verdict is a
 * row of data with its source (content/references.yaml ids); the chooser only looks rows up. The reasons
 * and the advice are ids here; their wording is in ./protection-texts.ts, read on the server only, so the
 * island ships ids and logic, not both languages' sentences.
 */
export type Technique = 'rf' | 'mw' | 'laser' | 'cryo';
export type Guidance = 'ct' | 'us' | 'mri';
export type Insulator = 'dextrose' | 'saline' | 'co2' | 'balloon';
export type Status = 'preferred' | 'allowed' | 'never' | 'not-stated';

export const techniques: readonly Technique[] = ['rf', 'mw', 'laser', 'cryo'];
export const guidances: readonly Guidance[] = ['ct', 'us', 'mri'];
export const insulators: readonly Insulator[] = ['dextrose', 'saline', 'co2', 'balloon'];

/** Which row decided: each has its own reason ("why"). */
export type ProtectionVerdictId =
  | 'co2-us' | 'co2-cryo' | 'co2' | 'dextrose-cryo' | 'dextrose-rf' | 'dextrose'
  | 'saline-rf' | 'saline-cryo' | 'saline' | 'balloon-heat' | 'balloon';

export interface InsulatorVerdict { id: ProtectionVerdictId; status: Status; refs: readonly string[] }

const heat = (t: Technique) => t !== 'cryo';

/** The rules, most specific first: the first that matches decides. */
interface Rule { insulator: Insulator; when: (t: Technique, g: Guidance) => boolean; verdict: InsulatorVerdict }

const rules: readonly Rule[] = [
  { insulator: 'co2', when: (_t, g) => g === 'us', verdict: { id: 'co2-us', status: 'never', refs: ['gangi2010'] } },
  { insulator: 'co2', when: (t) => t === 'cryo', verdict: { id: 'co2-cryo', status: 'preferred', refs: ['gangi2010'] } },
  { insulator: 'co2', when: () => true, verdict: { id: 'co2', status: 'allowed', refs: ['gangi2010'] } },
  { insulator: 'dextrose', when: (t) => t === 'cryo', verdict: { id: 'dextrose-cryo', status: 'never', refs: ['gangi2010'] } },
  { insulator: 'dextrose', when: (t) => t === 'rf', verdict: { id: 'dextrose-rf', status: 'preferred', refs: ['gangi2010'] } },
  { insulator: 'dextrose', when: () => true, verdict: { id: 'dextrose', status: 'allowed', refs: ['gangi2010'] } },
  { insulator: 'saline', when: (t) => t === 'rf', verdict: { id: 'saline-rf', status: 'never', refs: ['gangi2010'] } },
  { insulator: 'saline', when: (t) => t === 'cryo', verdict: { id: 'saline-cryo', status: 'never', refs: ['gangi2010'] } },
  { insulator: 'saline', when: () => true, verdict: { id: 'saline', status: 'not-stated', refs: ['gangi2010'] } },
  { insulator: 'balloon', when: (t) => heat(t), verdict: { id: 'balloon-heat', status: 'never', refs: ['seed004-review'] } },
  { insulator: 'balloon', when: () => true, verdict: { id: 'balloon', status: 'allowed', refs: ['seed004-review', 'gangi2010'] } },
];

export function insulatorVerdict(insulator: Insulator, technique: Technique, guidance: Guidance): InsulatorVerdict {
  return rules.find((r) => r.insulator === insulator && r.when(technique, guidance))!.verdict;
}

export type AdviceId = '45c' | 'ice-watch' | 'thermocouple' | 'arcing' | 'no-cortex' | 'short-tip' | 'cortex';

export interface Advice { id: AdviceId; refs: readonly string[] }

/** Monitoring and risk advice that does not depend on the insulator. */
export function protectionAdvice(technique: Technique, neural: boolean, intactCortex: boolean): Advice[] {
  const out: Advice[] = [];
  if (neural && heat(technique)) out.push({ id: '45c', refs: ['gangi2010'] });
  if (neural && !heat(technique)) out.push({ id: 'ice-watch', refs: ['seed004-review', 'gangi2010'] });
  out.push({ id: 'thermocouple', refs: ['gangi2010'] });
  if (technique === 'rf') out.push({ id: 'arcing', refs: ['gangi2010'] });
  if (neural && !intactCortex) {
    out.push({ id: 'no-cortex', refs: ['gangi2010', 'seed004-review'] });
    if (technique === 'rf') out.push({ id: 'short-tip', refs: ['seed004-review', 'gangi2010'] });
  }
  if (neural && intactCortex) out.push({ id: 'cortex', refs: ['gangi2010'] });
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


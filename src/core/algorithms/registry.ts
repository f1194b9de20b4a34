import type { DecisionGraph } from './decision-graph';
import { a1CirseAlgorithm } from './a1-cirse-algorithm';
import { a2CirseStrategy } from './a2-cirse-strategy';
import { a3BoneMetastasesManagement } from './a3-bone-metastases-management';
import { a4Noms } from './a4-noms';
import { a5AblationIndicationsTiming } from './a5-ablation-indications-timing';

/** The treatment algorithms of module M15, in teaching order; each id is the URL slug /{lang}/algorithms/<id>/. */
export const algorithmIds = [
  'a1-cirse-algorithm',
  'a2-cirse-strategy',
  'a3-bone-metastases-management',
  'a4-noms',
  'a5-ablation-indications-timing',
] as const;

export type AlgorithmId = (typeof algorithmIds)[number];

/** Keyed by id; the mapped type makes each graph's own `id` equal its key. */
export const algorithms: { readonly [K in AlgorithmId]: DecisionGraph<K> } = {
  'a1-cirse-algorithm': a1CirseAlgorithm,
  'a2-cirse-strategy': a2CirseStrategy,
  'a3-bone-metastases-management': a3BoneMetastasesManagement,
  'a4-noms': a4Noms,
  'a5-ablation-indications-timing': a5AblationIndicationsTiming,
};

export function isAlgorithmId(value: unknown): value is AlgorithmId {
  return typeof value === 'string' && (algorithmIds as readonly string[]).includes(value);
}

export function getAlgorithm(id: AlgorithmId): DecisionGraph<AlgorithmId> {
  return algorithms[id];
}

/**
 * Vertebroplasty candidate check: every criterion is data with its source (content/references.yaml ids).
 * Indications: any one is enough. Absolute contraindications stop the procedure; relative ones call for
 * a team decision; each names who to consult (its wording: ./candidate-texts.ts, read on the server only,
 * so the island ships ids and logic, not both languages' sentences).
 */
export type CriterionKind = 'indication' | 'absolute' | 'relative' | 'caution';

export const vpCriterionIds = [
  'painful-lytic', 'fracture-risk', 'refractory',
  'cord-compression', 'infection', 'coagulopathy', 'cardiopulmonary', 'no-backup',
  'cannot-lie-prone', 'burst-fracture', 'vertebra-plana', 'instability',
  'posterior-wall',
] as const;
export type VpCriterionId = (typeof vpCriterionIds)[number];

export interface Criterion {
  id: VpCriterionId;
  kind: CriterionKind;
  refs: readonly string[];
}

export const vpCriteria: readonly Criterion[] = [
  { id: 'painful-lytic', kind: 'indication', refs: ['gangi2010', 'seed004-review'] },
  { id: 'fracture-risk', kind: 'indication', refs: ['gangi2010', 'seed000-lecture'] },
  { id: 'refractory', kind: 'indication', refs: ['seed000-lecture'] },
  { id: 'cord-compression', kind: 'absolute', refs: ['seed004-review'] },
  { id: 'infection', kind: 'absolute', refs: ['seed004-review', 'gangi2010'] },
  { id: 'coagulopathy', kind: 'absolute', refs: ['seed004-review'] },
  { id: 'cardiopulmonary', kind: 'absolute', refs: ['seed004-review'] },
  { id: 'no-backup', kind: 'absolute', refs: ['seed004-review'] },
  { id: 'cannot-lie-prone', kind: 'relative', refs: ['seed004-review'] },
  { id: 'burst-fracture', kind: 'relative', refs: ['seed004-review'] },
  { id: 'vertebra-plana', kind: 'relative', refs: ['seed004-review'] },
  // Not in the review's list: the course's own stability rule (SINS 7 or more → spine surgeon; Fisher 2010),
  // asked here so that an unstable spine never reads as a plain "candidate".
  { id: 'instability', kind: 'relative', refs: ['fisher2010', 'laufer2013'] },
  { id: 'posterior-wall', kind: 'caution', refs: ['seed004-review', 'gangi2010'] },
];

export type VpVerdict = 'contraindicated' | 'no-indication' | 'team-decision' | 'candidate';

export interface VpCheck {
  verdict: VpVerdict;
  indications: Criterion[];
  absolute: Criterion[];
  relative: Criterion[];
  cautions: Criterion[];
}

/** Absolute contraindications win over everything; without an indication there is nothing to treat. */
export function checkVertebroplasty(selected: readonly string[]): VpCheck {
  const on = vpCriteria.filter((c) => selected.includes(c.id));
  const of = (k: CriterionKind) => on.filter((c) => c.kind === k);
  const absolute = of('absolute');
  const indications = of('indication');
  const relative = of('relative');
  const verdict: VpVerdict = absolute.length ? 'contraindicated' : indications.length === 0 ? 'no-indication' : relative.length || of('caution').length ? 'team-decision' : 'candidate';
  return { verdict, indications, absolute, relative, cautions: of('caution') };
}

/** The vertebroplasty candidate check as a link: the ticked criteria, `?on=pain-refractory,coagulopathy` (read: ./candidate-query.ts). */
export const candidateQueryString = (on: string[]): string => (on.length ? `?on=${on.join(',')}` : '');

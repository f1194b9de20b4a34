import { yesNoIds, type CheckFindingRule, type CheckQuestionRule, type CheckerRules } from '../checker/checker';

/**
 * M5 — Wallace et al. 2015 (Metastatic Spine Disease Multidisciplinary Working Group): when to ablate.
 * Ids and logic only; the wording is in ./m05-ablation-indications-texts.ts, read on the server only.
 */
export const ablationCriterionIds = ['impending', 'persistent', 'radioresistant', 'max-dose', 'toxicity', 'marrow', 'refused'] as const;
export type AblationCriterionId = (typeof ablationCriterionIds)[number];

// Ablation alone does not prevent an impending fracture: CIRSE pairs it with consolidation (gangi2010), so that
// finding is a caution with both sources; the others restate the criterion.
const caution: ReadonlySet<AblationCriterionId> = new Set(['impending']);

export const ablationIndications: CheckerRules = {
  id: 'ablation-indications',
  questions: ablationCriterionIds.map((id): CheckQuestionRule => ({ id, options: yesNoIds })),
  findings: ablationCriterionIds.map((id): CheckFindingRule => ({
    id,
    level: caution.has(id) ? 'warn' : 'ok',
    when: (a) => a[id] === 'yes',
    refs: caution.has(id) ? ['wallace2015a', 'gangi2010'] : ['wallace2015a'],
  })),
  verdicts: [
    // Wallace's criteria are indications, not clearance: the verdict names what the tool does not ask (seed004-review).
    { code: 'indicated', tone: 'warn', when: (_a, fired) => fired.length > 0 },
    { code: 'rt-first', tone: 'neutral', when: () => true },
  ],
};

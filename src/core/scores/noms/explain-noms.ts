import type { NomsResult } from './decide-noms';
import { palliativeCebrtText, radiationTexts, stabilizationTexts, type RecommendationText } from './noms-recommendations';
import { nomsRules, type NomsRule } from './noms-rules';

/** The texts a view shows for a NOMS result: one per step, in order, and the rules that led there. */
export function explainNoms(result: Extract<NomsResult, { kind: 'result' }>): { steps: RecommendationText[]; rules: NomsRule[] } {
  const steps = result.steps.map((step) => {
    if (step === 'surgical-consultation' || step === 'stabilization-or-augmentation') return stabilizationTexts[step];
    return step === 'cebrt' && result.palliative ? palliativeCebrtText : radiationTexts[step];
  });
  return { steps, rules: result.rules.map((id) => nomsRules[id]) };
}

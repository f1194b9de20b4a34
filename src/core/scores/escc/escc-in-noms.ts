import { decideNoms } from '../noms/decide-noms';
import { nomsRules, type NomsRule, type NomsRuleId } from '../noms/noms-rules';
import type { EsccGrade } from './escc-grades';

/** Rules that follow from the grade, the deficit and the histology; the mechanical ones belong to SINS. */
const neuroOncologic: readonly NomsRuleId[] = [
  'radiosensitive-any-escc',
  'radioresistant-low-grade',
  'radioresistant-high-grade-fit',
  'radioresistant-high-grade-unfit',
  'symptomatic-compression-urgent-review',
  'symptomatic-compression-no-cement',
];

/**
 * The ESCC picker's "what this grade means in NOMS": the NOMS core itself is asked, for every
 * radiosensitivity, neurological status and surgical fitness, with a stable spine, so the picker never
 * states a consequence that NOMS does not draw.
 */
export function nomsRulesForGrade(grade: EsccGrade): NomsRule[] {
  const seen = new Set<NomsRuleId>();
  for (const radiosensitivity of ['sensitive', 'resistant'])
    for (const myelopathy of ['no', 'yes'])
      for (const surgeryFit of ['yes', 'no']) {
        const r = decideNoms({ escc: grade, myelopathy, radiosensitivity, sins: '0', mechanicalPain: 'no', surgeryFit });
        if (r.kind === 'result') for (const id of r.rules) if (neuroOncologic.includes(id)) seen.add(id);
      }
  return neuroOncologic.filter((id) => seen.has(id)).map((id) => nomsRules[id]);
}

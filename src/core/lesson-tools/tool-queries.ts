import type { QueryNotice } from '../scores/query';
import { ablationQuery } from './ablation-choice/ablation-query';
import { checkerQuery } from './checker/checker-query';
import { painGenerator } from './checkers/m01-pain-generator';
import { curativePalliative } from './checkers/m02-curative-palliative';
import { readiness } from './checkers/m03-readiness';
import { ablationIndications } from './checkers/m05-ablation-indications';
import { augmentationChoice } from './checkers/m07-augmentation-choice';
import { coblationCandidate } from './checkers/m10-coblation';
import { mrgfusEligibility } from './checkers/m12-mrgfus';
import { embolizationQuery } from './embolization/embolization-query';
import { evidenceQuery } from './evidence/evidence-query';
import { rtResponseQuery } from './rt-response/rt-response-query';
import { protectionQuery } from './thermal-protection/protection-query';
import { approachQuery } from './vertebroplasty/approach-query';

/**
 * The lesson tools whose state lives in the URL on their own page, keyed by tool id (= URL segment),
 * with their parse/serialize pair. Each widget imports its own pair directly (a page ships one tool's
 * data); this table is for the round-trip tests and for anyone looking up a tool's link format.
 * The cryo planner (cryo/plan-query.ts) and the vertebroplasty check have link formats of their own.
 */
export interface ToolQueryPair {
  parse(search: string): { state: unknown; notices: QueryNotice[] };
  serialize(state: never): string;
}

export const lessonToolQueries = {
  'ablation-chooser': ablationQuery,
  'thermal-protection': protectionQuery,
  'embolization-planner': embolizationQuery,
  'pain-generator': checkerQuery(painGenerator),
  'curative-palliative': checkerQuery(curativePalliative),
  readiness: checkerQuery(readiness),
  'ablation-indications': checkerQuery(ablationIndications),
  'augmentation-choice': checkerQuery(augmentationChoice),
  'coblation-candidate': checkerQuery(coblationCandidate),
  'mrgfus-eligibility': checkerQuery(mrgfusEligibility),
  'vertebroplasty-approach': approachQuery,
  'vp-rfa-evidence': evidenceQuery,
  'rt-response': rtResponseQuery,
} as const;

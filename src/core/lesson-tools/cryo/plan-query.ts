import { parseChoiceParams, type QueryNotice } from '../../scores/query';
import { cryoModel, freezeCycles, type FreezeCycle } from './cryo-model';
import type { Point } from './geometry';
import { defaultPlan, type PlanState } from './plan-link';
import { cryoScenarios, scenarioById } from './scenarios';

// Reading a plan's link is for the planner's tool page only: the lesson embed writes links (./plan-link.ts)
// but never reads one, so it does not load this.
export { defaultPlan, planQueryString, type PlanState } from './plan-link';

/** Reads a link back; anything unusable becomes a visible notice and the rest of the plan still loads. */
export function parsePlanQuery(search: string): { state: PlanState | null; notices: QueryNotice[] } {
  const params = new URLSearchParams(search);
  if ([...params.keys()].length === 0) return { state: null, notices: [] };
  const { values, notices } = parseChoiceParams(
    params,
    { scenario: cryoScenarios.map((s) => s.id), cycle: freezeCycles },
    ['probes'],
  );
  const scenario = scenarioById(values.scenario ?? '') ?? cryoScenarios[0]!;
  const state = defaultPlan(scenario.id);
  if (values.cycle) state.cycle = values.cycle as FreezeCycle;
  const raw = params.get('probes');
  if (raw !== null) {
    const probes: Point[] = [];
    for (const pair of raw.split(';').filter(Boolean)) {
      const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(pair);
      const x = m ? Number(m[1]) : NaN;
      const y = m ? Number(m[2]) : NaN;
      const onField = x >= 0 && y >= 0 && x <= scenario.field.width && y <= scenario.field.height;
      if (!m || !onField || probes.length >= cryoModel.maxProbes) {
        notices.push({ param: 'probes', value: pair, reason: 'unknown-value', allowed: [`x,y (0–${scenario.field.width}, 0–${scenario.field.height} mm)`, `≤ ${cryoModel.maxProbes}`] });
        continue;
      }
      probes.push({ x, y });
    }
    state.probes = probes;
  }
  return { state, notices };
}

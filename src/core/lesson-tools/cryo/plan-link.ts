import type { FreezeCycle } from './cryo-model';
import type { Point } from './geometry';
import { cryoScenarios, scenarioById, type CryoScenarioId } from './scenarios';

/** A plan as a shareable link: ?scenario=iliac&cycle=second&probes=35,40;55,40 (mm, whole or one decimal). */
export interface PlanState {
  scenario: CryoScenarioId;
  cycle: FreezeCycle;
  probes: Point[];
}

export function defaultPlan(scenario: CryoScenarioId = 'iliac'): PlanState {
  const s = scenarioById(scenario) ?? cryoScenarios[0]!;
  return { scenario: s.id, cycle: 'second', probes: [{ ...s.start }] };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Written with URLSearchParams directly, not core/scores/query.ts's toQueryString: the lesson embed writes this
 * link (its "open in the tool" button) and that module would bring the link readers along.
 */
export function planQueryString(state: PlanState): string {
  const params = new URLSearchParams({ scenario: state.scenario, cycle: state.cycle });
  const probes = state.probes.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(';');
  if (probes) params.set('probes', probes);
  return `?${params}`;
}

import type { BankEntry } from './results';
import { shuffle, type Seed } from './rng';

export interface PickOptions {
  /** Modules to draw from (M1…M15); empty or omitted means every module in the bank. */
  modules?: readonly string[];
  count: number;
  seed: Seed;
}

/**
 * Draws `count` question ids spread as evenly as possible over the chosen modules: round-robin over
 * each module's shuffled questions, so no module gets two more than another unless it runs dry (then
 * the others fill the gap). Module order is shuffled too, so the odd extra questions do not always
 * land on M1. The final list is shuffled again so modules are interleaved unpredictably.
 */
export function pickQuestions(bank: readonly BankEntry[], options: PickOptions): string[] {
  const wanted = options.modules && options.modules.length > 0 ? new Set(options.modules) : null;
  const pools = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const q of bank) {
    if ((wanted && !wanted.has(q.module)) || seen.has(q.id)) continue;
    seen.add(q.id);
    pools.set(q.module, [...(pools.get(q.module) ?? []), q.id]);
  }
  const count = Number.isFinite(options.count) ? Math.max(0, Math.floor(options.count)) : 0;
  const queues = shuffle([...pools.keys()].sort(), `${options.seed}:modules`).map((m) =>
    shuffle(pools.get(m) ?? [], `${options.seed}:${m}`),
  );

  const picked: string[] = [];
  for (let round = 0; picked.length < count; round++) {
    let took = false;
    for (const queue of queues) {
      const id = queue[round];
      if (id === undefined || picked.length >= count) continue;
      picked.push(id);
      took = true;
    }
    if (!took) break;
  }
  return shuffle(picked, `${options.seed}:order`);
}

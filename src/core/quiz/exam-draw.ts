import type { CognitiveLevel } from './question';
import { levelOf, type BankEntry } from './results';
import { shuffle, type Seed } from './rng';

/**
 * An exam draws by the bank's blueprint (items per module × cognitive level, src/core/quiz/blueprint.ts),
 * so its mix of modules and of recall vs application mirrors the bank's (an exam of 20 from a bank that
 * is 45% application asks 9 application items), never whatever a random draw happens to give.
 */
export interface ExamDrawOptions {
  /** Modules to draw from; empty or omitted means every module in the bank. */
  modules?: readonly string[];
  count: number;
  seed: Seed;
}

type Cell = { key: string; ids: string[]; quota: number; remainder: number };

/**
 * Draws `count` ids so that every module × level cell gets its share of the exam in proportion to its
 * size in the bank (largest remainders; ties broken by the seed, so no module is always favoured),
 * then picks at random inside each cell. The list comes back shuffled.
 */
export function drawByBlueprint(bank: readonly BankEntry[], options: ExamDrawOptions): string[] {
  const wanted = options.modules && options.modules.length > 0 ? new Set(options.modules) : null;
  const cells = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const q of bank) {
    if ((wanted && !wanted.has(q.module)) || seen.has(q.id)) continue;
    seen.add(q.id);
    const key = `${q.module}|${levelOf(q) satisfies CognitiveLevel}`;
    cells.set(key, [...(cells.get(key) ?? []), q.id]);
  }
  const size = seen.size;
  const count = Number.isFinite(options.count) ? Math.max(0, Math.min(size, Math.floor(options.count))) : 0;
  if (count === 0) return [];

  const list: Cell[] = shuffle([...cells.keys()].sort(), `${options.seed}:cells`).map((key) => {
    const ids = cells.get(key) ?? [];
    const exact = (ids.length * count) / size;
    return { key, ids: shuffle(ids, `${options.seed}:${key}`), quota: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = count - list.reduce((sum, c) => sum + c.quota, 0);
  // Stable sort keeps the seeded order among equal remainders.
  for (const cell of [...list].sort((a, b) => b.remainder - a.remainder)) {
    if (left <= 0) break;
    if (cell.quota < cell.ids.length) {
      cell.quota += 1;
      left -= 1;
    }
  }
  const picked = list.flatMap((c) => c.ids.slice(0, c.quota));
  return shuffle(picked, `${options.seed}:order`);
}

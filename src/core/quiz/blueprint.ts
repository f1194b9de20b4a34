/**
 * The bank's blueprint: items per module × cognitive level, the share of application items (clinical
 * vignettes that ask for a decision, a computation or an interpretation) and the curriculum facts no item
 * tests. Pure: the quiz page shows it and scripts/blueprint.mjs prints it and fails below the targets.
 * Self-contained on purpose (type imports only), so the Node script can load it without a bundler.
 */
import type { Question } from '../content/question-schema';

export type BlueprintItem = Pick<Question, 'module' | 'level' | 'facts'>;

export interface BlueprintRow {
  module: string;
  recall: number;
  application: number;
  total: number;
}

export interface BlueprintTargets {
  /** Minimum share of application items over the whole bank (0–1). */
  minApplicationShare: number;
  /** Minimum application items (vignettes) in every module. */
  minVignettesPerModule: number;
}

export const blueprintTargets: BlueprintTargets = { minApplicationShare: 0.4, minVignettesPerModule: 4 };

export interface Blueprint {
  /** One row per module M1…M15, in module order, including modules with no item. */
  rows: BlueprintRow[];
  total: number;
  application: number;
  /** application / total, 0 for an empty bank. */
  applicationShare: number;
  /** Curriculum fact ids tested by no item (from `knownFacts`, when given). */
  untestedFacts: string[];
  /** What falls short of the targets, in words; empty when the bank meets them. */
  shortfalls: string[];
}

const modules = Array.from({ length: 15 }, (_, i) => `M${i + 1}`);

export function computeBlueprint(items: readonly BlueprintItem[], knownFacts: readonly string[] = [], targets: BlueprintTargets = blueprintTargets): Blueprint {
  const rows = modules.map((module): BlueprintRow => {
    const own = items.filter((q) => q.module === module);
    const application = own.filter((q) => q.level === 'application').length;
    return { module, recall: own.length - application, application, total: own.length };
  });
  const total = items.length;
  const application = rows.reduce((sum, r) => sum + r.application, 0);
  const applicationShare = total === 0 ? 0 : application / total;
  const tested = new Set(items.flatMap((q) => q.facts));
  const untestedFacts = knownFacts.filter((f) => f !== 'case' && !tested.has(f));
  const shortfalls: string[] = [];
  if (applicationShare < targets.minApplicationShare)
    shortfalls.push(`application items are ${pct(applicationShare)} of the bank (target ≥ ${pct(targets.minApplicationShare)})`);
  for (const r of rows)
    if (r.application < targets.minVignettesPerModule)
      shortfalls.push(`${r.module} has ${r.application} vignette${r.application === 1 ? '' : 's'} (target ≥ ${targets.minVignettesPerModule})`);
  return { rows, total, application, applicationShare, untestedFacts, shortfalls };
}

export const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

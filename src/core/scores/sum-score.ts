import type { Locale, Localized } from '../i18n/locales';

/**
 * A score made by adding the points of one chosen option per component (SINS, revised Tokuhashi…).
 * Everything clinical is data here; the functions below only add and look up.
 */
export interface ScoreOption<O extends string = string> {
  id: O;
  points: number;
  label: Localized;
  /** One line that helps the user pick this option. */
  help?: Localized;
}

export interface ScoreComponent<C extends string = string, O extends string = string> {
  id: C;
  label: Localized;
  /** What this component asks, in one line. */
  help: Localized;
  options: readonly ScoreOption<O>[];
  /**
   * How the generic calculator lays the options out (default: one radio per option, in order):
   * 'by-points' groups a long list under its points (Tokuhashi's primary site), 'reversed' lists the
   * options last to first (Karnofsky from best to worst, the way it is recorded).
   */
  display?: 'by-points' | 'reversed';
}

export interface ScoreBand<B extends string = string> {
  code: B;
  min: number;
  max: number;
  label: Localized;
  /** What the band means for the patient, in one or two sentences. */
  meaning: Localized;
}

export interface SumScoreDefinition<C extends string = string, B extends string = string> {
  id: string;
  name: Localized;
  /** One line for index pages and link cards (the registry entry's description). */
  description?: Localized;
  components: readonly ScoreComponent<C>[];
  bands: readonly ScoreBand<B>[];
  /** Reference ids (content/references.yaml) for the points and the bands. */
  refs: readonly string[];
}

/**
 * What scoring needs of a definition: ids, points and band ranges, no wording. A score's points file holds
 * this, so an island that scores in the browser ships the points and receives its wording as a prop.
 */
export interface SumScorePoints<C extends string = string, B extends string = string> {
  components: readonly { id: C; options: readonly { id: string; points: number }[] }[];
  bands: readonly { code: B; min: number; max: number }[];
}

/**
 * The definition with every text in `lang` (both keys of each text hold it), resolved on the server for an
 * island that renders in one language: the other language's wording never reaches the browser.
 */
export function sumScoreIn<C extends string, B extends string>(def: SumScoreDefinition<C, B>, lang: Locale): SumScoreDefinition<C, B> {
  const one = (text: Localized): Localized => ({ it: text[lang], en: text[lang] });
  return {
    id: def.id,
    name: one(def.name),
    refs: def.refs,
    components: def.components.map((c) => ({
      id: c.id,
      label: one(c.label),
      help: one(c.help),
      ...(c.display ? { display: c.display } : {}),
      options: c.options.map((o) => ({ id: o.id, points: o.points, label: one(o.label), ...(o.help ? { help: one(o.help) } : {}) })),
    })),
    bands: def.bands.map((b) => ({ code: b.code, min: b.min, max: b.max, label: one(b.label), meaning: one(b.meaning) })),
  };
}

export type SumScoreInput<C extends string> = Partial<Record<C, string>>;

export interface InvalidValue<C extends string = string> {
  component: C;
  value: string;
  allowed: readonly string[];
}

/** Tagged result: never NaN, never a throw on partial or illegal input. */
export type SumScoreResult<C extends string, B extends string> =
  // Invalid values may name inputs that are not components (e.g. the SINS level), hence plain strings.
  | { kind: 'invalid'; invalid: InvalidValue[] }
  | { kind: 'incomplete'; missing: C[]; parts: Partial<Record<C, number>>; partialTotal: number }
  | { kind: 'result'; total: number; band: B; parts: Record<C, number> };

/** Checks that each given value is one of the component's options; missing values are not errors. */
export function validateSumInput<C extends string>(
  def: SumScorePoints<C>,
  input: SumScoreInput<C>,
): InvalidValue<C>[] {
  const invalid: InvalidValue<C>[] = [];
  for (const component of def.components) {
    const value = input[component.id];
    if (value === undefined) continue;
    const allowed = component.options.map((o) => o.id);
    if (!allowed.includes(value)) invalid.push({ component: component.id, value: String(value), allowed });
  }
  return invalid;
}

export function bandFor<T extends { min: number; max: number }>(bands: readonly T[], total: number): T {
  const band = bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new Error(`No band covers total ${total}: the score definition is wrong`);
  return band;
}

export function optionOf<C extends string>(def: SumScoreDefinition<C>, component: C, optionId: string) {
  return def.components.find((c) => c.id === component)?.options.find((o) => o.id === optionId);
}

export function scoreSum<C extends string, B extends string>(
  def: SumScorePoints<C, B>,
  input: SumScoreInput<C>,
): SumScoreResult<C, B> {
  const invalid = validateSumInput(def, input);
  if (invalid.length > 0) return { kind: 'invalid', invalid };
  const parts: Partial<Record<C, number>> = {};
  const missing: C[] = [];
  let total = 0;
  for (const component of def.components) {
    const value = input[component.id];
    const option = value === undefined ? undefined : component.options.find((o) => o.id === value);
    if (!option) {
      missing.push(component.id);
      continue;
    }
    parts[component.id] = option.points;
    total += option.points;
  }
  if (missing.length > 0) return { kind: 'incomplete', missing, parts, partialTotal: total };
  return { kind: 'result', total, band: bandFor(def.bands, total).code, parts: parts as Record<C, number> };
}

/** Lowest and highest possible totals, used to check that the bands cover the whole range. */
export function totalRange(def: SumScorePoints): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const c of def.components) {
    const pts = c.options.map((o) => o.points);
    min += Math.min(...pts);
    max += Math.max(...pts);
  }
  return { min, max };
}

/** The allowed option ids per component: the choice fields of a score's URL contract. */
export function optionIdsByComponent<C extends string>(def: SumScorePoints<C>): Record<C, readonly string[]> {
  const out = {} as Record<C, readonly string[]>;
  for (const c of def.components) out[c.id] = c.options.map((o) => o.id);
  return out;
}

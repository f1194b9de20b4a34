import type { Locale, Localized } from '../i18n/locales';
import type { RegistryEntry } from './registry';
import type { DescribedOutcome } from './tool';

/** One given input as a page or a deck shows it, in both languages; `points` for a sum score's items. */
export interface ScoreFact {
  field: string;
  label: Localized;
  value: Localized;
  points?: number;
  /** False for a sum-score item not given (its value is '—'). */
  given?: boolean;
}

const both = (s: string): Localized => ({ it: s, en: s });
const per = (fn: (lang: Locale) => string): Localized => ({ it: fn('it'), en: fn('en') });

/**
 * Any tool's input and result through its registry entry: the facts (a sum score lists every component, the
 * derived input such as the SINS level first), the outcome as codes and the prefilled URL query.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function scoreSummary(entry: RegistryEntry<any>, input: unknown): { facts: ScoreFact[]; outcome: DescribedOutcome; query: string } {
  const d = entry.tool.describe(input as never);
  const query = entry.tool.toQuery(input as never);
  const word = entry.words;
  if (entry.facts) return { facts: entry.facts(input as never), outcome: d.outcome, query };
  const def = entry.sumScore;
  if (!def) {
    const facts = d.items.map((i) => ({ field: i.field, label: per((l) => word.field(i.field, l)), value: both(i.value) }));
    return { facts, outcome: d.outcome, query };
  }
  const derived = d.items.filter((i) => !def.components.some((c) => c.id === i.field));
  const facts: ScoreFact[] = derived.map((i) => ({ field: i.field, label: per((l) => word.field(i.field, l)), value: both(i.value), given: true }));
  for (const c of def.components) {
    const item = d.items.find((i) => i.field === c.id);
    facts.push(item
      ? { field: c.id, label: c.label, value: per((l) => word.value(c.id, item.value, l)), points: item.points, given: true }
      : { field: c.id, label: c.label, value: both('—'), given: false });
  }
  return { facts, outcome: d.outcome, query };
}

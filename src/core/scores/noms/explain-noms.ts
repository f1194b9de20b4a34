import type { Localized } from '../../i18n/locales';
import type { NomsResult } from './decide-noms';
import { stepTexts, type RecommendationText } from './noms-recommendations';
import { nomsNotes, nomsRules, type NomsNote, type NomsRule } from './noms-rules';

export type NomsDecided = Extract<NomsResult, { kind: 'result' }>;

export interface NomsExplanation {
  steps: RecommendationText[];
  rules: NomsRule[];
  notes: NomsNote[];
  /** Every source the steps, rules and notes rest on, without repeats. */
  refs: string[];
}

/** The texts a view shows for a NOMS result: one per step, in order, the rules that led there and the notes. */
export function explainNoms(result: NomsDecided): NomsExplanation {
  const rules = result.rules.map((id) => nomsRules[id]);
  const notes = result.notes.map((id) => nomsNotes[id]);
  const refs = [...new Set(['laufer2013', ...rules.flatMap((r) => r.refs), ...notes.flatMap((n) => n.refs)])];
  return { steps: result.steps.map((s) => stepTexts[s]), rules, notes, refs };
}

/** The recommendation in a few words, steps in order: "Surgical consultation → cEBRT". */
export function nomsShortLabel(result: NomsDecided): Localized {
  const parts = result.steps.map((s) => stepTexts[s].short);
  return { it: parts.map((p) => p.it).join(' → '), en: parts.map((p) => p.en).join(' → ') };
}

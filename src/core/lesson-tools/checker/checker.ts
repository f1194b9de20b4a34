import type { Localized } from '../../i18n/locales';

/**
 * A small rule checker for the lesson tools: questions with fixed options → findings → verdict.
 * A module's checker is data (question and option ids, findings with sources, verdict rows); this file only
 * evaluates. Its wording lives apart, in the module's `…-texts.ts` (shape: ./checker-texts.ts), read on the
 * server only: the Astro wrapper passes the island one language's texts, so the island ships ids and logic.
 */
export interface CheckOptionRule { id: string }
export interface CheckQuestionRule {
  id: string;
  options: readonly CheckOptionRule[];
  /** Shown only when this returns true (e.g. size only for malignant lesions). */
  showIf?: (a: Answers) => boolean;
}
export type Answers = Readonly<Record<string, string | undefined>>;

export type FindingLevel = 'stop' | 'warn' | 'info' | 'ok';
export interface CheckFindingRule {
  id: string;
  level: FindingLevel;
  when: (a: Answers) => boolean;
  refs: readonly string[];
}
export interface CheckVerdictRule {
  code: string;
  tone: 'ok' | 'warn' | 'danger' | 'neutral';
  /** First matching row wins; the last row should match everything. */
  when: (a: Answers, fired: readonly string[]) => boolean;
}
export interface CheckerRules {
  id: string;
  questions: readonly CheckQuestionRule[];
  findings: readonly CheckFindingRule[];
  verdicts: readonly CheckVerdictRule[];
}

/**
 * A checker whose wording still sits in its rules, both languages (the modules not yet split into rules +
 * texts). Drop these types, `yesNo` and CheckerView's fallback once every checker has a `…-texts.ts`.
 */
export interface CheckOption extends CheckOptionRule { label: Localized }
export interface CheckQuestion extends CheckQuestionRule { label: Localized; help?: Localized; options: readonly CheckOption[] }
export interface CheckFinding extends CheckFindingRule { text: Localized }
export interface CheckVerdict extends CheckVerdictRule { label: Localized }
export interface CheckerDef extends CheckerRules {
  title: Localized;
  lead: Localized;
  questions: readonly CheckQuestion[];
  findings: readonly CheckFinding[];
  verdicts: readonly CheckVerdict[];
}

type QuestionOf<D extends CheckerRules> = D['questions'][number];
type FindingOf<D extends CheckerRules> = D['findings'][number];
export type CheckResult<D extends CheckerRules = CheckerRules> =
  | { kind: 'incomplete'; missing: QuestionOf<D>[]; findings: FindingOf<D>[] }
  | { kind: 'result'; verdict: D['verdicts'][number]; findings: FindingOf<D>[] };

export const visibleQuestions = <D extends CheckerRules>(def: D, a: Answers) =>
  def.questions.filter((q) => !q.showIf || q.showIf(a)) as QuestionOf<D>[];

/**
 * Findings fire as soon as their answers are in (a stop shows before the form is complete); the verdict
 * waits for every visible question, so a half-filled form never reads as "fine".
 */
export function runChecker<D extends CheckerRules>(def: D, a: Answers): CheckResult<D> {
  const findings = def.findings.filter((f) => f.when(a)) as FindingOf<D>[];
  const missing = visibleQuestions(def, a).filter((q) => !q.options.some((o) => o.id === a[q.id]));
  if (missing.length) return { kind: 'incomplete', missing, findings };
  const fired = findings.map((f) => f.id);
  const verdict = def.verdicts.find((v) => v.when(a, fired)) ?? def.verdicts[def.verdicts.length - 1]!;
  return { kind: 'result', verdict, findings };
}

/** Yes/No options, shared by most checkers (their labels: yesNoWording in ./checker-texts.ts). */
export const yesNoIds: readonly CheckOptionRule[] = [{ id: 'yes' }, { id: 'no' }];

/** Yes/No with its wording, for the checkers not yet split (see CheckerDef). */
export const yesNo: readonly CheckOption[] = [
  { id: 'yes', label: { it: 'Sì', en: 'Yes' } },
  { id: 'no', label: { it: 'No', en: 'No' } },
];

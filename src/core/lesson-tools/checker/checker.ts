/**
 * A small rule checker for the lesson tools: questions with fixed options → findings → verdict.
 * A module's checker is data (questions, findings with sources, verdict rows); this file only evaluates.
 * A checker's rules (`CheckerRules`: ids and logic) ship in its island; its wording lives in a …-texts.ts
 * module read on the server (see ./checker-texts.ts), which passes the island one language (`CheckerTexts`).
 */
export type Answers = Readonly<Record<string, string | undefined>>;
export type FindingLevel = 'stop' | 'warn' | 'info' | 'ok';

export interface CheckQuestionRule {
  id: string;
  options: readonly { id: string }[];
  /** Shown only when this returns true (e.g. size only for malignant lesions). */
  showIf?: (a: Answers) => boolean;
}
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

/** One language's wording of a checker, keyed by the rules' ids: what its island receives as a prop. */
export interface CheckerTexts {
  title: string;
  lead: string;
  questions: Readonly<Record<string, { label: string; help?: string; options: Readonly<Record<string, string>> }>>;
  findings: Readonly<Record<string, string>>;
  verdicts: Readonly<Record<string, string>>;
}

type Question<D extends CheckerRules> = D['questions'][number];
type Finding<D extends CheckerRules> = D['findings'][number];
export type CheckResult<D extends CheckerRules = CheckerRules> =
  | { kind: 'incomplete'; missing: Question<D>[]; findings: Finding<D>[] }
  | { kind: 'result'; verdict: D['verdicts'][number]; findings: Finding<D>[] };

export const visibleQuestions = <D extends CheckerRules>(def: D, a: Answers): Question<D>[] =>
  def.questions.filter((q) => !q.showIf || q.showIf(a));

/**
 * Findings fire as soon as their answers are in (a stop shows before the form is complete); the verdict
 * waits for every visible question, so a half-filled form never reads as "fine".
 */
export function runChecker<D extends CheckerRules>(def: D, a: Answers): CheckResult<D> {
  const findings = def.findings.filter((f) => f.when(a));
  const missing = visibleQuestions(def, a).filter((q) => !q.options.some((o) => o.id === a[q.id]));
  if (missing.length) return { kind: 'incomplete', missing, findings };
  const fired = findings.map((f) => f.id);
  const verdict = def.verdicts.find((v) => v.when(a, fired)) ?? def.verdicts[def.verdicts.length - 1]!;
  return { kind: 'result', verdict, findings };
}

/** Yes/No as ids, for a split checker's rules (the words: yesNoWording in ./checker-texts.ts). */
export const yesNoIds: readonly { id: 'yes' | 'no' }[] = [{ id: 'yes' }, { id: 'no' }];


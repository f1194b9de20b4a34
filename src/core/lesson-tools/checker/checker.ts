import type { Localized } from '../../i18n/locales';

/**
 * A small rule checker for the lesson tools: questions with fixed options → findings → verdict.
 * A module's checker is pure data (questions, findings with sources, verdict rows); this file only evaluates.
 */
export interface CheckOption { id: string; label: Localized }
export interface CheckQuestion {
  id: string;
  label: Localized;
  help?: Localized;
  options: readonly CheckOption[];
  /** Shown only when this returns true (e.g. size only for malignant lesions). */
  showIf?: (a: Answers) => boolean;
}
export type Answers = Readonly<Record<string, string | undefined>>;

export type FindingLevel = 'stop' | 'warn' | 'info' | 'ok';
export interface CheckFinding {
  id: string;
  level: FindingLevel;
  when: (a: Answers) => boolean;
  text: Localized;
  refs: readonly string[];
}
export interface CheckVerdict {
  code: string;
  tone: 'ok' | 'warn' | 'danger' | 'neutral';
  label: Localized;
  /** First matching row wins; the last row should match everything. */
  when: (a: Answers, fired: readonly string[]) => boolean;
}
export interface CheckerDef {
  id: string;
  title: Localized;
  lead: Localized;
  questions: readonly CheckQuestion[];
  findings: readonly CheckFinding[];
  verdicts: readonly CheckVerdict[];
}

export type CheckResult =
  | { kind: 'incomplete'; missing: CheckQuestion[]; findings: CheckFinding[] }
  | { kind: 'result'; verdict: CheckVerdict; findings: CheckFinding[] };

export const visibleQuestions = (def: CheckerDef, a: Answers) => def.questions.filter((q) => !q.showIf || q.showIf(a));

/**
 * Findings fire as soon as their answers are in (a stop shows before the form is complete); the verdict
 * waits for every visible question, so a half-filled form never reads as "fine".
 */
export function runChecker(def: CheckerDef, a: Answers): CheckResult {
  const findings = def.findings.filter((f) => f.when(a));
  const missing = visibleQuestions(def, a).filter((q) => !q.options.some((o) => o.id === a[q.id]));
  if (missing.length) return { kind: 'incomplete', missing, findings };
  const fired = findings.map((f) => f.id);
  const verdict = def.verdicts.find((v) => v.when(a, fired)) ?? def.verdicts[def.verdicts.length - 1]!;
  return { kind: 'result', verdict, findings };
}

/** Yes/No options, shared by most checkers. */
export const yesNo: readonly CheckOption[] = [
  { id: 'yes', label: { it: 'Sì', en: 'Yes' } },
  { id: 'no', label: { it: 'No', en: 'No' } },
];

import type { Locale, Localized } from '../../i18n/locales';

/**
 * A small rule checker for the lesson tools: questions with fixed options → findings → verdict.
 * A module's checker is pure data (questions, findings with sources, verdict rows); this file only evaluates.
 * Its logic (CheckRules: ids, conditions, levels, sources) is apart from its wording, which an island receives
 * one language at a time (CheckerTexts, resolved on the server from ./checker-texts.ts). A CheckerDef still
 * carries both languages inline: it is a CheckRules too, and inlineCheckerTexts reads its wording.
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
export interface CheckRules {
  id: string;
  questions: readonly CheckQuestionRule[];
  findings: readonly CheckFindingRule[];
  verdicts: readonly CheckVerdictRule[];
}

/** A checker's wording in one language, by id: what its island receives from its Astro wrapper. */
export interface CheckerTexts {
  title: string;
  lead: string;
  /** By question id: its label, help and option labels (by option id). */
  questions: Record<string, { label: string; help?: string; options: Record<string, string> }>;
  /** By finding id. */
  findings: Record<string, string>;
  /** By verdict code. */
  verdicts: Record<string, string>;
}

export interface CheckOption { id: string; label: Localized }
export interface CheckQuestion extends CheckQuestionRule {
  label: Localized;
  help?: Localized;
  options: readonly CheckOption[];
}
export interface CheckFinding extends CheckFindingRule { text: Localized }
export interface CheckVerdict extends CheckVerdictRule { label: Localized }
/** A checker with its wording inline, both languages (the form every checker had before CheckRules). */
export interface CheckerDef extends CheckRules {
  title: Localized;
  lead: Localized;
  questions: readonly CheckQuestion[];
  findings: readonly CheckFinding[];
  verdicts: readonly CheckVerdict[];
}

type QuestionOf<D extends CheckRules> = D['questions'][number];
type FindingOf<D extends CheckRules> = D['findings'][number];
export type CheckResult<D extends CheckRules = CheckerDef> =
  | { kind: 'incomplete'; missing: QuestionOf<D>[]; findings: FindingOf<D>[] }
  | { kind: 'result'; verdict: D['verdicts'][number]; findings: FindingOf<D>[] };

export const visibleQuestions = <D extends CheckRules>(def: D, a: Answers): QuestionOf<D>[] => def.questions.filter((q) => !q.showIf || q.showIf(a));

/**
 * Findings fire as soon as their answers are in (a stop shows before the form is complete); the verdict
 * waits for every visible question, so a half-filled form never reads as "fine".
 */
export function runChecker<D extends CheckRules>(def: D, a: Answers): CheckResult<D> {
  const findings: FindingOf<D>[] = def.findings.filter((f) => f.when(a));
  const missing = visibleQuestions(def, a).filter((q) => !q.options.some((o) => o.id === a[q.id]));
  if (missing.length) return { kind: 'incomplete', missing, findings };
  const fired = findings.map((f) => f.id);
  const verdict = def.verdicts.find((v) => v.when(a, fired)) ?? def.verdicts[def.verdicts.length - 1]!;
  return { kind: 'result', verdict, findings };
}

/** A CheckerDef's inline wording in one language, in the shape a checker island receives (CheckerTexts). */
export function inlineCheckerTexts(def: CheckerDef, lang: Locale): CheckerTexts {
  const byId = <T, K extends string>(items: readonly T[], key: (x: T) => K, text: (x: T) => string) => Object.fromEntries(items.map((x) => [key(x), text(x)]));
  return {
    title: def.title[lang],
    lead: def.lead[lang],
    questions: Object.fromEntries(def.questions.map((q) => [q.id, {
      label: q.label[lang],
      ...(q.help ? { help: q.help[lang] } : {}),
      options: byId(q.options, (o) => o.id, (o) => o.label[lang]),
    }])),
    findings: byId(def.findings, (f) => f.id, (f) => f.text[lang]),
    verdicts: byId(def.verdicts, (v) => v.code, (v) => v.label[lang]),
  };
}

/** The yes/no option ids of a checker whose wording is apart (labels: yesNoWording in ./checker-texts.ts). */
export const yesNoIds: readonly { id: 'yes' | 'no' }[] = [{ id: 'yes' }, { id: 'no' }];

/** Yes/No options, shared by most checkers. */
export const yesNo: readonly CheckOption[] = [
  { id: 'yes', label: { it: 'Sì', en: 'Yes' } },
  { id: 'no', label: { it: 'No', en: 'No' } },
];

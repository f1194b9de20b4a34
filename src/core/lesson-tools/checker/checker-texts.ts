import type { Locale, Localized } from '../../i18n/locales';
import type { CheckerRules } from './checker';

/**
 * A rule checker's wording, both languages, by id (its rules: ./checker.ts). Each module's `…-texts.ts` holds
 * one; only the server reads them: the Astro wrapper (and the deck data) pass the island one language.
 */
export interface CheckerWording {
  title: Localized;
  lead: Localized;
  /** Question id → its label, optional help and option labels (option id → label). */
  questions: Record<string, { label: Localized; help?: Localized; options: Record<string, Localized> }>;
  /** Finding id → what it says. */
  findings: Record<string, Localized>;
  /** Verdict code → its label. */
  verdicts: Record<string, Localized>;
}

/** One language's wording, as the island receives it. */
export interface CheckerTexts {
  title: string;
  lead: string;
  questions: Record<string, { label: string; help?: string; options: Record<string, string> }>;
  findings: Record<string, string>;
  verdicts: Record<string, string>;
}

/** Yes/No labels (the options: yesNoIds in ./checker.ts). */
export const yesNoWording: Record<string, Localized> = { yes: { it: 'Sì', en: 'Yes' }, no: { it: 'No', en: 'No' } };

const pick = (m: Record<string, Localized>, lang: Locale) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v[lang]]));

export function checkerTextsIn(w: CheckerWording, lang: Locale): CheckerTexts {
  const questions: CheckerTexts['questions'] = {};
  for (const [id, q] of Object.entries(w.questions)) {
    questions[id] = { label: q.label[lang], ...(q.help ? { help: q.help[lang] } : {}), options: pick(q.options, lang) };
  }
  return { title: w.title[lang], lead: w.lead[lang], questions, findings: pick(w.findings, lang), verdicts: pick(w.verdicts, lang) };
}

/**
 * What a checker's wording lacks or has too many of, against its rules: every question, option, finding and
 * verdict worded once, nothing worded that the rules do not have (a dangling id). Empty when they agree.
 */
export function wordingProblems(rules: CheckerRules, w: CheckerWording): string[] {
  const problems: string[] = [];
  const same = (what: string, ids: readonly string[], worded: readonly string[]) => {
    for (const id of ids) if (!worded.includes(id)) problems.push(`${rules.id} › ${what} ${id}: no wording`);
    for (const id of worded) if (!ids.includes(id)) problems.push(`${rules.id} › ${what} ${id}: worded but not in the rules`);
  };
  same('question', rules.questions.map((q) => q.id), Object.keys(w.questions));
  for (const q of rules.questions) {
    const wq = w.questions[q.id];
    if (wq) same(`question ${q.id} option`, q.options.map((o) => o.id), Object.keys(wq.options));
  }
  same('finding', rules.findings.map((f) => f.id), Object.keys(w.findings));
  same('verdict', rules.verdicts.map((v) => v.code), Object.keys(w.verdicts));
  return problems;
}

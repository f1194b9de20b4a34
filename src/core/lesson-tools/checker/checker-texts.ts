import type { Locale, Localized } from '../../i18n/locales';
import { yesNo, type CheckerTexts, type CheckRules } from './checker';

/**
 * A checker's wording, both languages, by id (its logic: a CheckRules in ../checkers/). Only the server reads
 * a checker's wording: the Astro wrapper (and the deck data) pass the island one language's CheckerTexts.
 */
export interface CheckerWording {
  title: Localized;
  lead: Localized;
  /** By question id: its label, help and option labels (by option id). */
  questions: Record<string, { label: Localized; help?: Localized; options: Record<string, Localized> }>;
  /** By finding id. */
  findings: Record<string, Localized>;
  /** By verdict code. */
  verdicts: Record<string, Localized>;
}

/** The labels of yesNoIds. */
export const yesNoWording: Record<'yes' | 'no', Localized> = { yes: yesNo[0]!.label, no: yesNo[1]!.label };

/**
 * The wording a checker's island shows, in one language: exactly the ids its rules use (questions, their
 * options, findings, verdicts), so the prop carries nothing unused; one without wording stops the build
 * with the checker and the field.
 */
export function checkerTextsIn(rules: CheckRules, wording: CheckerWording, lang: Locale): CheckerTexts {
  const pick = (t: Localized | undefined, field: string) => {
    if (!t) throw new Error(`checker ${rules.id} › ${field}: no wording`);
    return t[lang];
  };
  const questions: CheckerTexts['questions'] = {};
  for (const q of rules.questions) {
    const w = wording.questions[q.id];
    const options = Object.fromEntries(q.options.map((o) => [o.id, pick(w?.options[o.id], `questions.${q.id}.options.${o.id}`)]));
    questions[q.id] = { label: pick(w?.label, `questions.${q.id}.label`), ...(w?.help ? { help: w.help[lang] } : {}), options };
  }
  return {
    title: pick(wording.title, 'title'),
    lead: pick(wording.lead, 'lead'),
    questions,
    findings: Object.fromEntries(rules.findings.map((f) => [f.id, pick(wording.findings[f.id], `findings.${f.id}`)])),
    verdicts: Object.fromEntries(rules.verdicts.map((v) => [v.code, pick(wording.verdicts[v.code], `verdicts.${v.code}`)])),
  };
}

import type { Locale, Localized } from '../../i18n/locales';
import type { CheckerRules, CheckerTexts } from './checker';

/**
 * A split checker's wording, both languages, keyed by its rules' ids (title, lead, each question with its
 * options, each finding, each verdict). Only the server reads a checker's …-texts.ts module: the Astro wrapper
 * and the deck data pass the island `checkerTextsIn(wording, lang)`, one language.
 */
export interface CheckerWording {
  title: Localized;
  lead: Localized;
  questions: Readonly<Record<string, { label: Localized; help?: Localized; options: Readonly<Record<string, Localized>> }>>;
  findings: Readonly<Record<string, Localized>>;
  verdicts: Readonly<Record<string, Localized>>;
}

/** Yes/No, the options most questions have (the rules list them as yesNoIds). */
export const yesNoWording: Readonly<Record<'yes' | 'no', Localized>> = {
  yes: { it: 'Sì', en: 'Yes' },
  no: { it: 'No', en: 'No' },
};

const pick = <K extends string>(r: Readonly<Record<K, Localized>>, lang: Locale): Record<K, string> =>
  Object.fromEntries(Object.entries<Localized>(r).map(([k, v]) => [k, v[lang]])) as Record<K, string>;

export function checkerTextsIn(w: CheckerWording, lang: Locale): CheckerTexts {
  return {
    title: w.title[lang],
    lead: w.lead[lang],
    questions: Object.fromEntries(Object.entries(w.questions).map(([id, q]) => [id, {
      label: q.label[lang], ...(q.help ? { help: q.help[lang] } : {}), options: pick(q.options, lang),
    }])),
    findings: pick(w.findings, lang),
    verdicts: pick(w.verdicts, lang),
  };
}

/**
 * What in a checker's rules has no wording, or what wording names no rule: `path: message` lines, none when
 * they agree (a test runs it on every split checker).
 */
export function wordingGaps(rules: CheckerRules, w: CheckerWording): string[] {
  const gaps: string[] = [];
  const both = (path: string, t: Localized | undefined) => {
    if (!t) gaps.push(`${path}: no wording`);
    else for (const l of ['it', 'en'] as const) if (!t[l]) gaps.push(`${path}: no ${l} wording`);
  };
  const extra = (path: string, have: readonly string[], ids: readonly string[]) => {
    for (const k of have) if (!ids.includes(k)) gaps.push(`${path}.${k}: wording for no rule`);
  };
  both('title', w.title);
  both('lead', w.lead);
  for (const q of rules.questions) {
    both(`questions.${q.id}`, w.questions[q.id]?.label);
    for (const o of q.options) both(`questions.${q.id}.options.${o.id}`, w.questions[q.id]?.options[o.id]);
    extra(`questions.${q.id}.options`, Object.keys(w.questions[q.id]?.options ?? {}), q.options.map((o) => o.id));
  }
  for (const f of rules.findings) both(`findings.${f.id}`, w.findings[f.id]);
  for (const v of rules.verdicts) both(`verdicts.${v.code}`, w.verdicts[v.code]);
  extra('questions', Object.keys(w.questions), rules.questions.map((q) => q.id));
  extra('findings', Object.keys(w.findings), rules.findings.map((f) => f.id));
  extra('verdicts', Object.keys(w.verdicts), rules.verdicts.map((v) => v.code));
  return gaps;
}

/**
 * Checks on the words a learner reads: no working vocabulary, Italian decimal comma, one term per
 * concept (glossary variants) and one English spelling convention (-ize). Pure functions over text,
 * shared by the content check (sources) and the built-page check (dist/ HTML).
 */
import type { Locale } from '../i18n/locales';

/** A problem found in a piece of text: what was matched and why it is wrong. */
export interface TextFinding {
  match: string;
  message: string;
}

/**
 * Production vocabulary that means nothing to a learner. "seed" and "slide(s)" name our source files;
 * "the lecture says" credits an unnamed talk. Sources are named as a reader cites them instead.
 */
const jargonPatterns: { re: RegExp; why: string }[] = [
  { re: /(?<!\b(?:iodine|radioactive|I-125|125I) )\bseeds?\b/gi, why: 'internal source label' },
  { re: /\bcourse documents?\b|\bdocument[oi] (?:\d+ )?del corso\b/gi, why: 'internal source label' },
  { re: /\bunnamed\b|\banonimo\b/gi, why: 'unnamed author' },
  { re: /\bsource (?:lecture|slides?)\b|\blezione (?:di riferimento|fonte)\b/gi, why: 'names our source material instead of citing it' },
  // "Slides" is also the presenter's own UI word ("show the slides in Italian"): only slides that speak are jargon.
  { re: /\b(?:the|this|that|same|case|embolization) slides?(?= (?:do(?:es)? not |don't |doesn't )?(?:say|show|give|report|label|put|call|list|kept|speak|place|state|describe|name|spell|specify|attribute)\w*)|\b(?:on|in) the (?:case )?slides?\b(?! in )/gi, why: 'refers to "the slide" instead of the source' },
  { re: /\b(?:la|le|sulla|sulle|nella|nelle|della|delle|una) (?:diapositiv[ae]|slide)\b(?= (?:non )?(?:dic|riport|mostr|indic|precis|specific|motiv|esplicit|attribu|chiam|mett|elenc|cit|descriv|parl|rimand)\w*)|\b(?:sulla|nella) diapositiva\b/gi, why: 'refers to "la diapositiva" instead of the source' },
  { re: /\bthe lecture\b(?! course| room| hall| builder)|\bthe lecturer\b/gi, why: 'credits "the lecture" instead of a citable source' },
  { re: /\b(?:la|nella|della|dalla|alla|sulla) lezione\s+(?:di riferimento|\(|dice|riporta|mostra|presenta|cita|insiste|attribuisce|parla)/gi, why: 'credits "la lezione" instead of a citable source' },
  // A talk does not "write" and has no "next to the 12": such phrases describe the page layout of our source
  // ("La lezione accanto al 12 scrive…", "the lecture course puts 'unstable' next to the 12"), not what it teaches.
  {
    re: /\b(?:lezion[ei]|corso|lectures?(?: course)?|course)\b[^.;:!?\n]{0,40}?(?:\bscriv(?:e|ono)\b|\bscritt[oa]\b|\baccanto (?:a|al|alla|allo|ai|agli|alle)\b|\ba margine\b|\bin calce\b|\bwrites?\b|\bwritten\b|\bnext to\b|\bin the margin\b)/gi,
    why: 'describes the layout of the source material ("writes", "next to") instead of what the cited source says',
  },
];

/**
 * In course content (not presenter UI) any "slide" or "diapositiva" is about our source material,
 * so content is held to these stricter patterns as well.
 */
const contentJargonPatterns: { re: RegExp; why: string }[] = [
  { re: /\bslides?\b|\bdiapositiv[ae]\b/gi, why: 'refers to slides instead of the source' },
  { re: /\bcourse lectures?\b|\blezione del corso\b(?! italiano)/gi, why: 'an unnamed "course lecture" instead of the cited source' },
  { re: /\b(?:the )?course(?:'s|’s)? sources\b|\bfonti del corso\b/gi, why: '"the course sources" instead of the cited works' },
];

/** Working-vocabulary phrases in a learner-facing text; `strict` adds the content-only patterns. */
export function findJargon(text: string, strict = false): TextFinding[] {
  const found: TextFinding[] = [];
  for (const { re, why } of strict ? [...jargonPatterns, ...contentJargonPatterns] : jargonPatterns)
    for (const m of text.matchAll(re)) found.push({ match: m[0], message: `working vocabulary "${m[0]}" (${why}); name the source as a reader would cite it` });
  return found;
}

/** Text with the things where a point is legitimate removed: URLs, DOIs, file names, versions, code. */
export function withoutDottedTokens(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/(?<![\w])\/[\w.-]+(?:\/[\w.#?=&-]*)+/g, ' ')
    .replace(/\bdoi:?\s*10\.\d{4,9}\/\S+/gi, ' ')
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/\bv?\d+(?:\.\d+){2,}\b/g, ' ')
    .replace(/\b[\w-]+\.(?:html?|js|ts|css|json|ya?ml|svg|png|pdf|mdx?)\b/gi, ' ');
}

/** Numbers written with a decimal point, which Italian writes with a comma ("3,4%"). */
export function findItalianDecimalPoints(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of withoutDottedTokens(text).matchAll(/(?<![\w.,])\d+\.\d+(?![\w.]*\d)/g))
    found.push({ match: m[0], message: `decimal point in Italian "${m[0]}"; write "${m[0].replace('.', ',')}"` });
  return found;
}

/** One glossary concept with the words that must not be used for it in each locale. */
export interface TermVariants {
  id: string;
  preferred: Partial<Record<Locale, string>>;
  variants: Partial<Record<Locale, readonly string[]>>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One compiled pattern per variant, built once per glossary (the check runs over thousands of strings). */
const compiled = new WeakMap<readonly TermVariants[], Record<Locale, { re: RegExp; term: TermVariants }[]>>();
function variantPatterns(terms: readonly TermVariants[], locale: Locale): { re: RegExp; term: TermVariants }[] {
  let byLocale = compiled.get(terms);
  if (!byLocale) {
    const build = (l: Locale) =>
      terms.flatMap((term) => (term.variants[l] ?? []).map((v) => ({ term, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(v)}(?![\\p{L}\\p{N}])`, 'giu') })));
    byLocale = { it: build('it'), en: build('en') };
    compiled.set(terms, byLocale);
  }
  return byLocale[locale];
}

/** Non-preferred glossary variants used in a text of the given locale. */
export function findVariants(text: string, locale: Locale, terms: readonly TermVariants[]): TextFinding[] {
  const found: TextFinding[] = [];
  const clean = withoutDottedTokens(text);
  for (const { re, term } of variantPatterns(terms, locale))
    for (const m of clean.matchAll(re))
      found.push({ match: m[0], message: `"${m[0]}" is a non-preferred variant of glossary term "${term.id}"; use "${term.preferred[locale] ?? term.id}"` });
  return found;
}

/**
 * English follows Oxford spelling: "tumour", "anaesthesia", but -ize verbs ("stabilize", "embolization").
 * Only these stems are checked, so words that are always -ise (advise, revise, exercise) never trip it.
 */
const izeStems = [
  'stabil', 'embol', 'normal', 'recogn', 'summar', 'organ', 'minim', 'maxim', 'devascular', 'revascular', 'vascular',
  'catheter', 'visual', 'remineral', 'demineral', 'polymer', 'character', 'immobil', 'mobil', 'local', 'optim',
  'standard', 'neutral', 'prior', 'special', 'real', 'util', 'categor', 'hospital', 'steril', 'cauter', 'random',
  'individual', 'general', 'final', 'critic', 'emphas', 'symbol', 'jeopard', 'capital', 'hypothes', 'vapor', 'ion',
  'crystall', 'fossil', 'tailor', 'personal', 'anaesthet', 'anesthet', 'sensit', 'desensit', 'mineral',
];
const iseWord = new RegExp(`\\b(${izeStems.join('|')})is(e|es|ed|ing|ation|ations|er|ers|able)\\b`, 'gi');

/** British -ise spellings where the course writes -ize. */
export function findSpellingIssues(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of text.matchAll(iseWord)) {
    const fixed = m[0].replace(/is(e|es|ed|ing|ation|ations|er|ers|able)$/i, (_s, end: string) => `iz${end}`);
    found.push({ match: m[0], message: `spelling "${m[0]}": the course uses -ize ("${fixed}")` });
  }
  return found;
}

/** Straight apostrophes between letters ("dell'osso"), which Italian typesets as ’. */
export function findStraightApostrophes(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of text.matchAll(/\p{L}'(?=[\s*_[]*[\p{L}\p{N}])/gu)) found.push({ match: m[0], message: `straight apostrophe after "${m[0].slice(0, -1)}"; Italian uses ’` });
  return found;
}

/** All checks that apply to one learner-facing text of a locale. */
export function checkLearnerText(
  text: string,
  locale: Locale,
  terms: readonly TermVariants[],
  opts: { variants?: boolean; apostrophes?: boolean; strict?: boolean } = {},
): TextFinding[] {
  return [
    ...findJargon(text, opts.strict),
    ...(locale === 'it' ? [...findItalianDecimalPoints(text), ...(opts.apostrophes === false ? [] : findStraightApostrophes(text))] : findSpellingIssues(text)),
    ...(opts.variants === false ? [] : findVariants(text, locale, terms)),
  ];
}

/**
 * The prose of an MDX body: code, imports, component attributes and link targets removed, the words
 * between tags kept. Line numbers are preserved so a message can point at the line.
 */
export function mdxProse(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/^(?:import|export)\s.*$/gm, '')
    // A citation renders as "(Author year)": keep the parenthesis so "la lezione (…)" is caught here too.
    .replace(/<Cite\b[^>]*\/>/g, ' (cit.)')
    // Tags go, but the words of their visible attributes (a note's title, a caption) stay.
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/g, (tag) => ` ${[...tag.matchAll(/\b(?:title|caption|label|alt|summary)="([^"]*)"/g)].map((m) => m[1]).join(' ')} `)
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
}

/** Every localized string inside a YAML value: objects with `it`/`en` string fields, with their path. */
export function localizedStrings(value: unknown, path = ''): { field: string; locale: Locale; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedStrings(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const out: { field: string; locale: Locale; text: string }[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const at = path ? `${path}.${k}` : k;
    if ((k === 'it' || k === 'en') && typeof v === 'string') out.push({ field: at, locale: k, text: v });
    else out.push(...localizedStrings(v, at));
  }
  return out;
}

/** Visible text of a built HTML page: scripts, styles, tags and attributes removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Attribute values may contain ">" (island props carry "VAS > 2"), so quoted values are skipped whole.
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/**
 * Text without bibliographic citations ("Salapura V, Jeromel M. Title. Journal 2014;53(1):44–54."):
 * titles are quoted as published, in their language and with their decimal points.
 */
export function withoutCitations(text: string): string {
  return text.replace(/(?:\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}(?:, |\. |, et al\. ))+[^]*?\b(?:19|20)\d{2}(?:;[^\s]+)?\.?/gu, ' ');
}

/** Short context around a match for a message: "…text [match] text…". */
export function around(text: string, match: string): string {
  const i = text.indexOf(match);
  if (i < 0) return match;
  return `…${text.slice(Math.max(0, i - 30), i + match.length + 30).trim()}…`;
}

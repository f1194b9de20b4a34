/**
 * The prose checks applied to a built page (dist/…/index.html): what the learner finally reads,
 * including text that comes from code (UI strings, decks, figures), not only from content/.
 */
import type { Locale } from '../i18n/locales';
import { checkLearnerText, findJargon, htmlText, withoutCitations, type TermVariants, type TextFinding } from './text-checks';

/** Locale of a built page from its path under dist/ ("it/lessons/…" → it); undefined for shared pages. */
export function pageLocale(path: string): Locale | undefined {
  const m = /^\/?(it|en)(?:\/|$)/.exec(path);
  return m ? (m[1] as Locale) : undefined;
}

/** The text of the reference lists of a page. */
function bibliographyText(html: string): string {
  return [...html.matchAll(/<ol data-testid="bibliography"[\s\S]*?<\/ol>|<section class="references"[\s\S]*?<\/section>/gi)].map((m) => m[0]).join(' ');
}

/** A prop that carries pre-rendered markup (a slide's SVG figure): only its text counts, not coordinates. */
function markupText(text: string): string {
  return /^\s*</.test(text) ? text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : text;
}

/** Prose strings inside island props (serialized JSON in an attribute): sentences, not ids or keys. */
export function islandProse(html: string): string[] {
  const out: string[] = [];
  for (const attr of html.matchAll(/\sprops="([^"]*)"/g)) {
    const json = htmlText(`<x>${attr[1] ?? ''}</x>`);
    for (const s of json.matchAll(/"((?:[^"\\]|\\.){12,})"/g)) {
      const text = markupText((s[1] ?? '').replace(/\\"/g, '"').replace(/\\n/g, ' '));
      if (/\p{L}+ \p{L}+ \p{L}+/u.test(text)) out.push(text);
    }
  }
  return out;
}

/**
 * Locale-tagged strings in island props ({"it":[0,"…"],"en":[0,"…"]}, Astro's serialization): the
 * text of walkthroughs, decks and quizzes that the browser renders, checked in its own language.
 */
export function islandLocalized(html: string): { locale: Locale; text: string }[] {
  const out: { locale: Locale; text: string }[] = [];
  for (const attr of html.matchAll(/\sprops="([^"]*)"/g)) {
    const json = htmlText(`<x>${attr[1] ?? ''}</x>`);
    for (const s of json.matchAll(/"(it|en)":\[0,"((?:[^"\\]|\\.)*)"\]/g))
      out.push({ locale: s[1] as Locale, text: markupText((s[2] ?? '').replace(/\\"/g, '"').replace(/\\n/g, ' ')) });
  }
  return out;
}

/**
 * Findings on one built page. Code blocks and the bibliography (titles as published) are left out.
 * The glossary page lists every term, so variants are not checked there; English spelling and
 * apostrophes are content-level checks only.
 */
export function checkBuiltPage(path: string, html: string, terms: readonly TermVariants[]): TextFinding[] {
  const locale = pageLocale(path);
  const body = html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, ' ');
  // Reference lists and <cite> quote titles as published, and words marked with the other language's
  // lang attribute are not Italian prose: only jargon is checked there.
  const other = locale === 'it' ? 'en' : 'it';
  const withoutBibliography = body
    .replace(/<ol data-testid="bibliography"[\s\S]*?<\/ol>/i, ' ')
    .replace(/<section class="references"[\s\S]*?<\/section>/gi, ' ')
    .replace(/<cite\b[\s\S]*?<\/cite>/gi, ' ')
    .replace(new RegExp(`<span lang="${other}"[^>]*>[^<]*<\\/span>`, 'g'), ' ');
  const variants = !/(?:^|\/)glossary\//.test(path);
  const findings = locale
    ? [
        ...checkLearnerText(withoutCitations(htmlText(withoutBibliography)), locale, terms, { variants, apostrophes: false }).filter((f) => !f.message.startsWith('spelling')),
        ...findJargon(htmlText(bibliographyText(body))),
      ]
    : findJargon(htmlText(body));
  // Island props carry both locales: jargon everywhere, and each locale-tagged string in its own language.
  for (const prose of islandProse(body)) findings.push(...findJargon(prose));
  for (const { locale: l, text } of islandLocalized(body))
    findings.push(...checkLearnerText(withoutCitations(text), l, terms, { apostrophes: false }).filter((f) => !f.message.startsWith('spelling') && !f.message.startsWith('working vocabulary')));
  return findings;
}

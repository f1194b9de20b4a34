import type { Reference } from './schemas';
import type { Locale } from '../i18n/locales';
import { referenceYear } from './reference-year';

/** A part ending as a sentence does: its own stop kept ("et al.", a title asking a question), else a full stop. */
const sentence = (part: string) => (/[.?!]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`);

/** The parts of a reference that are words, in the reader's language (content/references.yaml `italian`). */
export function referenceWords(ref: Reference, lang: Locale): Pick<Reference, 'authors' | 'title' | 'journal' | 'details'> {
  return { ...ref, ...(lang === 'it' ? ref.italian : undefined) };
}

/**
 * A reference in bibliography (Vancouver) style, in parts: "Salapura V, Jeromel M." "Title." the journal (set in
 * italics in lists) and "2014;53(1):44–54." A reference's words read in the reader's language, and a source
 * without a date says so ("n.d." / "s.d.").
 */
export function referenceParts(ref: Reference, lang: Locale) {
  const words = referenceWords(ref, lang);
  const year = ` ${referenceYear(ref, lang)}`;
  return {
    authors: sentence(words.authors),
    title: sentence(words.title),
    journal: words.journal,
    issue: `${year.trim()}${words.details ? `;${words.details}` : ''}.`,
  };
}

/** The whole reference as one line of text (citation previews, a case's source, deck reference slides). */
export function formatCitation(ref: Reference, lang: Locale): string {
  const p = referenceParts(ref, lang);
  return `${p.authors} ${p.title} ${p.journal}${p.issue === '.' ? '.' : ` ${p.issue}`}`;
}

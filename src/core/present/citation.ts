import type { Reference } from '../content/schemas';
import type { DeckContext } from './deck';
import { referenceYear } from '../content/reference-year';
import type { Locale } from '../i18n/locales';

/** "Fisher CG, … Title. Spine 2010;35(22):E1221–9." — the same order as the site's reference lists. */
export function formatCitation(ref: Reference, lang?: Locale): string {
  // Deck citations are language-neutral: a source without a date then simply has no year.
  const year = lang ? ` ${referenceYear(ref, lang)}` : ref.noDate ? '' : ` ${ref.year}`;
  const title = /[.?!]$/.test(ref.title) ? ref.title : `${ref.title}.`;
  const authors = /[.]$/.test(ref.authors) ? ref.authors : `${ref.authors}.`;
  return `${authors} ${title} ${ref.journal}${year}${ref.details ? `;${ref.details}` : ''}.`;
}

/** A deck context that cites from a list of references (content/references.yaml). */
export function citationContext(references: readonly Reference[]): DeckContext {
  const byId = new Map(references.map((r) => [r.id, r]));
  return {
    citation: (id) => {
      const r = byId.get(id);
      return r ? formatCitation(r) : undefined;
    },
  };
}

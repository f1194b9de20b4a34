import type { Reference } from '../content/schemas';
import type { DeckContext } from './deck';
import type { Localized } from '../i18n/locales';
import { formatCitation } from '../content/reference-parts';
import { locales } from '../i18n/locales';

/** A deck context that cites from a list of references (content/references.yaml), in each language. */
export function citationContext(references: readonly Reference[]): DeckContext {
  const byId = new Map(references.map((r) => [r.id, r]));
  return {
    citation: (id) => {
      const r = byId.get(id);
      return r ? (Object.fromEntries(locales.map((lang) => [lang, formatCitation(r, lang)])) as Localized) : undefined;
    },
  };
}

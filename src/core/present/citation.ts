import type { Reference } from '../content/schemas';
import type { DeckContext } from './deck';
import { formatCitation } from '../content/reference-parts';

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

// Build-time access to the YAML content; the integration has already validated it, the schemas type it.
import { parse } from 'yaml';
import referencesText from '../../content/references.yaml?raw';
import glossaryText from '../../content/glossary.yaml?raw';
import { glossaryFileSchema, referencesFileSchema, type GlossaryEntry, type Reference } from '../core/content/schemas';

export const references: Reference[] = referencesFileSchema.parse(parse(referencesText) ?? []);
export const glossary: GlossaryEntry[] = glossaryFileSchema.parse(parse(glossaryText) ?? []);

const referenceById = new Map(references.map((r) => [r.id, r]));
const glossaryById = new Map(glossary.map((g) => [g.id, g]));

export function getReference(id: string): Reference {
  const ref = referenceById.get(id);
  if (!ref) throw new Error(`Unknown reference "${id}" (content/references.yaml)`);
  return ref;
}

export function getGlossaryEntry(id: string): GlossaryEntry {
  const entry = glossaryById.get(id);
  if (!entry) throw new Error(`Unknown glossary term "${id}" (content/glossary.yaml)`);
  return entry;
}

/**
 * "Fisher 2010" style short label for inline citations: the first author's surname, particles kept
 * ("Di Staso M, …" → "Di Staso 2011"); a group author without initials is kept whole. A described
 * source (a lecture course, a wiki) has its own label per locale.
 */
export function shortCitation(ref: Pick<Reference, 'authors' | 'year'> & { short?: Reference['short'] }, lang: 'it' | 'en' = 'en'): string {
  if (ref.short) return ref.short[lang];
  const first = ref.authors.split(',')[0]?.trim() ?? ref.authors;
  const words = first.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const initials = words.length > 1 && /^[A-Z][A-Za-z-]{0,3}\.?$/.test(last) && /^[A-Z]+\.?$/.test(last.replace(/-/g, ''));
  const surname = initials ? words.slice(0, -1).join(' ') : first;
  return `${surname} ${ref.year}`;
}

/** The full reference as one line of text (bibliography style), used by the reference list and citation previews. */
export function referenceLine(ref: Reference): string {
  const details = ref.details ? `;${ref.details}` : '';
  return `${ref.authors} ${ref.title}. ${ref.journal} ${ref.year}${details}.`;
}

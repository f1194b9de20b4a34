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

/** "Fisher 2010" style short label for inline citations. */
export function shortCitation(ref: Reference): string {
  const surname = ref.authors.split(/[ ,]/)[0] ?? ref.authors;
  return `${surname} ${ref.year}`;
}

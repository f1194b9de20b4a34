// How a reference reads in running text and in a list. Pure: the references themselves come from src/lib/content.ts.
import type { Reference } from '../core/content/schemas';
import { formatCitation } from '../core/content/reference-parts';

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

/** A short citation that stays unambiguous within the course's bibliography (the walkthroughs' source labels). */
export function citationLabel(ref: Reference, lang: 'it' | 'en'): string {
  // wallace2015a and wallace2015b would both read "Wallace 2015": keep the letter.
  return `${shortCitation(ref, lang)}${/\d{4}([a-z])$/.exec(ref.id)?.[1] ?? ''}`;
}

/** The full reference as one line of text, for the citation previews (core/content/reference-parts.ts). */
export function referenceLine(ref: Reference, lang: 'it' | 'en' = 'en'): string {
  return formatCitation(ref, lang);
}

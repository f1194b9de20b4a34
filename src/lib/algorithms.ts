// Build-time helpers for the algorithm walkthroughs: which references a graph cites and how to label them.
import type { DecisionGraph } from '../core/algorithms/decision-graph';
import type { Reference } from '../core/content/schemas';
import { getReference, shortCitation } from './content-data';

/** Every reference id a graph cites, the graph's own first, then its nodes' in node order, without repeats. */
export function algorithmRefIds(graph: DecisionGraph): string[] {
  return [...new Set([...graph.refs, ...Object.values(graph.nodes).flatMap((n) => n.refs)])];
}

/** A short citation that stays unambiguous within the course's bibliography. */
export function citationLabel(ref: Reference): string {
  // The course's own sources have no named author: "Unnamed 2020" twice would tell the reader nothing.
  if (/^unnamed\b/i.test(ref.authors)) return `${ref.title.split(/[:(]/)[0]?.trim() ?? ref.title} (${ref.journal}, ${ref.year})`;
  if (/ contributors$/i.test(ref.authors)) return `${ref.authors.replace(/ contributors$/i, '')} ${ref.year}`;
  // wallace2015a and wallace2015b would both read "Wallace 2015": keep the letter.
  return `${shortCitation(ref)}${/\d{4}([a-z])$/.exec(ref.id)?.[1] ?? ''}`;
}

/** Reference id → { label, href? } for the island; `href` points at the page's own reference list. */
export function algorithmRefLabels(graph: DecisionGraph, linkToPageList: boolean): Record<string, { label: string; href?: string }> {
  return Object.fromEntries(
    algorithmRefIds(graph).map((id) => [id, { label: citationLabel(getReference(id)), ...(linkToPageList ? { href: `#ref-${id}` } : {}) }]),
  );
}

// Build-time helpers for the algorithm walkthroughs: which references a graph cites and how to label them.
import type { DecisionGraph } from '../core/algorithms/decision-graph';
import type { Locale } from '../core/i18n/locales';
import { citationLabel } from './citation-text';
import { loadCourse } from './content';
import { referenceIn } from './course';

/** Every reference id a graph cites, the graph's own first, then its nodes' in node order, without repeats. */
export function algorithmRefIds(graph: DecisionGraph): string[] {
  return [...new Set([...graph.refs, ...Object.values(graph.nodes).flatMap((n) => n.refs)])];
}

/** Reference id → { label, href? } for the island; `href` points at the page's own reference list. */
export async function algorithmRefLabels(graph: DecisionGraph, lang: Locale, linkToPageList: boolean): Promise<Record<string, { label: string; href?: string }>> {
  const course = await loadCourse();
  return Object.fromEntries(
    algorithmRefIds(graph).map((id) => [id, { label: citationLabel(referenceIn(course, id), lang), ...(linkToPageList ? { href: `#ref-${id}` } : {}) }]),
  );
}

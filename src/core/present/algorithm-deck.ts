import type { Localized } from '../i18n/locales';
import { reachableNodes, type DecisionGraph, type GraphNode, type NodeId } from '../algorithms/decision-graph';
import { citeIn, joinLocalized, mapLocalized, refsBlock, type Block, type Deck, type DeckContext, type Slide } from './deck';
import { educationNotice } from './notice';
import { fitSlides } from './fit';
import { labels, notePrompts, slideTitles } from './present-text';

/**
 * A treatment algorithm walked through in class: one slide per question (its options, then "why it
 * matters" as a fragment), one per recommendation (alternatives as fragments), in the order a depth-first
 * walk from the root meets them. Never throws on a broken graph: missing targets are simply not described.
 */

const paragraphs = (parts: readonly Localized[]): Localized => joinLocalized(parts, '\n\n');

function nodeOf(graph: DecisionGraph, id: NodeId): GraphNode | undefined {
  return Object.prototype.hasOwnProperty.call(graph.nodes, id) ? (graph.nodes as Record<NodeId, GraphNode>)[id] : undefined;
}

/** What an option leads to, in words: the next question, or the recommendation's title. */
function targetText(node: GraphNode | undefined): Localized | undefined {
  if (!node) return undefined;
  if (node.kind === 'question') return node.text;
  return joinLocalized([slideTitles.recommendation, node.title], ': ');
}

function sourcesNote(ids: readonly string[], ctx: DeckContext): Localized {
  return mapLocalized(notePrompts.sources, (l, lang) => `${l}: ${ids.map((id) => citeIn(ctx, id)[lang]).join('; ')}`);
}

/** The key of the algorithm's flowchart in `deck.figures` (drawn at build time from the same graph). */
export const algorithmMapFigure = 'algorithm-map';

export function algorithmDeck(graph: DecisionGraph, ctx: DeckContext = {}): Deck {
  const order = reachableNodes(graph);
  // The walk's tree: each node's parent is the first question (in walk order) with an option leading to it,
  // so every slide can say where it was reached from and light that path on the map.
  const parent = new Map<NodeId, { from: NodeId; label: Localized }>();
  for (const id of order) {
    const node = nodeOf(graph, id);
    if (node?.kind !== 'question') continue;
    for (const o of node.options) if (!parent.has(o.next) && o.next !== graph.root) parent.set(o.next, { from: id, label: o.label });
  }
  const pathTo = (id: NodeId): NodeId[] => {
    const path = [id];
    for (let p = parent.get(id); p && !path.includes(p.from); p = parent.get(p.from)) path.unshift(p.from);
    return path;
  };
  const mapBlock = (id: NodeId): Block => {
    const path = pathTo(id);
    return {
      type: 'figure',
      figure: algorithmMapFigure,
      side: true,
      lit: { nodes: path, edges: path.slice(1).map((n, i) => `${path[i]}>${n}`), current: id },
    };
  };
  /** "After: High grade", so two slides with the same question never look alike (the map shows the rest). */
  const afterLine = (id: NodeId): Block[] => {
    const p = parent.get(id);
    if (!p) return [];
    return [{ type: 'text', style: 'small', label: labels.after, text: p.label }];
  };
  const slideIdOf = (nodeId: NodeId) => `node-${nodeId}`;
  const slides: Slide[] = [];
  const questionCount = order.filter((id) => nodeOf(graph, id)?.kind === 'question').length;

  slides.push({
    id: 'title',
    kind: 'title',
    title: graph.title,
    blocks: [{ type: 'text', text: graph.summary, style: 'lead' }, educationNotice()],
    fragments: [],
    notes: paragraphs([
      {
        it: `${notePrompts.onlineAlgorithm.it}: /it/algorithms/${graph.id}/. ${questionCount} domande, ${order.length - questionCount} raccomandazioni.`,
        en: `${notePrompts.onlineAlgorithm.en}: /en/algorithms/${graph.id}/. ${questionCount} questions, ${order.length - questionCount} recommendations.`,
      },
      sourcesNote(graph.refs, ctx),
    ]),
  });

  slides.push({
    id: 'map',
    kind: 'map',
    title: slideTitles.map,
    blocks: [{ type: 'figure', figure: algorithmMapFigure }],
    fragments: [],
    notes: notePrompts.map,
  });

  // Incoming edges, for the "reached from" note of each node.
  const incoming = new Map<NodeId, Localized[]>();
  for (const id of order) {
    const node = nodeOf(graph, id);
    if (node?.kind !== 'question') continue;
    for (const o of node.options) {
      const list = incoming.get(o.next) ?? [];
      list.push(joinLocalized([node.text, o.label], ' → '));
      incoming.set(o.next, list);
    }
  }

  let qNumber = 0;
  for (const id of order) {
    const node = nodeOf(graph, id);
    if (!node) continue;
    if (node.kind === 'question') {
      qNumber++;
      // Where each option leads is on the map and in the notes, not on the slide.
      const options = node.options.map((o, i) => ({ key: String(i + 1), text: o.label }));
      const optionNotes = node.options.map((o) => {
        const target = targetText(nodeOf(graph, o.next));
        return target ? joinLocalized([o.label, target], ' → ') : o.label;
      });
      slides.push({
        id: slideIdOf(id),
        kind: 'algorithm-question',
        title: mapLocalized({ it: 'Domanda', en: 'Question' }, (l) => `${l} ${qNumber}/${questionCount}`),
        blocks: [mapBlock(id), ...afterLine(id), { type: 'text', text: node.text, style: 'lead' }, { type: 'options', items: options }],
        fragments: [{ type: 'text', label: labels.why, text: node.why }],
        notes: paragraphs([notePrompts.algorithmQuestion, joinLocalized(optionNotes.map((n) => mapLocalized(n, (t) => `• ${t}`)), '\n'), sourcesNote(node.refs, ctx)]),
      });
    } else {
      const from = incoming.get(id) ?? [];
      slides.push({
        id: slideIdOf(id),
        kind: 'recommendation',
        title: node.title,
        // Alternatives mix fall-backs with caveats (a discrepancy between sources), hence the neutral heading.
        blocks: [mapBlock(id), ...afterLine(id), { type: 'text', text: node.explanation }, ...(node.alternatives?.length ? [{ type: 'heading', text: labels.alternatives } as const] : [])],
        fragments: (node.alternatives ?? []).map((a): Block => ({ type: 'point', text: a })),
        notes: paragraphs([
          notePrompts.reachedFrom,
          joinLocalized(from.map((f) => mapLocalized(f, (t) => `• ${t}`)), '\n'),
          sourcesNote(node.refs, ctx),
        ].filter((p) => p.it.trim() !== '' && p.en.trim() !== '')),
      });
      // Its notes (sources that disagree, a danger, how a source is read): each on its own slide, so a
      // caution is never a footnote; the map stays on the same step.
      (node.notes ?? []).forEach((note, i) => {
        const lead = note.kind === 'discrepancy' ? labels.noteDiscrepancy : note.kind === 'pitfall' ? labels.notePitfall : labels.noteReading;
        slides.push({
          id: `${slideIdOf(id)}-note-${i + 1}`,
          kind: 'recommendation-note',
          title: note.title,
          blocks: [{ type: 'text', label: lead, text: node.title, style: 'small' }, { type: 'text', text: note.text }],
          fragments: [],
          notes: paragraphs([notePrompts.recommendationNote, sourcesNote(note.refs, ctx)]),
        });
      });
    }
  }

  // The graph's own sources first, then any other work a step cites.
  const refs = [
    ...new Set([
      ...graph.refs,
      ...order.flatMap((id) => {
        const node = nodeOf(graph, id);
        return [...(node?.refs ?? []), ...(node?.kind === 'recommendation' ? (node.notes ?? []).flatMap((n) => n.refs) : [])];
      }),
    ]),
  ];
  slides.push({
    id: 'references',
    kind: 'references',
    title: slideTitles.references,
    blocks: [refsBlock(refs, ctx)],
    fragments: [],
    notes: notePrompts.algorithmReferences,
  });

  return { id: `algorithm-${graph.id}`, title: graph.title, slides: fitSlides(slides) };
}

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { algorithmDeck } from './algorithm-deck';
import { citationContext } from './citation';
import { loadReferences, localizedStrings, type ContentReader } from './test-content';
import { algorithmIds, algorithms } from '../algorithms/registry';
import { reachableNodes, type DecisionGraph } from '../algorithms/decision-graph';

const root = join(__dirname, '..', '..', '..');
const reader: ContentReader = { list: (d) => readdirSync(join(root, d)), read: (p) => readFileSync(join(root, p), 'utf8') };
const ctx = citationContext(loadReferences(reader));

describe('algorithmDeck', () => {
  for (const id of algorithmIds) {
    const graph = algorithms[id] as DecisionGraph;
    describe(id, () => {
      const deck = algorithmDeck(graph, ctx);

      it('has one slide per question and per recommendation, in walk order, between title and references', () => {
        const order = reachableNodes(graph);
        expect(deck.slides.map((s) => s.id)).toEqual(['title', ...order.map((n) => `node-${n}`), 'references']);
        expect(deck.slides[0]?.blocks.some((b) => b.type === 'notice')).toBe(true);
      });

      it('shows the options of each question and reveals the "why" as a fragment', () => {
        for (const nodeId of reachableNodes(graph)) {
          const node = graph.nodes[nodeId];
          const slide = deck.slides.find((s) => s.id === `node-${nodeId}`);
          if (node?.kind === 'question') {
            expect(slide?.kind).toBe('algorithm-question');
            expect(slide?.blocks[0]).toMatchObject({ text: node.text });
            const options = slide?.blocks[1];
            expect(options?.type === 'options' && options.items.map((o) => o.text)).toEqual(node.options.map((o) => o.label));
            expect(options?.type === 'options' && options.items.every((o) => o.detail !== undefined)).toBe(true);
            expect(slide?.fragments).toEqual([{ type: 'text', label: { it: 'Perché conta', en: 'Why it matters' }, text: node.why }]);
          } else if (node?.kind === 'recommendation') {
            expect(slide?.kind).toBe('recommendation');
            expect(slide?.title).toEqual(node.title);
            expect(slide?.blocks[0]).toEqual({ type: 'text', text: node.explanation });
            expect(slide?.fragments).toEqual((node.alternatives ?? []).map((text) => ({ type: 'point', text })));
            expect(slide?.blocks.length).toBe(node.alternatives?.length ? 2 : 1);
            expect(slide?.notes.en).toContain('Reached from');
          }
        }
      });

      it('is bilingual throughout, with speaker notes, and cites every source of the graph', () => {
        for (const { path, value } of localizedStrings(deck)) {
          expect(value.it.trim(), `${path}.it`).not.toBe('');
          expect(value.en.trim(), `${path}.en`).not.toBe('');
        }
        const refs = deck.slides.at(-1)?.blocks[0];
        const ids = refs?.type === 'refs' ? refs.items.map((r) => r.id) : [];
        for (const r of graph.refs) expect(ids).toContain(r);
        expect(refs?.type === 'refs' && refs.items.every((r) => r.text !== r.id)).toBe(true);
      });
    });
  }

  it('never throws on a broken graph', () => {
    const broken: DecisionGraph = {
      id: 'broken',
      title: { it: 'Rotto', en: 'Broken' },
      summary: { it: 's', en: 's' },
      refs: ['nowhere2020'],
      root: 'q',
      nodes: {
        q: { kind: 'question', text: { it: 'Q?', en: 'Q?' }, why: { it: 'w', en: 'w' }, refs: [], options: [{ id: 'a', label: { it: 'A', en: 'A' }, next: 'missing' }] },
      },
    };
    const deck = algorithmDeck(broken);
    expect(deck.slides.map((s) => s.id)).toEqual(['title', 'node-q', 'references']);
    const options = deck.slides[1]?.blocks[1];
    expect(options?.type === 'options' && options.items[0]).toEqual({ key: '1', text: { it: 'A', en: 'A' } });
    expect(algorithmDeck({ ...broken, root: 'nothing' }).slides.map((s) => s.id)).toEqual(['title', 'references']);
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { algorithmDeck } from './algorithm-deck';
import { citationContext } from './citation';
import { citeIn } from './deck';
import { loadReferences, localizedStrings, unfit, type ContentReader } from './test-content';
import { algorithmIds, algorithms } from '../algorithms/registry';
import { reachableNodes, type DecisionGraph } from '../algorithms/decision-graph';

const root = join(__dirname, '..', '..', '..');
const reader: ContentReader = { list: (d) => readdirSync(join(root, d)), read: (p) => readFileSync(join(root, p), 'utf8') };
const ctx = citationContext(loadReferences(reader));

describe('algorithmDeck', () => {
  for (const id of algorithmIds) {
    const graph = algorithms[id] as DecisionGraph;
    describe(id, () => {
      const deck = unfit(algorithmDeck(graph, ctx));

      it('has a map, then one slide per question and per recommendation, in walk order, then references', () => {
        const order = reachableNodes(graph);
        const notesOf = (n: string) => {
          const node = graph.nodes[n];
          return node?.kind === 'recommendation' ? (node.notes ?? []).map((_, i) => `node-${n}-note-${i + 1}`) : [];
        };
        expect(deck.slides.map((s) => s.id)).toEqual(['title', 'map', ...order.flatMap((n) => [`node-${n}`, ...notesOf(n)]), 'references']);
        expect(deck.slides[1]?.blocks).toEqual([{ type: 'figure', figure: 'algorithm-map' }]);
        expect(deck.slides[0]?.blocks.some((b) => b.type === 'notice')).toBe(true);
      });

      it('puts every note attached to a recommendation on its own slide, in both languages, with its sources', () => {
        for (const nodeId of reachableNodes(graph)) {
          const node = graph.nodes[nodeId];
          if (node?.kind !== 'recommendation') continue;
          (node.notes ?? []).forEach((note, i) => {
            const slide = deck.slides.find((s) => s.id === `node-${nodeId}-note-${i + 1}`);
            expect(slide?.kind).toBe('recommendation-note');
            expect(slide?.title).toEqual(note.title);
            for (const lang of ['it', 'en'] as const) {
              expect(slide?.blocks.map((b) => (b.type === 'text' ? b.text[lang] : '')).join(' ')).toContain(note.text[lang]);
              for (const ref of note.refs) expect(slide?.notes[lang]).toContain(citeIn(ctx, ref)[lang]);
            }
          });
        }
      });

      it('shows the options of each question and reveals the "why" as a fragment', () => {
        for (const nodeId of reachableNodes(graph)) {
          const node = graph.nodes[nodeId];
          const slide = deck.slides.find((s) => s.id === `node-${nodeId}`);
          if (node?.kind === 'question') {
            expect(slide?.kind).toBe('algorithm-question');
            const body = slide?.blocks.filter((b) => b.type !== 'figure' && !(b.type === 'text' && b.style === 'small')) ?? [];
            expect(body[0]).toMatchObject({ text: node.text });
            // A long list of options may continue on the next slide: all of them, in order.
            const items = body.flatMap((b) => (b.type === 'options' ? b.items.map((o) => o.text) : []));
            expect(items).toEqual(node.options.map((o) => o.label));
            expect(slide?.fragments[0]).toMatchObject({ type: 'text', label: { it: 'Perché conta', en: 'Why it matters' } });
          } else if (node?.kind === 'recommendation') {
            expect(slide?.kind).toBe('recommendation');
            expect(slide?.title).toEqual(node.title);
            const body = slide?.blocks.filter((b) => b.type !== 'figure' && !(b.type === 'text' && b.style === 'small')) ?? [];
            // The explanation may have been split over continuation slides: joined, it is the node's.
            const texts = body.filter((b) => b.type === 'text').map((b) => (b.type === 'text' ? b.text.en : ''));
            expect(texts.join(' ').replace(/\s+/g, ' ')).toBe(node.explanation.en.replace(/\s+/g, ' '));
            // Alternatives are points revealed one by one (a long one may be split in two).
            expect(slide?.fragments.every((f) => f.type === 'point')).toBe(true);
            const alt = (slide?.fragments ?? []).map((f) => (f.type === 'point' ? f.text.en : '')).join(' ').replace(/\s+/g, ' ');
            expect(alt).toBe((node.alternatives ?? []).map((a) => a.en).join(' ').replace(/\s+/g, ' '));
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
        expect(refs?.type === 'refs' && refs.items.every((r) => r.text.it !== r.id && r.text.en !== r.id)).toBe(true);
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
    const deck = unfit(algorithmDeck(broken));
    expect(deck.slides.map((s) => s.id)).toEqual(['title', 'map', 'node-q', 'references']);
    const options = deck.slides[2]?.blocks.find((b) => b.type === 'options');
    expect(options?.type === 'options' && options.items[0]).toEqual({ key: '1', text: { it: 'A', en: 'A' } });
    expect(unfit(algorithmDeck({ ...broken, root: 'nothing' })).slides.map((s) => s.id)).toEqual(['title', 'map', 'references']);
  });

  it('lights the path walked so far on each step, and says where two look-alike steps come from', () => {
    const deck = unfit(algorithmDeck(algorithms['a4-noms'] as DecisionGraph, ctx));
    const twins = deck.slides.filter((s) => s.kind === 'algorithm-question' && s.blocks.some((b) => b.type === 'text' && b.style === 'lead' && /radiosensitive or radioresistant/i.test(b.text.en)));
    // A4 asks the radiosensitivity question on each neurological branch (low grade, high grade with and without deficit).
    expect(twins.length).toBeGreaterThanOrEqual(2);
    const after = twins.map((s) => JSON.stringify(s.blocks.find((b) => b.type === 'text' && b.style === 'small')));
    expect(new Set(after).size).toBe(twins.length);
    for (const s of twins) {
      const map = s.blocks.find((b) => b.type === 'figure');
      expect(map?.type === 'figure' && map.lit?.nodes[0]).toBe('neurologic');
      expect(map?.type === 'figure' && map.lit?.current).toBe(s.id.replace(/^node-/, ''));
    }
  });
});

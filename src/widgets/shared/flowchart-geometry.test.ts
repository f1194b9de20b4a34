import { describe, it, expect } from 'vitest';
import { algorithmIds, getAlgorithm } from '../../core/algorithms/registry';
import { layoutGraph } from '../../core/algorithms/graph-layout';
import { buildChart, chartMetrics, spreadBlocks, wrapText } from './flowchart-geometry';

interface Box { x: number; y: number; w: number; h: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('wrapText', () => {
  it('keeps every line within the estimated width and loses no word', () => {
    const text = 'Is this a spinal tumour that breaks through the posterior wall and extends into the epidural space of the canal?';
    const lines = wrapText(text, 200, 17);
    const max = Math.floor(200 / (17 * chartMetrics.charWidth));
    expect(lines.every((l) => l.length <= max)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than a line and never returns nothing', () => {
    expect(wrapText('a'.repeat(30), 100, 17).every((l) => l.length <= 10)).toBe(true);
    expect(wrapText('', 100, 17)).toEqual(['']);
  });
});

describe('spreadBlocks', () => {
  it('leaves blocks that do not touch where they want to be', () => {
    expect(spreadBlocks([{ desired: 0, w: 10 }, { desired: 100, w: 10 }], 5)).toEqual([0, 100]);
  });

  it('pushes overlapping blocks apart symmetrically, in order', () => {
    expect(spreadBlocks([{ desired: 0, w: 10 }, { desired: 0, w: 10 }, { desired: 0, w: 10 }], 10)).toEqual([-20, 0, 20]);
  });
});

describe.each(algorithmIds)('chart of %s', (id) => {
  const graph = getAlgorithm(id);
  for (const lang of ['it', 'en'] as const) {
    const chart = buildChart(graph, lang);
    const boxes = chart.nodes.map((n) => ({ id: n.id, x: n.x - n.w / 2, y: n.y, w: n.w, h: n.h }));
    const labels = chart.edges.map((e) => ({ id: `${e.from}>${e.to}`, ...e.label }));

    it(`${lang}: has every node once, inside the drawing`, () => {
      expect(chart.nodes.map((n) => n.id).sort()).toEqual(Object.keys(graph.nodes).sort());
      for (const b of [...boxes, ...labels]) {
        expect(b.x, b.id).toBeGreaterThanOrEqual(0);
        expect(b.y, b.id).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w, b.id).toBeLessThanOrEqual(chart.width);
        expect(b.y + b.h, b.id).toBeLessThanOrEqual(chart.height);
      }
    });

    it(`${lang}: no two boxes or labels overlap`, () => {
      const all = [...boxes, ...labels];
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          expect(overlap(all[i]!, all[j]!), `${all[i]!.id} / ${all[j]!.id}`).toBe(false);
        }
      }
    });

    it(`${lang}: one arrow per (question, next node), labelled with every answer that takes it`, () => {
      const layout = layoutGraph(graph);
      expect(chart.edges.flatMap((e) => e.optionIds.map((o) => `${e.from}.${o}`)).sort()).toEqual(
        layout.edges.map((e) => `${e.from}.${e.optionId}`).sort(),
      );
      for (const e of chart.edges) {
        expect(new Set(e.label.lines.map((l) => l.optionId))).toEqual(new Set(e.optionIds));
        const from = chart.nodes.find((n) => n.id === e.from)!;
        const to = chart.nodes.find((n) => n.id === e.to)!;
        expect(e.d.startsWith(`M${from.x},${from.y + from.h}`), e.d).toBe(true);
        expect(e.d.endsWith(`${to.x},${to.y}`), e.d).toBe(true);
        expect(to.y).toBeGreaterThan(from.y);
      }
    });

    it(`${lang}: text fits its box`, () => {
      const perLine = Math.floor((chartMetrics.nodeWidth - 2 * chartMetrics.nodePadX) / (chartMetrics.nodeFont * chartMetrics.charWidth));
      for (const n of chart.nodes) {
        expect(n.lines.every((l) => l.length <= perLine), n.id).toBe(true);
        expect(n.h).toBe(n.lines.length * chartMetrics.nodeLine + 2 * chartMetrics.nodePadY);
      }
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { algorithmIds, getAlgorithm } from '../../core/algorithms/registry';
import { layoutGraph } from '../../core/algorithms/graph-layout';
import { defineGraph, type QuestionNode } from '../../core/algorithms/decision-graph';
import { answerOrderSwaps, buildChart, chartMetrics, countCrossings, pathPoints, wrapText, type Chart } from './flowchart-geometry';
import { boxKey, boxOnPath, targetBox } from './flowchart-chart';

interface Box { id: string; x: number; y: number; w: number; h: number }
type Pt = [number, number];
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const polyline = (d: string) => pathPoints(d, 24);

/** Does the polyline enter the box (shrunk by 1 px so a line along its edge does not count)? */
function entersBox(pts: Pt[], b: Box): boolean {
  const inside = ([x, y]: Pt) => x > b.x + 1 && x < b.x + b.w - 1 && y > b.y + 1 && y < b.y + b.h - 1;
  for (let i = 1; i < pts.length; i++) {
    const [a, c] = [pts[i - 1]!, pts[i]!];
    for (let k = 0; k <= 8; k++) if (inside([a[0] + ((c[0] - a[0]) * k) / 8, a[1] + ((c[1] - a[1]) * k) / 8])) return true;
  }
  return false;
}

/**
 * Crossing pairs allowed per chart. The hand-made layout had 6 and 5 proper crossings in A4 and A5, the
 * first dagre layout 7 and 5 (A4: far-apart branches end in one recommendation; A5: two "what is
 * combined?" questions share three answers, at least 3 crossings in any top-down drawing). Shared
 * recommendations drawn once per question took every chart to 0.
 */
const crossingBudget: Record<(typeof algorithmIds)[number], number> = {
  'a1-cirse-algorithm': 0,
  'a2-cirse-strategy': 0,
  'a3-bone-metastases-management': 0,
  'a4-noms': 0,
  'a5-ablation-indications-timing': 0,
};

const leaf = { kind: 'recommendation', title: { it: 'R', en: 'R' }, explanation: { it: '', en: '' }, refs: [] } as const;
const ask = (options: [string, string][]) => ({
  kind: 'question' as const,
  text: { it: 'Q', en: 'Q' },
  why: { it: '', en: '' },
  refs: [],
  options: options.map(([id, next]) => ({ id, label: { it: id, en: id }, next })),
});

describe('the page ships no layout code', () => {
  it('the walkthrough island and its chart read only the chart data module, never the dagre layout', () => {
    for (const file of ['../AlgorithmWalkthrough/AlgorithmWalkthrough.tsx', '../AlgorithmWalkthrough/Flowchart.tsx', './flowchart-chart.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/from ['"][^'"]*(flowchart-geometry|dagre)['"]/);
    }
  });
});

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

describe('the crossing counter', () => {
  it('counts a planted crossing and not arrows that run side by side', () => {
    const planted: Chart = {
      width: 100, height: 100, nodes: [],
      edges: [
        { from: 'a', to: 'b', optionIds: ['x'], d: 'M0,0 L100,100', label: { x: 0, y: 0, w: 0, h: 0, lines: [], gaps: [] } },
        { from: 'c', to: 'd', optionIds: ['y'], d: 'M100,0 C100,50 0,50 0,100', label: { x: 0, y: 0, w: 0, h: 0, lines: [], gaps: [] } },
        { from: 'a', to: 'e', optionIds: ['z'], d: 'M-10,0 L-10,50', label: { x: 0, y: 0, w: 0, h: 0, lines: [], gaps: [] } },
      ],
    };
    expect(countCrossings(planted)).toBe(1);
  });
});

describe('the answer order counter', () => {
  it('counts a question whose arrows leave it in the reverse order of its answers', () => {
    const graph = defineGraph({ id: 'g', title: { it: 'x', en: 'x' }, summary: { it: 'x', en: 'x' }, refs: [], root: 'q', nodes: { q: ask([['1', 'a'], ['2', 'b']]), a: leaf, b: leaf } });
    const edge = (to: string, optionId: string, x: number) => ({ from: 'q', to, optionIds: [optionId], d: `M${x},0 L${x},100`, label: { x: 0, y: 0, w: 0, h: 0, lines: [], gaps: [] } });
    expect(answerOrderSwaps(graph, { edges: [edge('a', '1', 10), edge('b', '2', 50)] })).toBe(0);
    expect(answerOrderSwaps(graph, { edges: [edge('a', '1', 50), edge('b', '2', 10)] })).toBe(1);
  });
});

describe('two questions sharing three answers (no top-down drawing of them is free of crossings)', () => {
  const shared = defineGraph({
    id: 'k23',
    title: { it: 'x', en: 'x' },
    summary: { it: 'x', en: 'x' },
    refs: [],
    root: 'root',
    nodes: {
      root: ask([['p', 'p'], ['q', 'q']]),
      p: ask([['x', 'x'], ['y', 'y'], ['z', 'z'], ['only-p', 'u']]),
      q: ask([['x', 'x'], ['y', 'y'], ['z', 'z']]),
      x: leaf,
      y: leaf,
      z: leaf,
      u: leaf,
    },
  });
  const chart = buildChart(shared, 'en');
  it('draws each shared recommendation once per question, so nothing crosses and answers keep their order', () => {
    expect(countCrossings(chart)).toBe(0);
    expect(answerOrderSwaps(shared, chart)).toBe(0);
    for (const id of ['x', 'y', 'z']) expect(chart.nodes.filter((n) => n.id === id).map((n) => n.via).sort(), id).toEqual(['p', 'q']);
    expect(chart.nodes.filter((n) => n.id === 'u').map((n) => n.via)).toEqual([undefined]);
    // Each arrow ends in its own question's copy.
    for (const e of chart.edges) {
      const box = targetBox(chart, e.from, e.to)!;
      if (['x', 'y', 'z'].includes(e.to)) expect(box.via, `${e.from}>${e.to}`).toBe(e.from);
      const end = pathPoints(e.d).at(-1)!;
      expect(Math.abs(end[0] - box.x)).toBeLessThan(box.w / 2);
    }
  });
  it('lights only the copy on the path taken', () => {
    const copies = chart.nodes.filter((n) => n.id === 'y');
    expect(copies.map((n) => boxOnPath(n, ['root', 'q', 'y']))).toEqual(copies.map((n) => n.via === 'q'));
    expect(new Set(chart.nodes.map(boxKey)).size).toBe(chart.nodes.length);
  });
});

describe('a diamond (two questions sharing both answers)', () => {
  const diamond = defineGraph({
    id: 'diamond',
    title: { it: 'x', en: 'x' },
    summary: { it: 'x', en: 'x' },
    refs: [],
    root: 'q',
    nodes: {
      q: { kind: 'question', text: { it: 'Q', en: 'Q' }, why: { it: '', en: '' }, refs: [], options: [
        { id: 'l', label: { it: 'L', en: 'Left' }, next: 'l' },
        { id: 'r', label: { it: 'R', en: 'Right' }, next: 'r' },
        { id: 'r2', label: { it: 'R2', en: 'Right too' }, next: 'r' },
      ] },
      l: { kind: 'recommendation', title: { it: 'L', en: 'L' }, explanation: { it: '', en: '' }, refs: [] },
      r: { kind: 'recommendation', title: { it: 'R', en: 'R' }, explanation: { it: '', en: '' }, refs: [] },
    },
  });
  it('merges the answers that lead to one box into one bulleted label, and gives each arrow its own end', () => {
    const chart = buildChart(diamond, 'en');
    expect(chart.edges).toHaveLength(2);
    const toR = chart.edges.find((e) => e.to === 'r')!;
    expect(toR.label.lines.map((l) => l.text)).toEqual(['• Right', '• Right too']);
    expect(toR.label.gaps).toEqual([1]);
    // A bullet never sits alone on a line, even before a word that fills one.
    const q = diamond.nodes.q as QuestionNode<'r' | 'q' | 'l'>;
    const long = { ...diamond, nodes: { ...diamond.nodes, q: { ...q, options: q.options.map((o) => (o.id === 'r2' ? { ...o, label: { it: 'x', en: 'Myelosuppressions' } } : o)) } } };
    const lines = buildChart(long, 'en').edges.find((e) => e.to === 'r')!.label.lines.map((l) => l.text);
    expect(lines.every((l) => l.replace('•', '').trim().length > 0), lines.join(' / ')).toBe(true);
    expect(lines).toContain('• Myelosuppressions');
    const starts = chart.edges.map((e) => e.d.match(/^M(-?[\d.]+)/)![1]);
    expect(new Set(starts).size).toBe(2);
  });
});

describe.each(algorithmIds)('chart of %s', (id) => {
  const graph = getAlgorithm(id);
  for (const lang of ['it', 'en'] as const) {
    const chart = buildChart(graph, lang);
    const boxes: Box[] = chart.nodes.map((n) => ({ id: boxKey(n), x: n.x - n.w / 2, y: n.y, w: n.w, h: n.h }));
    const labels: Box[] = chart.edges.map((e) => ({ id: `${e.from}>${e.to}`, ...e.label }));

    it(`${lang}: has every node, once or (a shared recommendation) once per question leading to it, inside the drawing`, () => {
      expect([...new Set(chart.nodes.map((n) => n.id))].sort()).toEqual(Object.keys(graph.nodes).sort());
      const layout = layoutGraph(graph);
      for (const n of chart.nodes.filter((c) => c.via !== undefined)) {
        const parents = [...new Set(layout.edges.filter((e) => e.to === n.id).map((e) => e.from))].sort();
        expect(n.kind, n.id).toBe('recommendation');
        expect(chart.nodes.filter((c) => c.id === n.id).map((c) => c.via).sort(), n.id).toEqual(parents);
      }
      expect(new Set(chart.nodes.map(boxKey)).size).toBe(chart.nodes.length);
      for (const b of [...boxes, ...labels]) {
        expect(b.x, b.id).toBeGreaterThanOrEqual(0);
        expect(b.y, b.id).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w, b.id).toBeLessThanOrEqual(chart.width);
        expect(b.y + b.h, b.id).toBeLessThanOrEqual(chart.height);
      }
    });

    it(`${lang}: no two boxes or labels overlap, and labels keep a gap between them`, () => {
      const all = [...boxes, ...labels];
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          expect(overlap(all[i]!, all[j]!), `${all[i]!.id} / ${all[j]!.id}`).toBe(false);
        }
      }
      const grow = (b: Box): Box => ({ ...b, x: b.x - 8, w: b.w + 16 });
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(overlap(grow(labels[i]!), labels[j]!), `${labels[i]!.id} crowds ${labels[j]!.id}`).toBe(false);
      }
    });

    it(`${lang}: one arrow per (question, next node), from the bottom of one box to the top of the other, labelled with every answer that takes it`, () => {
      const layout = layoutGraph(graph);
      expect(chart.edges.flatMap((e) => e.optionIds.map((o) => `${e.from}.${o}`)).sort()).toEqual(
        layout.edges.map((e) => `${e.from}.${e.optionId}`).sort(),
      );
      for (const e of chart.edges) {
        expect(new Set(e.label.lines.map((l) => l.optionId))).toEqual(new Set(e.optionIds));
        const from = chart.nodes.find((n) => n.id === e.from)!;
        const to = targetBox(chart, e.from, e.to)!;
        const pts = polyline(e.d);
        const [sx, sy] = pts[0]!;
        const [ex, ey] = pts[pts.length - 1]!;
        expect(sy, e.d).toBeCloseTo(from.y + from.h, 0);
        expect(Math.abs(sx - from.x), e.d).toBeLessThan(from.w / 2);
        expect(ey, e.d).toBeCloseTo(to.y, 0);
        expect(Math.abs(ex - to.x), e.d).toBeLessThan(to.w / 2);
        expect(to.y).toBeGreaterThan(from.y);
        // The arrow passes through its own label and ends pointing down.
        const [lx, ly] = [e.label.x + e.label.w / 2, e.label.y + e.label.h / 2];
        const throughLabel = pts.some(([x, y], i) => {
          const [qx, qy] = pts[i + 1] ?? [x, y];
          return Math.abs(x - lx) < 0.5 && Math.abs(qx - lx) < 0.5 && Math.min(y, qy) <= ly && Math.max(y, qy) >= ly;
        });
        expect(throughLabel, `${e.from}>${e.to} misses its label`).toBe(true);
        const [px, py] = pts[pts.length - 2]!;
        expect(ey - py).toBeGreaterThan(0);
        expect(Math.abs(ex - px)).toBeLessThan(2);
      }
    });

    it(`${lang}: no arrow runs through a box or another arrow's label`, () => {
      for (const e of chart.edges) {
        const pts = polyline(e.d);
        const own = boxKey(targetBox(chart, e.from, e.to)!);
        for (const b of boxes) if (b.id !== e.from && b.id !== own) expect(entersBox(pts, b), `${e.from}>${e.to} through box ${b.id}`).toBe(false);
        for (const b of labels) if (b.id !== `${e.from}>${e.to}`) expect(entersBox(pts, b), `${e.from}>${e.to} through label ${b.id}`).toBe(false);
      }
    });

    it(`${lang}: crosses no more arrows than the budget, and each question's arrows leave it in the order of its answers`, () => {
      expect(countCrossings(chart)).toBeLessThanOrEqual(crossingBudget[id]);
      expect(answerOrderSwaps(graph, chart)).toBe(0);
    });

    it(`${lang}: text fits its box`, () => {
      const perLine = Math.floor((chartMetrics.nodeWidth - 2 * chartMetrics.nodePadX) / (chartMetrics.nodeFont * chartMetrics.charWidth));
      for (const n of chart.nodes) {
        expect(n.lines.every((l) => l.length <= perLine), n.id).toBe(true);
        expect(n.h).toBe(n.lines.length * chartMetrics.nodeLine + 2 * chartMetrics.nodePadY);
      }
    });
  }

  it('is deterministic (the build and a rebuild draw the same chart)', () => {
    expect(buildChart(graph, 'en')).toEqual(buildChart(graph, 'en'));
  });
});

import type { Locale } from '../../core/i18n/locales';
import type { DecisionGraph, NodeId } from '../../core/algorithms/decision-graph';
import { layoutGraph } from '../../core/algorithms/graph-layout';

/**
 * Pixel geometry for drawing a decision graph as an SVG flowchart. graph-layout.ts decides rows and the
 * order within each row; this file turns that into boxes with wrapped text, x positions that put children
 * under their parents, row gaps tall enough for the answer labels, and edge routes that pass through their
 * label and around the boxes of the rows they cross. Pure and deterministic, so the server-rendered SVG and
 * the hydrated one are identical.
 */

export const chartMetrics = {
  nodeWidth: 250,
  nodeFont: 17,
  nodeLine: 22,
  nodePadX: 14,
  nodePadY: 12,
  labelWidth: 176,
  labelFont: 14,
  labelLine: 18,
  labelPadX: 7,
  labelPadY: 5,
  /** Space between two labels of one edge (an edge merges the options that lead to the same node). */
  labelGap: 6,
  nodeSpacing: 34,
  labelSpacing: 10,
  gapTop: 16,
  gapBottom: 30,
  margin: 12,
  /** Clearance between an edge and a box it passes beside. */
  channel: 12,
  /** Average glyph width as a share of the font size: generous, so a line never overflows its box. */
  charWidth: 0.56,
} as const;

export interface ChartNode {
  id: NodeId;
  kind: 'question' | 'recommendation';
  /** Centre x and top y of the box. */
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** The full text, for accessible names. */
  text: string;
  row: number;
}

export interface ChartLabelLine {
  text: string;
  optionId: string;
}

export interface ChartEdge {
  from: NodeId;
  to: NodeId;
  /** Options of `from` that lead to `to`, in option order (several answers can share one arrow). */
  optionIds: string[];
  /** SVG path data, from the bottom of `from` to the top of `to`. */
  d: string;
  label: { x: number; y: number; w: number; h: number; lines: ChartLabelLine[]; gaps: number[] };
}

export interface Chart {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** Greedy word wrap by an estimated glyph width; words longer than a line are cut. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(4, Math.floor(width / (fontSize * chartMetrics.charWidth)));
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > max) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, max - 1) + '-');
      word = word.slice(max - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

interface Block {
  desired: number;
  w: number;
}

/**
 * Centres for blocks kept in their given order with at least `spacing` between neighbours, as close as
 * possible (least squares) to where each wants to be: neighbours that would overlap merge into a cluster
 * placed at the mean of its members' wishes.
 */
export function spreadBlocks(blocks: readonly Block[], spacing: number): number[] {
  interface Cluster {
    items: number[];
    offsets: number[];
    width: number;
    start: number;
  }
  const place = (c: Cluster): number =>
    c.items.reduce((sum, item, k) => sum + ((blocks[item]?.desired ?? 0) - (c.offsets[k] ?? 0) - (blocks[item]?.w ?? 0) / 2), 0) / c.items.length;
  const clusters: Cluster[] = [];
  blocks.forEach((b, i) => {
    let cur: Cluster = { items: [i], offsets: [0], width: b.w, start: b.desired - b.w / 2 };
    for (;;) {
      const prev = clusters[clusters.length - 1];
      if (!prev || prev.start + prev.width + spacing <= cur.start) break;
      clusters.pop();
      const shift = prev.width + spacing;
      cur = {
        items: [...prev.items, ...cur.items],
        offsets: [...prev.offsets, ...cur.offsets.map((o) => o + shift)],
        width: shift + cur.width,
        start: 0,
      };
      cur.start = place(cur);
    }
    clusters.push(cur);
  });
  const centres: number[] = new Array<number>(blocks.length).fill(0);
  for (const c of clusters) {
    c.items.forEach((item, k) => {
      centres[item] = c.start + (c.offsets[k] ?? 0) + (blocks[item]?.w ?? 0) / 2;
    });
  }
  return centres;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (n: number): number => Math.round(n * 10) / 10;

/** Cubic with vertical tangents at both ends: a smooth S from (x1,y1) down to (x2,y2). */
function sCurve(x1: number, y1: number, x2: number, y2: number): string {
  const my = round((y1 + y2) / 2);
  return `C${round(x1)},${my} ${round(x2)},${my} ${round(x2)},${round(y2)}`;
}

export function buildChart(graph: DecisionGraph, lang: Locale): Chart {
  const m = chartMetrics;
  const layout = layoutGraph(graph);

  // Boxes with wrapped text, grouped by row in layout order.
  const rows: ChartNode[][] = Array.from({ length: layout.rows }, () => []);
  for (const [id, pos] of Object.entries(layout.positions)) {
    const node = graph.nodes[id];
    if (!node) continue;
    const text = node.kind === 'question' ? node.text[lang] : node.title[lang];
    const lines = wrapText(text, m.nodeWidth - 2 * m.nodePadX, m.nodeFont);
    rows[pos.row]?.push({ id, kind: node.kind, x: 0, y: 0, w: m.nodeWidth, h: lines.length * m.nodeLine + 2 * m.nodePadY, lines, text, row: pos.row });
  }
  rows.forEach((row) => row.sort((a, b) => (layout.positions[a.id]?.col ?? 0) - (layout.positions[b.id]?.col ?? 0)));
  const byId = new Map(rows.flat().map((n) => [n.id, n]));

  // Parallel options (same from → to) share one arrow.
  const grouped = new Map<string, { from: NodeId; to: NodeId; options: ChartLabelLine[][]; optionIds: string[] }>();
  for (const e of layout.edges) {
    if (!byId.has(e.from) || !byId.has(e.to)) continue;
    const key = `${e.from}\u0000${e.to}`;
    const g = grouped.get(key) ?? { from: e.from, to: e.to, options: [], optionIds: [] };
    g.options.push(wrapText(e.label[lang], m.labelWidth - 2 * m.labelPadX, m.labelFont).map((text) => ({ text, optionId: e.optionId })));
    g.optionIds.push(e.optionId);
    grouped.set(key, g);
  }
  const edges = [...grouped.values()];
  const rowOf = (id: NodeId): number => byId.get(id)?.row ?? 0;
  const downward = edges.filter((e) => rowOf(e.to) > rowOf(e.from));

  // x: a few sweeps of barycentres (parents above, then children below), keeping the layout's order.
  const sweep = (row: ChartNode[], neighbours: (n: ChartNode) => ChartNode[]) => {
    const desired = row.map((n) => {
      const ns = neighbours(n);
      return ns.length ? mean(ns.map((p) => p.x)) : n.x;
    });
    const xs = spreadBlocks(row.map((n, i) => ({ desired: desired[i] ?? 0, w: n.w })), m.nodeSpacing);
    row.forEach((n, i) => (n.x = xs[i] ?? 0));
  };
  const parentsOf = (n: ChartNode) => downward.filter((e) => e.to === n.id).map((e) => byId.get(e.from)).filter((p): p is ChartNode => !!p);
  const childrenOf = (n: ChartNode) => downward.filter((e) => e.from === n.id).map((e) => byId.get(e.to)).filter((c): c is ChartNode => !!c);
  rows.forEach((row) => sweep(row, parentsOf));
  for (let r = rows.length - 2; r >= 0; r--) sweep(rows[r] ?? [], childrenOf);
  rows.forEach((row, r) => r > 0 && sweep(row, parentsOf));
  rows.flat().forEach((n) => (n.x = round(n.x)));

  // Label blocks: one per edge, in the gap under its parent's row.
  const labelled = edges.map((e) => {
    const lines = e.options.flat();
    const gaps: number[] = [];
    let h = 2 * m.labelPadY;
    e.options.forEach((opt, k) => {
      if (k > 0) {
        gaps.push(lines.indexOf(opt[0] as ChartLabelLine));
        h += m.labelGap;
      }
      h += opt.length * m.labelLine;
    });
    return { ...e, lines, gaps, h, lx: 0 };
  });

  // y: rows and the gaps under them, each gap as tall as its tallest label.
  const rowTop: number[] = [];
  const rowHeight = rows.map((row) => Math.max(0, ...row.map((n) => n.h)));
  const labelCentre: number[] = [];
  let y = m.margin;
  rows.forEach((row, r) => {
    rowTop[r] = y;
    row.forEach((n) => (n.y = y + ((rowHeight[r] ?? 0) - n.h) / 2));
    y += rowHeight[r] ?? 0;
    const tallest = Math.max(0, ...labelled.filter((e) => rowOf(e.from) === r).map((e) => e.h));
    labelCentre[r] = y + m.gapTop + tallest / 2;
    if (r < rows.length - 1) y += Math.max(m.gapTop + tallest + m.gapBottom, 56);
  });
  const height = y + m.margin;

  // Label x: where the straight line from the parent towards its target crosses the label row, spread apart.
  rows.forEach((_, r) => {
    const inGap = labelled.filter((e) => rowOf(e.from) === r);
    const wish = inGap.map((e) => {
      const from = byId.get(e.from) as ChartNode;
      const to = byId.get(e.to) as ChartNode;
      const y0 = from.y + from.h;
      const y1 = to.row === r + 1 ? to.y : (rowTop[r + 1] ?? to.y);
      const t = y1 > y0 ? ((labelCentre[r] ?? y0) - y0) / (y1 - y0) : 0.5;
      return { e, desired: from.x + (to.x - from.x) * Math.min(1, Math.max(0, t)) };
    });
    wish.sort((a, b) => a.desired - b.desired || (byId.get(a.e.to)?.row ?? 0) - (byId.get(b.e.to)?.row ?? 0));
    const xs = spreadBlocks(wish.map((w) => ({ desired: w.desired, w: m.labelWidth })), m.labelSpacing);
    wish.forEach((w, i) => (w.e.lx = round(xs[i] ?? w.desired)));
  });

  // Routes: parent → label → (a free channel through each row crossed) → child.
  const freeX = (row: readonly ChartNode[], want: number): number => {
    for (const n of row) {
      const left = n.x - n.w / 2 - m.channel;
      const right = n.x + n.w / 2 + m.channel;
      if (want > left && want < right) return want - left < right - want ? left : right;
    }
    return want;
  };
  const chartEdges: ChartEdge[] = labelled.map((e) => {
    const from = byId.get(e.from) as ChartNode;
    const to = byId.get(e.to) as ChartNode;
    const r = from.row;
    const ly = labelCentre[r] ?? from.y + from.h;
    const points: [number, number][] = [[from.x, from.y + from.h], [e.lx, ly]];
    for (let k = r + 1; k < to.row; k++) {
      const top = rowTop[k] ?? 0;
      const span = to.y - ly || 1;
      const want = e.lx + (to.x - e.lx) * ((top - ly) / span);
      const x = freeX(rows[k] ?? [], want);
      points.push([x, top], [x, top + (rowHeight[k] ?? 0)]);
    }
    points.push([to.x, to.y]);
    let d = `M${round(from.x)},${round(from.y + from.h)}`;
    for (let i = 1; i < points.length; i++) {
      const [x1, y1] = points[i - 1] as [number, number];
      const [x2, y2] = points[i] as [number, number];
      d += x1 === x2 ? ` L${round(x2)},${round(y2)}` : ` ${sCurve(x1, y1, x2, y2)}`;
    }
    return {
      from: e.from,
      to: e.to,
      optionIds: e.optionIds,
      d,
      label: { x: e.lx - m.labelWidth / 2, y: ly - e.h / 2, w: m.labelWidth, h: e.h, lines: e.lines, gaps: e.gaps },
    };
  });

  // Shift everything so the leftmost box or label sits at the margin.
  const nodes = rows.flat();
  const left = Math.min(...nodes.map((n) => n.x - n.w / 2), ...chartEdges.map((e) => e.label.x));
  const right = Math.max(...nodes.map((n) => n.x + n.w / 2), ...chartEdges.map((e) => e.label.x + e.label.w));
  const dx = round(m.margin - left);
  const shiftPath = (d: string) => d.replace(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g, (_, x: string, yy: string) => `${round(Number(x) + dx)},${yy}`);
  for (const n of nodes) n.x = round(n.x + dx);
  for (const e of chartEdges) {
    e.d = shiftPath(e.d);
    e.label.x = round(e.label.x + dx);
    e.label.y = round(e.label.y);
  }
  for (const n of nodes) n.y = round(n.y);
  return { width: Math.ceil(right - left + 2 * m.margin), height: Math.ceil(height), nodes, edges: chartEdges };
}

/** Below this scale the chart's text gets too small to read: its container scrolls instead of shrinking it. */
export const chartMinScale = 0.8;

/**
 * The narrowest widget (in rem, a multiple of 5 from 50 to 100) that fits the question panel (24rem) beside
 * the chart at its smallest legible scale; narrower widgets put the chart below. The stylesheet has one
 * container query per value.
 */
export function chartBreakpointRem(chart: Pick<Chart, 'width'>): number {
  const needed = (24 * 16 + 20 + chart.width * chartMinScale + 34) / 16;
  return Math.min(100, Math.max(50, Math.ceil(needed / 5) * 5));
}

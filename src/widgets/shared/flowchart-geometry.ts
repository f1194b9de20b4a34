import dagre from '@dagrejs/dagre';
import type { Locale } from '../../core/i18n/locales';
import type { DecisionGraph, NodeId } from '../../core/algorithms/decision-graph';
import { layoutGraph } from '../../core/algorithms/graph-layout';
import { boxKey, chartMetrics, type Chart, type ChartEdge, type ChartLabelLine, type ChartNode } from './flowchart-chart';

export { chartMetrics, chartMinScale, chartBreakpointRem, type Chart, type ChartEdge, type ChartLabelLine, type ChartNode } from './flowchart-chart';

/**
 * Pixel geometry for drawing a decision graph as an SVG flowchart, laid out by dagre at BUILD time (the
 * Astro wrapper of the walkthrough and the slide figure call it; no page ships it). Each arrow's answer
 * label is a box of its own that dagre places in a row between the two rows it joins, so labels never
 * overlap boxes or each other, and dagre orders every row to avoid crossings. Arrows are then drawn
 * straight down through each row they cross (beside the boxes there, never through them) and as smooth
 * S-curves in the free space between rows; the arrows that leave or reach one box get ends of their own,
 * ordered like their other ends, so a fan of arrows never reads as a single arrow pointing back up.
 * Where no order avoids crossings, a recommendation several questions lead to is drawn once per question
 * (`ChartNode.via`); the views light only the copy on the path taken (`boxOnPath` in flowchart-chart.ts).
 */

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

const round = (n: number): number => Math.round(n * 10) / 10;

/** Cubic with vertical tangents at both ends: a smooth S from (x1,y1) down to (x2,y2), inside their box. */
function sCurve(x1: number, y1: number, x2: number, y2: number): string {
  const my = round((y1 + y2) / 2);
  return `C${round(x1)},${my} ${round(x2)},${my} ${round(x2)},${round(y2)}`;
}

/** x of `count` arrow ends spread along a box's edge around its centre, at most `portSpacing` apart. */
function ports(centre: number, width: number, count: number): number[] {
  if (count <= 1) return [centre];
  const step = Math.min(chartMetrics.portSpacing, (width - 40) / (count - 1));
  return Array.from({ length: count }, (_, i) => round(centre + (i - (count - 1) / 2) * step));
}

interface Grouped {
  from: NodeId;
  to: NodeId;
  /** The box the arrow ends in (`boxKey`: the copy drawn for `from` when `to` is drawn more than once). */
  toKey: string;
  options: ChartLabelLine[][];
  optionIds: string[];
}

type Pt = [number, number];

/** An arrow's path as a polyline: M and L points as given, each cubic sampled in `steps` steps. */
export function pathPoints(d: string, steps = 12): Pt[] {
  const pts: Pt[] = [];
  for (const [, cmd, args] of d.matchAll(/([MLC])([^MLC]*)/g)) {
    const nums = (args ?? '').trim().split(/[\s,]+/).map(Number);
    if (cmd !== 'C') pts.push([nums[0] ?? 0, nums[1] ?? 0]);
    else {
      const [x0, y0] = pts[pts.length - 1] ?? [0, 0];
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = nums;
      for (let k = 1; k <= steps; k++) {
        const t = k / steps;
        const u = 1 - t;
        pts.push([u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3, u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3]);
      }
    }
  }
  return pts;
}

const turn = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
/** Do two segments meet? Touching counts: every arrow has ends of its own, so two arrows never share a point. */
function segmentsMeet(p1: Pt, p2: Pt, q1: Pt, q2: Pt): boolean {
  const overlaps = (a: number, b: number, c: number, d: number) => Math.max(a, b) >= Math.min(c, d) && Math.max(c, d) >= Math.min(a, b);
  if (!overlaps(p1[0], p2[0], q1[0], q2[0]) || !overlaps(p1[1], p2[1], q1[1], q2[1])) return false;
  return turn(q1, q2, p1) * turn(q1, q2, p2) <= 0 && turn(p1, p2, q1) * turn(p1, p2, q2) <= 0;
}

/** How many pairs of arrows cross (or touch) anywhere along their paths. */
export function countCrossings(chart: Pick<Chart, 'edges'>, steps = 12): number {
  const lines = chart.edges.map((e) => {
    const pts = pathPoints(e.d, steps);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { pts, box: [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] as const };
  });
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i]!, lines[j]!];
      if (a.box[1] < b.box[0] || b.box[1] < a.box[0] || a.box[3] < b.box[2] || b.box[3] < a.box[2]) continue;
      let hit = false;
      for (let s = 1; s < a.pts.length && !hit; s++) {
        for (let t = 1; t < b.pts.length && !hit; t++) hit = segmentsMeet(a.pts[s - 1]!, a.pts[s]!, b.pts[t - 1]!, b.pts[t]!);
      }
      if (hit) n++;
    }
  }
  return n;
}

/**
 * dagre's crossing reduction is a heuristic that depends on the order it is given the graph in; a few
 * orders (as written, reversed, and graph-layout.ts's grid order) are tried. Where arrows still cross —
 * two far-apart questions leading to one recommendation, or two questions sharing three answers (A5),
 * which no top-down drawing can untangle — the shared recommendations are drawn once per question that
 * leads to them. The drawing kept has no crossing, then the arrows of each question leave it in the order of
 * its answers, then the fewest copies, then the narrowest. Deterministic, and run once per graph and language.
 */
const built = new WeakMap<DecisionGraph, Partial<Record<Locale, Chart>>>();

export function buildChart(graph: DecisionGraph, lang: Locale): Chart {
  // A build draws each chart on several pages (walkthrough, lesson, slides): lay it out once per graph and language.
  const cached = built.get(graph)?.[lang];
  if (cached) return cached;
  const chart = bestLayout(graph, lang);
  built.set(graph, { ...built.get(graph), [lang]: chart });
  return chart;
}

/** Recommendations reached from more than one question: the boxes that may be drawn once per question. */
function sharedRecommendations(graph: DecisionGraph): NodeId[] {
  const parents = new Map<NodeId, Set<NodeId>>();
  for (const e of layoutGraph(graph).edges) parents.set(e.to, (parents.get(e.to) ?? new Set()).add(e.from));
  return [...parents].filter(([id, from]) => from.size > 1 && graph.nodes[id]?.kind === 'recommendation').map(([id]) => id);
}

/** Subsets of `items`, smallest first (all of them only for a handful; else none, each alone, and all). */
function subsetsBySize<T>(items: readonly T[]): T[][] {
  if (items.length > 6) return [[], ...items.map((i) => [i]), [...items]];
  const all: T[][] = [[]];
  for (const item of items) for (const s of [...all]) all.push([...s, item]);
  return all.sort((a, b) => a.length - b.length);
}

/** Pairs of arrows that leave a question in the opposite order of its answers (the reader scans answers left to right). */
export function answerOrderSwaps(graph: DecisionGraph, chart: Pick<Chart, 'edges'>): number {
  let swaps = 0;
  const startX = (e: ChartEdge) => Number(/^M(-?[\d.]+)/.exec(e.d)?.[1] ?? 0);
  for (const [from, node] of Object.entries(graph.nodes)) {
    if (node.kind !== 'question') continue;
    const rank = (e: ChartEdge) => node.options.findIndex((o) => o.id === e.optionIds[0]);
    const out = chart.edges.filter((e) => e.from === from).sort((a, b) => rank(a) - rank(b));
    for (let i = 0; i < out.length; i++) for (let j = i + 1; j < out.length; j++) if (startX(out[i]!) > startX(out[j]!)) swaps++;
  }
  return swaps;
}

function bestLayout(graph: DecisionGraph, lang: Locale): Chart {
  let best: { chart: Chart; score: number[] } | undefined;
  const better = (a: number[], b: number[]) => {
    const i = a.findIndex((v, k) => v !== b[k]);
    return i >= 0 && (a[i] ?? 0) < (b[i] ?? 0);
  };
  const perfect = () => best !== undefined && best.score[0] === 0 && best.score[1] === 0;
  // First with each question's answers held in order (what reads best; given in reverse, which untangled
  // every chart so far), then, only if that leaves crossings or swapped answers, with dagre free to reorder.
  for (const constrained of [true, false]) {
    for (const copies of subsetsBySize(sharedRecommendations(graph))) {
      for (const variant of constrained ? [1, 3, 5, 7] : [0, 1, 2, 3, 4, 5, 6, 7]) {
        const chart = layoutChart(graph, lang, new Set(copies), { reverseNodes: (variant & 1) === 1, reverseEdges: (variant & 2) === 2, gridOrder: (variant & 4) === 4, constrained });
        const score = [countCrossings(chart, 6), answerOrderSwaps(graph, chart), copies.length, chart.width];
        if (!best || better(score, best.score)) best = { chart, score };
      }
      // Fewest copies first: a box drawn once reads better than two, as long as nothing crosses and the answers
      // keep their order (the walkthrough lists them in that order; a reader matches one to the other).
      if (perfect()) break;
    }
    if (perfect()) break;
  }
  return (best as { chart: Chart }).chart;
}

function layoutChart(
  graph: DecisionGraph,
  lang: Locale,
  copies: ReadonlySet<NodeId>,
  order: { reverseNodes: boolean; reverseEdges: boolean; gridOrder: boolean; constrained: boolean },
): Chart {
  const m = chartMetrics;
  const layout = layoutGraph(graph);

  // Boxes with wrapped text; a recommendation in `copies` gets one box per question leading to it.
  const nodes: ChartNode[] = [];
  for (const id of Object.keys(layout.positions)) {
    const node = graph.nodes[id];
    if (!node) continue;
    const text = node.kind === 'question' ? node.text[lang] : node.title[lang];
    const lines = wrapText(text, m.nodeWidth - 2 * m.nodePadX, m.nodeFont);
    const box = { id, kind: node.kind, x: 0, y: 0, w: m.nodeWidth, h: lines.length * m.nodeLine + 2 * m.nodePadY, lines, text, row: 0 };
    if (!copies.has(id)) nodes.push(box);
    else for (const via of new Set(layout.edges.filter((e) => e.to === id).map((e) => e.from))) nodes.push({ ...box, lines: [...lines], via });
  }
  const byId = new Map(nodes.map((n) => [boxKey(n), n]));
  const toKey = (from: NodeId, to: NodeId) => (copies.has(to) ? boxKey({ id: to, via: from }) : to);

  // Parallel options (same from → to) share one arrow; its label lists each answer, bulleted when several.
  const grouped = new Map<string, Grouped>();
  for (const e of layout.edges) {
    if (!byId.has(e.from) || !byId.has(toKey(e.from, e.to))) continue;
    const key = `${e.from}\u0000${e.to}`;
    const g = grouped.get(key) ?? { from: e.from, to: e.to, toKey: toKey(e.from, e.to), options: [], optionIds: [] };
    g.options.push([]);
    g.optionIds.push(e.optionId);
    grouped.set(key, g);
  }
  for (const g of grouped.values()) {
    const question = graph.nodes[g.from];
    const several = g.optionIds.length > 1;
    g.options = g.optionIds.map((optionId) => {
      const option = question?.kind === 'question' ? question.options.find((o) => o.id === optionId) : undefined;
      const text = option?.label[lang] ?? optionId;
      if (!several) return wrapText(text, m.labelWidth - 2 * m.labelPadX, m.labelFont).map((line) => ({ text: line, optionId }));
      // The bullet stays on the line of the answer's first word: wrap in the width left beside it, unless the
      // first word alone is longer than that (then it gets the full line and the estimate's slack absorbs the bullet).
      const inner = m.labelWidth - 2 * m.labelPadX;
      const narrow = inner - 2 * m.labelFont * m.charWidth;
      const firstWord = text.split(/\s+/)[0] ?? '';
      const lines = wrapText(text, firstWord.length > Math.floor(narrow / (m.labelFont * m.charWidth)) ? inner : narrow, m.labelFont);
      return lines.map((line, i) => ({ text: i === 0 ? `• ${line}` : line, optionId }));
    });
  }
  const labelled = [...grouped.values()].map((g) => {
    const lines = g.options.flat();
    const gaps: number[] = [];
    let h = 2 * m.labelPadY;
    g.options.forEach((opt, k) => {
      if (k > 0) {
        gaps.push(lines.indexOf(opt[0] as ChartLabelLine));
        h += m.labelGap;
      }
      h += opt.length * m.labelLine;
    });
    // As wide as the longest line (by the same generous glyph estimate that wrapped it), so short answers
    // ("Yes", "Radiotherapy") take little room and the arrows beside them stay clear.
    const longest = Math.max(...lines.map((l) => l.text.length));
    const w = Math.min(m.labelWidth, Math.ceil(longest * m.labelFont * m.charWidth + 2 * m.labelPadX));
    return { ...g, lines, gaps, h, w };
  });

  // dagre: answer labels become boxes in a row of their own between the rows they join (it halves ranksep
  // to make that row, hence the doubling). Insertion order follows the graph's option order, which dagre
  // keeps when two orders cross equally often.
  const g = new dagre.graphlib.Graph<object, { width: number; height: number; x?: number; y?: number }, { width: number; height: number; labelpos: 'c'; points?: { x: number; y: number }[]; x?: number; y?: number }>();
  g.setGraph({ rankdir: 'TB', nodesep: m.nodeSpacing, edgesep: m.edgeSpacing, ranksep: 2 * m.rowSpacing, marginx: m.margin, marginy: m.margin });
  // Optionally in the grid order graph-layout.ts computes (rows, then columns that keep children under their parents).
  const at = (id: NodeId) => layout.positions[id] ?? { row: 0, col: 0 };
  const gridNodes = order.gridOrder ? [...nodes].sort((a, b) => at(a.id).row - at(b.id).row || at(a.id).col - at(b.id).col) : nodes;
  const gridEdges = order.gridOrder ? [...labelled].sort((a, b) => at(a.to).row - at(b.to).row || at(a.to).col - at(b.to).col) : labelled;
  for (const n of order.reverseNodes ? [...gridNodes].reverse() : gridNodes) g.setNode(boxKey(n), { width: n.w, height: n.h });
  for (const e of order.reverseEdges ? [...gridEdges].reverse() : gridEdges) g.setEdge(e.from, e.toKey, { width: e.w, height: e.h, labelpos: 'c' });
  // Each question's next boxes in the order of its answers, where dagre's sweeps would otherwise swap them.
  const constraints: { left: string; right: string }[] = [];
  for (const [from, node] of Object.entries(graph.nodes)) {
    if (node.kind !== 'question' || !byId.has(from)) continue;
    const next = [...new Set(node.options.map((o) => toKey(from, o.next)))].filter((k) => byId.has(k));
    for (let i = 1; i < next.length; i++) constraints.push({ left: next[i - 1] as string, right: next[i] as string });
  }
  dagre.layout(g, order.constrained ? { constraints } : undefined);

  for (const n of nodes) {
    const placed = g.node(boxKey(n));
    n.x = round(placed.x ?? 0);
    n.y = round((placed.y ?? 0) - n.h / 2);
  }

  // Row bands: everything dagre put at one y (boxes, labels, arrows passing through) shares a band as tall
  // as its tallest member; arrows run vertically through a band and curve only in the gaps between bands.
  const bands = new Map<number, number>();
  const band = (y: number, h: number) => bands.set(round(y), Math.max(bands.get(round(y)) ?? 0, h));
  const centre = (n: ChartNode) => round(n.y + n.h / 2);
  for (const n of nodes) band(centre(n), n.h);
  const placed = labelled.map((e) => {
    const label = g.edge(e.from, e.toKey);
    const lx = round(label.x ?? 0);
    const ly = round(label.y ?? 0);
    band(ly, e.h);
    // dagre's points: the end on the source box, the dummy of each row crossed (one is the label), the end on the target.
    const middle = (label.points ?? []).slice(1, -1).map((p) => ({ x: round(p.x), y: round(p.y) }));
    for (const p of middle) band(p.y, 0);
    return { ...e, lx, ly, middle };
  });
  const bandYs = [...bands.keys()].sort((a, b) => a - b);
  const bandIndex = new Map(bandYs.map((y, i) => [y, i]));
  const nodeRanks = [...new Set(nodes.map(centre))].sort((a, b) => a - b);
  for (const n of nodes) n.row = nodeRanks.indexOf(centre(n));

  // A box alone in its row (the root, usually) sits over the middle of where its arrows go next: dagre
  // aligns it with one child, which makes the others' arrows run flat along the row.
  for (const n of nodes) {
    const alone = nodes.every((o) => o === n || centre(o) !== centre(n)) && placed.every((e) => e.ly !== centre(n) && e.middle.every((p) => p.y !== centre(n)));
    const next = placed.filter((e) => e.from === boxKey(n)).map((e) => e.middle[0]?.x ?? (byId.get(e.toKey) as ChartNode).x);
    if (alone && next.length > 1) n.x = round((Math.min(...next) + Math.max(...next)) / 2);
  }

  // Arrow ends: spread along the box edge, ordered by where the arrow goes next (or comes from).
  type Placed = (typeof placed)[number];
  const firstX = (e: Placed) => e.middle[0]?.x ?? (byId.get(e.toKey) as ChartNode).x;
  const lastX = (e: Placed) => e.middle[e.middle.length - 1]?.x ?? (byId.get(e.from) as ChartNode).x;
  const startX = new Map<Placed, number>();
  const endX = new Map<Placed, number>();
  for (const n of nodes) {
    const out = placed.filter((e) => e.from === boxKey(n)).sort((a, b) => firstX(a) - firstX(b));
    ports(n.x, n.w, out.length).forEach((x, i) => startX.set(out[i] as Placed, x));
    const inc = placed.filter((e) => e.toKey === boxKey(n)).sort((a, b) => lastX(a) - lastX(b));
    ports(n.x, n.w, inc.length).forEach((x, i) => endX.set(inc[i] as Placed, x));
  }

  // Vertical runs, as offsets from their band's centre: down from the source box to the foot of its band,
  // through the band of each row crossed, into the target box from the top of its band.
  interface Run { x: number; band: number; top: number; bottom: number }
  const half = (y: number) => (bands.get(y) ?? 0) / 2;
  const routes = placed.map((e) => {
    const from = byId.get(e.from) as ChartNode;
    const to = byId.get(e.toKey) as ChartNode;
    const runs: Run[] = [{ x: startX.get(e) ?? from.x, band: bandIndex.get(centre(from)) ?? 0, top: from.h / 2, bottom: half(centre(from)) }];
    for (const p of e.middle) runs.push({ x: p.x, band: bandIndex.get(p.y) ?? 0, top: -half(p.y), bottom: half(p.y) });
    runs.push({ x: endX.get(e) ?? to.x, band: bandIndex.get(centre(to)) ?? 0, top: -half(centre(to)), bottom: -to.h / 2 });
    return { e, runs };
  });

  // Gaps between bands grow with the sideways distance the arrows in them travel, so a long arrow bends
  // gently instead of running flat along the row above (where it would read as a line joining the boxes).
  const travel = bandYs.map(() => 0);
  for (const { runs } of routes) {
    for (let i = 1; i < runs.length; i++) {
      const [a, b] = [runs[i - 1] as Run, runs[i] as Run];
      travel[b.band] = Math.max(travel[b.band] ?? 0, Math.abs(b.x - a.x));
    }
  }
  const bandY: number[] = [];
  bandYs.forEach((y, i) => {
    if (i === 0) bandY.push(m.margin + half(y));
    else {
      const gap = Math.min(m.maxGap, Math.max(m.rowSpacing, (travel[i] ?? 0) * m.gapPerTravel));
      bandY.push((bandY[i - 1] ?? 0) + half(bandYs[i - 1] ?? 0) + gap + half(y));
    }
  });
  for (const n of nodes) n.y = round((bandY[bandIndex.get(centre(n)) ?? 0] ?? 0) - n.h / 2);
  const lastBand = bandYs[bandYs.length - 1] ?? 0;
  const height = (bandY[bandY.length - 1] ?? 0) + half(lastBand) + m.margin;

  const edges: ChartEdge[] = routes.map(({ e, runs }) => {
    const at = (r: Run) => bandY[r.band] ?? 0;
    const first = runs[0] as Run;
    let d = `M${round(first.x)},${round(at(first) + first.top)}`;
    runs.forEach((r, i) => {
      const top = at(r) + r.top;
      const bottom = at(r) + r.bottom;
      if (i > 0) {
        const p = runs[i - 1] as Run;
        const pBottom = at(p) + p.bottom;
        d += p.x === r.x ? ` L${round(r.x)},${round(top)}` : ` ${sCurve(p.x, pBottom, r.x, top)}`;
      }
      if (bottom > top) d += ` L${round(r.x)},${round(bottom)}`;
    });
    const ly = bandY[bandIndex.get(e.ly) ?? 0] ?? 0;
    return {
      from: e.from,
      to: e.to,
      optionIds: e.optionIds,
      d,
      label: { x: round(e.lx - e.w / 2), y: round(ly - e.h / 2), w: e.w, h: e.h, lines: e.lines, gaps: e.gaps },
    };
  });

  const size = g.graph() as { width?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(height), nodes, edges };
}

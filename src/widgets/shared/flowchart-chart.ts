import type { NodeId } from '../../core/algorithms/decision-graph';

/**
 * The drawn flowchart as plain data: what the walkthrough island and the slide figure need to paint it.
 * The layout that fills it in (flowchart-geometry.ts, with dagre) runs at build time only, so this file is
 * all a page ships: sizes, types and two small helpers, no layout code.
 */

export const chartMetrics = {
  nodeWidth: 250,
  nodeFont: 17,
  nodeLine: 22,
  nodePadX: 14,
  nodePadY: 12,
  /** Widest answer label; a label is as wide as its longest line (labels wrap at this width). */
  labelWidth: 200,
  labelFont: 14,
  labelLine: 18,
  labelPadX: 7,
  labelPadY: 5,
  /** Space between two answers of one arrow's label (an arrow merges the options that lead to the same node). */
  labelGap: 6,
  /** Horizontal space between neighbouring boxes and labels of one row. */
  nodeSpacing: 24,
  /** Horizontal space between an arrow passing through a row and the boxes beside it. */
  edgeSpacing: 12,
  /** Vertical space between a row of boxes and the row of answer labels under it. */
  rowSpacing: 26,
  /** A gap between rows grows by this share of the widest sideways step an arrow takes in it, up to maxGap. */
  gapPerTravel: 0.12,
  maxGap: 120,
  margin: 12,
  /**
   * Average glyph width as a share of the font size: generous, so a line never overflows its box, even in
   * bold (the current step, the answer taken) in a wide system font (DejaVu Sans; 0.56 let bold lines reach
   * the border there).
   */
  charWidth: 0.6,
  /** Distance between the ends of two arrows that leave (or reach) the same box. */
  portSpacing: 22,
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
  /** Rank from the top (0 = the root's row). */
  row: number;
  /**
   * Set when a recommendation that several questions lead to is drawn once per question (so no arrow has to
   * cross the chart to reach it): this box is the one the arrows from `via` lead to. Unset on a box drawn once.
   */
  via?: NodeId;
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
  /** SVG path data, from the bottom of `from` through its label to the top of `to`. */
  d: string;
  label: { x: number; y: number; w: number; h: number; lines: ChartLabelLine[]; gaps: number[] };
}

export interface Chart {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** The box's key in the drawing: the node id, or `id@via` for one of its copies. */
export const boxKey = (n: Pick<ChartNode, 'id' | 'via'>): string => (n.via ? `${n.id}@${n.via}` : n.id);

/** The box an arrow from `from` to `to` ends in (the copy drawn for `from`, when `to` is drawn more than once). */
export function targetBox(chart: Pick<Chart, 'nodes'>, from: NodeId, to: NodeId): ChartNode | undefined {
  return chart.nodes.find((n) => n.id === to && (n.via === undefined || n.via === from));
}

/**
 * Is this box on the walk `visited` (root first)? A copy is only when the walk reaches its node from the
 * copy's own question, so the path lights the box the arrow taken leads to, never its twin elsewhere.
 */
export function boxOnPath(n: Pick<ChartNode, 'id' | 'via'>, visited: readonly NodeId[]): boolean {
  const at = visited.indexOf(n.id);
  return at >= 0 && (n.via === undefined || visited[at - 1] === n.via);
}

/** Below this scale the chart's text gets too small to read beside the question panel. */
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

/** Baselines of a label's lines, the extra gap before each new answer included (shared by both renderers). */
export function labelBaselines(label: ChartEdge['label']): number[] {
  const m = chartMetrics;
  let y = label.y + m.labelPadY;
  return label.lines.map((_, i) => {
    if (label.gaps.includes(i)) y += m.labelGap;
    const baseline = y + m.labelLine * 0.76;
    y += m.labelLine;
    return Math.round(baseline * 10) / 10;
  });
}

/**
 * Where a label's lines start: a single answer is centred on its arrow; a list of answers (bulleted) reads
 * flush left, each wrapped line under the first word after its bullet.
 */
export function labelTextX(label: ChartEdge['label']): { anchor: 'middle' | 'start'; x: (i: number) => number } {
  const m = chartMetrics;
  if (label.gaps.length === 0) return { anchor: 'middle', x: () => Math.round((label.x + label.w / 2) * 10) / 10 };
  const left = label.x + m.labelPadX;
  return { anchor: 'start', x: (i) => Math.round((label.lines[i]?.text.startsWith('• ') ? left : left + m.labelFont * 0.62) * 10) / 10 };
}

/** Baseline of line i of a node box. */
export const nodeBaseline = (n: Pick<ChartNode, 'y'>, i: number): number =>
  Math.round((n.y + chartMetrics.nodePadY + i * chartMetrics.nodeLine + chartMetrics.nodeLine * 0.76) * 10) / 10;

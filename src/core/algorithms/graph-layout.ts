import type { Localized } from '../i18n/locales';
import { reachableNodes, type DecisionGraph, type NodeId } from './decision-graph';

/**
 * Grid positions for drawing a graph as a top-down flowchart (an SVG view maps col/row to pixels).
 * If every node carries a `layout` hint the hints are used as given; otherwise rows are the longest
 * distance from the root (so every arrow points downward, even into shared nodes) and columns are the
 * order within the row, placing children under their parents where possible.
 */
export interface GridPosition {
  col: number;
  row: number;
}

export interface LayoutEdge {
  from: NodeId;
  to: NodeId;
  optionId: string;
  label: Localized;
}

export interface GraphLayout {
  source: 'hints' | 'computed';
  positions: Record<NodeId, GridPosition>;
  /** Number of rows, and of columns in the widest row. */
  rows: number;
  cols: number;
  /** Nodes per row, so a view can centre narrower rows. */
  rowSizes: number[];
  edges: LayoutEdge[];
}

function edgesOf(graph: DecisionGraph, nodes: ReadonlySet<NodeId>): LayoutEdge[] {
  const edges: LayoutEdge[] = [];
  for (const from of nodes) {
    const node = graph.nodes[from];
    if (node?.kind !== 'question') continue;
    for (const o of node.options) {
      if (nodes.has(o.next)) edges.push({ from, to: o.next, optionId: o.id, label: o.label });
    }
  }
  return edges;
}

function fromHints(graph: DecisionGraph): GraphLayout | undefined {
  const positions: Record<NodeId, GridPosition> = {};
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (!node.layout) return undefined;
    positions[id] = { col: node.layout.col, row: node.layout.row };
  }
  const all = Object.values(positions);
  const rows = all.length ? Math.max(...all.map((p) => p.row)) + 1 : 0;
  const cols = all.length ? Math.max(...all.map((p) => p.col)) + 1 : 0;
  const rowSizes = Array.from({ length: rows }, (_, r) => {
    const inRow = all.filter((p) => p.row === r);
    return inRow.length ? Math.max(...inRow.map((p) => p.col)) + 1 : 0;
  });
  return { source: 'hints', positions, rows, cols, rowSizes, edges: edgesOf(graph, new Set(Object.keys(positions))) };
}

/** Positions for the nodes reachable from the root; unreachable nodes are left out (validateGraph reports them). */
export function layoutGraph(graph: DecisionGraph): GraphLayout {
  const hinted = fromHints(graph);
  if (hinted && Object.keys(hinted.positions).length > 0) return hinted;

  const order = reachableNodes(graph);
  const nodes = new Set(order);
  const preorder = new Map(order.map((id, i) => [id, i]));
  const edges = edgesOf(graph, nodes);

  // Forward edges only: an edge back to a node earlier in the depth-first order would be part of a cycle.
  const onStack = new Set<NodeId>();
  const done = new Set<NodeId>();
  const forward: LayoutEdge[] = [];
  const dfs = (id: NodeId): void => {
    onStack.add(id);
    for (const e of edges.filter((x) => x.from === id)) {
      if (onStack.has(e.to)) continue;
      forward.push(e);
      if (!done.has(e.to)) dfs(e.to);
    }
    onStack.delete(id);
    done.add(id);
  };
  if (nodes.has(graph.root)) dfs(graph.root);

  // Longest-path layering over the acyclic forward edges (relaxed until stable; graphs are small).
  const depth = new Map<NodeId, number>(order.map((id) => [id, 0]));
  for (let changed = true, guard = 0; changed && guard <= order.length; guard++) {
    changed = false;
    for (const e of forward) {
      const d = (depth.get(e.from) ?? 0) + 1;
      if (d > (depth.get(e.to) ?? 0)) {
        depth.set(e.to, d);
        changed = true;
      }
    }
  }

  const rows = order.length ? Math.max(...order.map((id) => depth.get(id) ?? 0)) + 1 : 0;
  const positions: Record<NodeId, GridPosition> = {};
  const rowSizes: number[] = [];
  for (let row = 0; row < rows; row++) {
    const inRow = order.filter((id) => depth.get(id) === row);
    // Barycentre of already placed parents, so a child sits under the node it comes from.
    const key = (id: NodeId): number => {
      const parents = forward.filter((e) => e.to === id && positions[e.from] !== undefined);
      if (parents.length === 0) return preorder.get(id) ?? 0;
      const mean = parents.reduce((sum, e) => sum + (positions[e.from]?.col ?? 0), 0) / parents.length;
      return mean;
    };
    const keyed = inRow.map((id) => ({ id, k: key(id), p: preorder.get(id) ?? 0 }));
    keyed.sort((a, b) => a.k - b.k || a.p - b.p);
    keyed.forEach(({ id }, col) => {
      positions[id] = { col, row };
    });
    rowSizes.push(inRow.length);
  }
  return { source: 'computed', positions, rows, cols: Math.max(0, ...rowSizes), rowSizes, edges };
}

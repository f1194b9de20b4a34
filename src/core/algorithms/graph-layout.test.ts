import { describe, it, expect } from 'vitest';
import { defineGraph, type DecisionGraph, type GraphNode } from './decision-graph';
import { layoutGraph } from './graph-layout';
import { algorithmIds, getAlgorithm } from './registry';

const t = (s: string) => ({ it: `${s} (it)`, en: s });
const q = (options: [string, string][]): GraphNode => ({
  kind: 'question',
  text: t('Q'),
  why: t('Why'),
  refs: [],
  options: options.map(([id, next]) => ({ id, label: t(id), next })),
});
const r: GraphNode = { kind: 'recommendation', title: t('R'), explanation: t('E'), refs: ['gangi2010'] };

/** root → (a → x | y) | (b → y); y is shared, so longest-path layering puts it below a and b. */
const diamond: DecisionGraph = {
  id: 'diamond',
  title: t('Diamond'),
  summary: t('S'),
  refs: ['gangi2010'],
  root: 'root',
  nodes: {
    root: q([
      ['a', 'a'],
      ['b', 'b'],
    ]),
    a: q([
      ['x', 'x'],
      ['y', 'y'],
      ['skip', 'z'],
    ]),
    b: q([['y', 'y']]),
    x: r,
    y: r,
    z: r,
  },
};

describe('layoutGraph (computed)', () => {
  const layout = layoutGraph(diamond);

  it('puts rows at the longest distance from the root', () => {
    expect(layout.source).toBe('computed');
    expect(layout.positions.root).toEqual({ col: 0, row: 0 });
    expect(layout.positions.a?.row).toBe(1);
    expect(layout.positions.b?.row).toBe(1);
    expect(layout.positions.x?.row).toBe(2);
    expect(layout.positions.y?.row).toBe(2);
    expect(layout.positions.z?.row).toBe(2);
    expect(layout.rows).toBe(3);
    expect(layout.rowSizes).toEqual([1, 2, 3]);
    expect(layout.cols).toBe(3);
  });

  it('orders columns by option order, children under their parents', () => {
    expect(layout.positions.a?.col).toBe(0);
    expect(layout.positions.b?.col).toBe(1);
    // x and z hang from a (col 0); y from a and b (mean col 0.5), so it sits to their right.
    expect([layout.positions.x?.col, layout.positions.z?.col, layout.positions.y?.col]).toEqual([0, 1, 2]);
  });

  it('gives each node its own cell and lists every edge', () => {
    const cells = Object.values(layout.positions).map((p) => `${p.row}:${p.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(layout.edges).toHaveLength(6);
    expect(layout.edges.every((e) => (layout.positions[e.to]?.row ?? 0) > (layout.positions[e.from]?.row ?? 0))).toBe(true);
  });

  it('leaves unreachable nodes out and survives cycles', () => {
    const g: DecisionGraph = {
      ...diamond,
      nodes: { ...diamond.nodes, orphan: r, b: q([['back', 'root'], ['y', 'y']]) },
    };
    const l = layoutGraph(g);
    expect(l.positions.orphan).toBeUndefined();
    expect(Object.keys(l.positions).sort()).toEqual(['a', 'b', 'root', 'x', 'y', 'z']);
  });
});

describe('layoutGraph (hints)', () => {
  it('uses the hints when every node has one', () => {
    const g = defineGraph({
      id: 'hinted',
      title: t('H'),
      summary: t('S'),
      refs: ['gangi2010'],
      root: 'root',
      nodes: {
        root: { ...q([['go', 'end']]), layout: { col: 1, row: 0 } },
        end: { ...r, layout: { col: 0, row: 2 } },
      },
    });
    const l = layoutGraph(g);
    expect(l.source).toBe('hints');
    expect(l.positions).toEqual({ root: { col: 1, row: 0 }, end: { col: 0, row: 2 } });
    expect(l.rows).toBe(3);
    expect(l.cols).toBe(2);
    expect(l.edges).toEqual([{ from: 'root', to: 'end', optionId: 'go', label: t('go') }]);
  });

  it('computes a layout when only some nodes have hints', () => {
    const g: DecisionGraph = { ...diamond, nodes: { ...diamond.nodes, root: { ...q([['a', 'a'], ['b', 'b']]), layout: { col: 5, row: 5 } } } };
    expect(layoutGraph(g).source).toBe('computed');
  });
});

describe.each(algorithmIds)('layout of %s', (id) => {
  it('places every node in a distinct cell with arrows pointing down', () => {
    const graph = getAlgorithm(id);
    const l = layoutGraph(graph);
    expect(Object.keys(l.positions).sort()).toEqual(Object.keys(graph.nodes).sort());
    const cells = Object.values(l.positions).map((p) => `${p.row}:${p.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const e of l.edges) expect(l.positions[e.to]!.row).toBeGreaterThan(l.positions[e.from]!.row);
  });
});

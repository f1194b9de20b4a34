import { describe, it, expect } from 'vitest';
import {
  allPaths,
  answersOf,
  defineGraph,
  validateGraph,
  walk,
  type DecisionGraph,
  type GraphIssue,
  type GraphNode,
} from './decision-graph';

const t = (s: string) => ({ it: `${s} (it)`, en: s });

const rec = (name: string): GraphNode => ({
  kind: 'recommendation',
  title: t(name),
  explanation: t(`why ${name}`),
  refs: ['gangi2010'],
});

/** A small healthy graph: goal → (curative → A) | (palliative → need → B | C, and shared → A). */
const good = defineGraph({
  id: 'fixture',
  title: t('Fixture'),
  summary: t('A test graph'),
  refs: ['gangi2010'],
  root: 'goal',
  nodes: {
    goal: {
      kind: 'question',
      text: t('Goal?'),
      why: t('Because'),
      refs: [],
      options: [
        { id: 'curative', label: t('Curative'), next: 'a' },
        { id: 'palliative', label: t('Palliative'), next: 'need' },
      ],
    },
    need: {
      kind: 'question',
      text: t('Need?'),
      why: t('Because'),
      refs: [],
      options: [
        { id: 'consolidation', label: t('Consolidation'), next: 'b' },
        { id: 'pain', label: t('Pain'), next: 'c' },
        { id: 'both', label: t('Both'), next: 'a' },
      ],
    },
    a: rec('A'),
    b: rec('B'),
    c: rec('C'),
  },
});

/** A copy of `good` with some nodes replaced (or removed with `undefined`). */
function broken(patch: Record<string, GraphNode | undefined>, root = 'goal'): DecisionGraph {
  const nodes: Record<string, GraphNode> = { ...good.nodes };
  for (const [id, node] of Object.entries(patch)) {
    if (node) nodes[id] = node;
    else delete nodes[id];
  }
  return { ...good, root, nodes };
}

const kinds = (issues: GraphIssue[]) => issues.map((i) => i.kind);

describe('validateGraph', () => {
  it('accepts a healthy graph', () => {
    expect(validateGraph(good)).toEqual([]);
  });

  it('reports an unknown root', () => {
    const issues = validateGraph(broken({}, 'nowhere'));
    expect(issues).toContainEqual({ kind: 'unknown-root', root: 'nowhere' });
    // Nothing is reachable from a root that does not exist.
    expect(issues.filter((i) => i.kind === 'unreachable')).toHaveLength(5);
  });

  it('reports an unreachable node', () => {
    expect(validateGraph(broken({ orphan: rec('Orphan') }))).toEqual([{ kind: 'unreachable', nodeId: 'orphan' }]);
  });

  it('reports a question with no options as a dead end', () => {
    const issues = validateGraph(
      broken({ need: { kind: 'question', text: t('Need?'), why: t('Because'), refs: [], options: [] } }),
    );
    expect(issues).toContainEqual({ kind: 'dead-end', nodeId: 'need' });
  });

  it('reports an option leading to a missing node', () => {
    const issues = validateGraph(broken({ c: undefined }));
    expect(issues).toEqual([{ kind: 'missing-node', nodeId: 'need', optionId: 'pain', target: 'c' }]);
  });

  it('reports a cycle once, however it is entered', () => {
    const issues = validateGraph(
      broken({
        need: {
          kind: 'question',
          text: t('Need?'),
          why: t('Because'),
          refs: [],
          options: [
            { id: 'consolidation', label: t('Consolidation'), next: 'b' },
            { id: 'again', label: t('Again'), next: 'loop' },
          ],
        },
        loop: {
          kind: 'question',
          text: t('Loop?'),
          why: t('Because'),
          refs: [],
          options: [{ id: 'back', label: t('Back'), next: 'need' }],
        },
        c: undefined,
      }),
    );
    expect(issues).toEqual([{ kind: 'cycle', cycle: ['loop', 'need'] }]);
  });

  it('reports a self-loop', () => {
    const issues = validateGraph(
      broken({
        need: {
          kind: 'question',
          text: t('Need?'),
          why: t('Because'),
          refs: [],
          options: [
            { id: 'pain', label: t('Pain'), next: 'c' },
            { id: 'stay', label: t('Stay'), next: 'need' },
          ],
        },
        b: undefined,
      }),
    );
    expect(issues).toEqual([{ kind: 'cycle', cycle: ['need'] }]);
  });

  it('reports duplicate option ids and ids that cannot go into a URL', () => {
    const issues = validateGraph(
      broken({
        need: {
          kind: 'question',
          text: t('Need?'),
          why: t('Because'),
          refs: [],
          options: [
            { id: 'pain', label: t('Pain'), next: 'b' },
            { id: 'pain', label: t('Pain again'), next: 'c' },
            { id: 'Pain.Relief', label: t('Bad id'), next: 'a' },
          ],
        },
      }),
    );
    expect(issues).toEqual([
      { kind: 'duplicate-option', nodeId: 'need', optionId: 'pain' },
      { kind: 'bad-option-id', nodeId: 'need', optionId: 'Pain.Relief' },
    ]);
  });

  it('reports missing translations and missing references', () => {
    const issues = validateGraph(
      broken({ b: { kind: 'recommendation', title: { it: '', en: 'B' }, explanation: t('x'), refs: [] } }),
    );
    expect(issues).toEqual([
      { kind: 'empty-text', nodeId: 'b', field: 'title', locale: 'it' },
      { kind: 'missing-refs', nodeId: 'b' },
    ]);
  });

  it('reports an untranslated note or "about" text, which the learner would see blank', () => {
    const g = {
      ...broken({
        b: { kind: 'recommendation', title: t('B'), explanation: t('x'), refs: ['r'], notes: [{ kind: 'pitfall', title: t('T'), text: { it: 'x', en: ' ' }, refs: ['r'] }] },
      }),
      about: { it: '', en: 'How we read it' },
    };
    expect(validateGraph(g)).toEqual([
      { kind: 'empty-text', nodeId: null, field: 'about', locale: 'it' },
      { kind: 'empty-text', nodeId: 'b', field: 'note 1', locale: 'en' },
    ]);
  });

  it('reports several defects together', () => {
    const g = broken({ orphan: rec('Orphan'), c: undefined });
    expect(kinds(validateGraph(g)).sort()).toEqual(['missing-node', 'unreachable']);
  });
});

describe('allPaths', () => {
  it('lists every root-to-recommendation path in option order', () => {
    expect(allPaths(good).map((p) => [p.answers.join('.'), p.recommendation])).toEqual([
      ['curative', 'a'],
      ['palliative.consolidation', 'b'],
      ['palliative.pain', 'c'],
      ['palliative.both', 'a'],
    ]);
    expect(allPaths(good)[1]?.nodeIds).toEqual(['goal', 'need', 'b']);
  });

  it('terminates on broken graphs and skips what it cannot follow', () => {
    expect(allPaths(broken({}, 'nowhere'))).toEqual([]);
    expect(allPaths(broken({ c: undefined })).map((p) => p.answers.join('.'))).toEqual([
      'curative',
      'palliative.consolidation',
      'palliative.both',
    ]);
  });
});

describe('walk', () => {
  it('starts at the root question', () => {
    const r = walk(good, []);
    expect(r.kind).toBe('at-question');
    if (r.kind === 'at-question') {
      expect(r.nodeId).toBe('goal');
      expect(r.path).toEqual([]);
    }
  });

  it('stops at an intermediate question', () => {
    const r = walk(good, ['palliative']);
    expect(r.kind === 'at-question' && r.nodeId).toBe('need');
    expect(answersOf(r)).toEqual(['palliative']);
  });

  it('reaches a recommendation and records the path', () => {
    const r = walk(good, ['palliative', 'pain']);
    expect(r.kind).toBe('at-recommendation');
    if (r.kind === 'at-recommendation') {
      expect(r.nodeId).toBe('c');
      expect(r.node.title.en).toBe('C');
      expect(r.path.map((s) => [s.nodeId, s.option.id])).toEqual([
        ['goal', 'palliative'],
        ['need', 'pain'],
      ]);
    }
  });

  it('reports an unknown option with its index and the allowed ids', () => {
    const r = walk(good, ['palliative', 'surgery', 'pain']);
    expect(r).toMatchObject({
      kind: 'invalid',
      at: 1,
      answer: 'surgery',
      allowed: ['consolidation', 'pain', 'both'],
      reason: 'unknown-option',
      nodeId: 'need',
    });
    expect(answersOf(r)).toEqual(['palliative']);
  });

  it('reports steps after a recommendation', () => {
    const r = walk(good, ['curative', 'pain']);
    expect(r).toMatchObject({ kind: 'invalid', at: 1, answer: 'pain', allowed: [], reason: 'after-recommendation', nodeId: 'a' });
  });

  it('does not mistake inherited object keys for nodes or options', () => {
    expect(walk(good, ['constructor']).kind).toBe('invalid');
    expect(walk(broken({}, 'toString'), []).kind).toBe('broken');
  });

  it('never throws on a broken graph', () => {
    expect(walk(broken({}, 'nowhere'), ['x'])).toEqual({ kind: 'broken', missing: 'nowhere', path: [] });
    const r = walk(broken({ c: undefined }), ['palliative', 'pain']);
    expect(r.kind === 'broken' && r.missing).toBe('c');
    expect(answersOf(r)).toEqual(['palliative', 'pain']);
  });
});

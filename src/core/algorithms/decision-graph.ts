import type { Locale, Localized } from '../i18n/locales';

/**
 * A treatment algorithm as data: a rooted, acyclic graph of questions whose options lead to further
 * questions or to recommendations. The engine below validates a graph, lists every path through it and
 * walks a list of answers; it never throws, so a hand-edited URL can only produce a tagged result.
 */

export type NodeId = string;

/** Optional placement for a flowchart drawing; without hints on every node, `layoutGraph` computes one. */
export interface LayoutHint {
  col: number;
  row: number;
}

export interface GraphOption<N extends string = NodeId> {
  /** Kebab-case, unique within its question: it is the step written in the URL (`?path=a.b`), so keep it stable. */
  id: string;
  label: Localized;
  next: N;
}

export interface QuestionNode<N extends string = NodeId> {
  kind: 'question';
  text: Localized;
  /** Why the question matters: what changes depending on the answer. */
  why: Localized;
  options: readonly GraphOption<N>[];
  refs: readonly string[];
  layout?: LayoutHint;
}

/**
 * A note the learner sees with a recommendation: where sources disagree (discrepancy), a danger to
 * name (pitfall), or how the authors read an ambiguous source (reading, an inference marked as one).
 */
export interface GraphNote {
  kind: 'discrepancy' | 'pitfall' | 'reading';
  title: Localized;
  text: Localized;
  refs: readonly string[];
}

export interface RecommendationNode {
  kind: 'recommendation';
  title: Localized;
  explanation: Localized;
  /** Other options, add-ons or fall-backs that the sources mention for this situation. */
  alternatives?: readonly Localized[];
  notes?: readonly GraphNote[];
  refs: readonly string[];
  layout?: LayoutHint;
}

export type GraphNode<N extends string = NodeId> = QuestionNode<N> | RecommendationNode;

export interface DecisionGraph<Id extends string = string, N extends string = NodeId> {
  id: Id;
  title: Localized;
  summary: Localized;
  /** Reference ids (content/references.yaml) of the sources the graph as a whole follows. */
  refs: readonly string[];
  /**
   * "About this flowchart": where the branching comes from and what the authors had to read into the
   * source (e.g. a drawing without arrows). Shown to the learner before the first question.
   */
  about?: Localized;
  root: N;
  nodes: Readonly<Record<N, GraphNode<N>>>;
}

/**
 * Identity function that lets TypeScript infer the node ids of a graph literal, so that an option
 * pointing to a node that does not exist is a compile error in the data file (validateGraph still
 * checks it at run time, for graphs that bypass this helper).
 */
export function defineGraph<const Id extends string, N extends string>(graph: DecisionGraph<Id, N>): DecisionGraph<Id, N> {
  return graph;
}

// ---------------------------------------------------------------------------------------------------------
// Validation

export type GraphIssue =
  | { kind: 'unknown-root'; root: NodeId }
  | { kind: 'unreachable'; nodeId: NodeId }
  | { kind: 'dead-end'; nodeId: NodeId }
  | { kind: 'missing-node'; nodeId: NodeId; optionId: string; target: NodeId }
  | { kind: 'cycle'; cycle: readonly NodeId[] }
  | { kind: 'duplicate-option'; nodeId: NodeId; optionId: string }
  | { kind: 'bad-option-id'; nodeId: NodeId; optionId: string }
  | { kind: 'empty-text'; nodeId: NodeId | null; field: string; locale: Locale }
  | { kind: 'missing-refs'; nodeId: NodeId | null };

/** Option ids go into URLs joined by '.', so they must be lowercase kebab-case (and therefore dot-free). */
export const optionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function nodeOf(graph: DecisionGraph, id: NodeId): GraphNode | undefined {
  return Object.prototype.hasOwnProperty.call(graph.nodes, id) ? graph.nodes[id] : undefined;
}

function successors(node: GraphNode | undefined): readonly NodeId[] {
  return node?.kind === 'question' ? node.options.map((o) => o.next) : [];
}

function checkText(issues: GraphIssue[], nodeId: NodeId | null, field: string, text: Localized | undefined): void {
  for (const locale of ['it', 'en'] as const) {
    if (!text || typeof text[locale] !== 'string' || text[locale].trim() === '') {
      issues.push({ kind: 'empty-text', nodeId, field, locale });
    }
  }
}

/** Node ids reachable from the root (the root included), in depth-first, option order. */
export function reachableNodes(graph: DecisionGraph): NodeId[] {
  const seen = new Set<NodeId>();
  const order: NodeId[] = [];
  const visit = (id: NodeId): void => {
    if (seen.has(id) || !nodeOf(graph, id)) return;
    seen.add(id);
    order.push(id);
    for (const next of successors(nodeOf(graph, id))) visit(next);
  };
  visit(graph.root);
  return order;
}

/** Every cycle, each reported once (rotated to start at its smallest node id). */
function findCycles(graph: DecisionGraph): NodeId[][] {
  const state = new Map<NodeId, 'open' | 'done'>();
  const stack: NodeId[] = [];
  const cycles = new Map<string, NodeId[]>();
  const visit = (id: NodeId): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of successors(nodeOf(graph, id))) {
      if (!nodeOf(graph, next)) continue;
      const s = state.get(next);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0] ?? next);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join('>'), rotated);
      } else if (s === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  const ids = Object.keys(graph.nodes);
  const ordered = nodeOf(graph, graph.root) ? [graph.root, ...ids] : ids;
  for (const id of ordered) if (!state.has(id)) visit(id);
  return [...cycles.values()];
}

/** Everything wrong with a graph; an empty list means it is safe to walk and to draw. */
export function validateGraph(graph: DecisionGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  checkText(issues, null, 'title', graph.title);
  checkText(issues, null, 'summary', graph.summary);
  if (graph.about !== undefined) checkText(issues, null, 'about', graph.about);
  if (!graph.refs || graph.refs.length === 0) issues.push({ kind: 'missing-refs', nodeId: null });
  if (!nodeOf(graph, graph.root)) issues.push({ kind: 'unknown-root', root: graph.root });

  for (const [nodeId, node] of Object.entries(graph.nodes) as [NodeId, GraphNode][]) {
    if (node.kind === 'question') {
      checkText(issues, nodeId, 'text', node.text);
      checkText(issues, nodeId, 'why', node.why);
      if (node.options.length === 0) issues.push({ kind: 'dead-end', nodeId });
      const seen = new Set<string>();
      for (const option of node.options) {
        if (seen.has(option.id)) issues.push({ kind: 'duplicate-option', nodeId, optionId: option.id });
        seen.add(option.id);
        if (!optionIdPattern.test(option.id)) issues.push({ kind: 'bad-option-id', nodeId, optionId: option.id });
        checkText(issues, nodeId, `option ${option.id}`, option.label);
        if (!nodeOf(graph, option.next)) {
          issues.push({ kind: 'missing-node', nodeId, optionId: option.id, target: option.next });
        }
      }
    } else {
      checkText(issues, nodeId, 'title', node.title);
      checkText(issues, nodeId, 'explanation', node.explanation);
      node.alternatives?.forEach((alt, i) => checkText(issues, nodeId, `alternative ${i + 1}`, alt));
      node.notes?.forEach((note, i) => {
        checkText(issues, nodeId, `note ${i + 1} title`, note.title);
        checkText(issues, nodeId, `note ${i + 1}`, note.text);
      });
      if (node.refs.length === 0) issues.push({ kind: 'missing-refs', nodeId });
    }
  }

  const reachable = new Set(reachableNodes(graph));
  for (const nodeId of Object.keys(graph.nodes)) {
    if (!reachable.has(nodeId)) issues.push({ kind: 'unreachable', nodeId });
  }
  for (const cycle of findCycles(graph)) issues.push({ kind: 'cycle', cycle });
  return issues;
}

// ---------------------------------------------------------------------------------------------------------
// Paths

export interface GraphPath {
  /** Option ids in order: what goes into the URL. */
  answers: readonly string[];
  /** Nodes visited, root first, recommendation last. */
  nodeIds: readonly NodeId[];
  recommendation: NodeId;
}

/**
 * Every path from the root to a recommendation, in option order. Broken links and cycles are skipped
 * (validateGraph reports them), so this terminates on any input.
 */
export function allPaths(graph: DecisionGraph): GraphPath[] {
  const paths: GraphPath[] = [];
  const visit = (id: NodeId, answers: string[], nodeIds: NodeId[]): void => {
    const node = nodeOf(graph, id);
    if (!node || nodeIds.includes(id)) return;
    const here = [...nodeIds, id];
    if (node.kind === 'recommendation') {
      paths.push({ answers, nodeIds: here, recommendation: id });
      return;
    }
    for (const option of node.options) visit(option.next, [...answers, option.id], here);
  };
  visit(graph.root, [], []);
  return paths;
}

// ---------------------------------------------------------------------------------------------------------
// Walking

export interface PathStep {
  nodeId: NodeId;
  question: QuestionNode;
  option: GraphOption;
}

export type WalkResult =
  | { kind: 'at-question'; nodeId: NodeId; node: QuestionNode; path: readonly PathStep[] }
  | { kind: 'at-recommendation'; nodeId: NodeId; node: RecommendationNode; path: readonly PathStep[] }
  /**
   * answers[at] is not allowed where the walk stands: `allowed` lists the option ids there (empty after a
   * recommendation). `path`, `nodeId` and `node` describe the valid prefix, so a view can still show it.
   */
  | {
      kind: 'invalid';
      at: number;
      answer: string;
      allowed: readonly string[];
      reason: 'unknown-option' | 'after-recommendation';
      nodeId: NodeId;
      node: GraphNode;
      path: readonly PathStep[];
    }
  /** The graph itself is broken (unknown root, option to a missing node); validateGraph explains why. */
  | { kind: 'broken'; missing: NodeId; path: readonly PathStep[] };

/** Follows `answers` (option ids) from the root. Never throws. */
export function walk(graph: DecisionGraph, answers: readonly string[]): WalkResult {
  const path: PathStep[] = [];
  let nodeId = graph.root;
  let node = nodeOf(graph, nodeId);
  if (!node) return { kind: 'broken', missing: nodeId, path };
  for (let at = 0; at < answers.length; at++) {
    const answer = answers[at] ?? '';
    if (node.kind === 'recommendation') {
      return { kind: 'invalid', at, answer, allowed: [], reason: 'after-recommendation', nodeId, node, path };
    }
    const question: QuestionNode = node;
    const option = question.options.find((o) => o.id === answer);
    if (!option) {
      const allowed = question.options.map((o) => o.id);
      return { kind: 'invalid', at, answer, allowed, reason: 'unknown-option', nodeId, node, path };
    }
    path.push({ nodeId, question, option });
    nodeId = option.next;
    node = nodeOf(graph, nodeId);
    if (!node) return { kind: 'broken', missing: nodeId, path };
  }
  return node.kind === 'question'
    ? { kind: 'at-question', nodeId, node, path }
    : { kind: 'at-recommendation', nodeId, node, path };
}

/** The option ids of a walk's path (the valid prefix, for an invalid walk). */
export function answersOf(result: WalkResult): string[] {
  return result.path.map((step) => step.option.id);
}

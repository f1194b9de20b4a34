import { allPaths, walk, type DecisionGraph, type NodeId } from './decision-graph';

/**
 * The answers that lead from the root to `nodeId`, for "jump to this box" in a flowchart view.
 * A node already on the `current` walk is reached along it (going back, not switching route); any other
 * node along the first route to it in option order (the order of `allPaths`). `undefined` when no route
 * exists (an unknown or unreachable node). Never throws.
 */
export function answersToNode(graph: DecisionGraph, nodeId: NodeId, current: readonly string[] = []): string[] | undefined {
  const here = walk(graph, current);
  if (here.kind !== 'broken') {
    const visited = [...here.path.map((step) => step.nodeId), here.nodeId];
    const at = visited.indexOf(nodeId);
    if (at >= 0) return here.path.slice(0, at).map((step) => step.option.id);
  }
  for (const path of allPaths(graph)) {
    const at = path.nodeIds.indexOf(nodeId);
    if (at >= 0) return path.answers.slice(0, at);
  }
  return undefined;
}

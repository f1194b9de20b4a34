import { describe, it, expect } from 'vitest';
import { defineGraph, walk } from './decision-graph';
import { answersToNode } from './graph-route';
import { algorithmIds, getAlgorithm } from './registry';

const t = (s: string) => ({ it: s, en: s });
// Two routes into `shared`: via a (first in option order) and via b.
const diamond = defineGraph({
  id: 'diamond',
  title: t('Diamond'),
  summary: t('Two routes into one node'),
  refs: ['x'],
  root: 'q',
  nodes: {
    q: { kind: 'question', text: t('Q'), why: t('W'), refs: ['x'], options: [{ id: 'a', label: t('A'), next: 'qa' }, { id: 'b', label: t('B'), next: 'qb' }] },
    qa: { kind: 'question', text: t('QA'), why: t('W'), refs: ['x'], options: [{ id: 'go', label: t('Go'), next: 'shared' }, { id: 'stop', label: t('Stop'), next: 'end' }] },
    qb: { kind: 'question', text: t('QB'), why: t('W'), refs: ['x'], options: [{ id: 'go', label: t('Go'), next: 'shared' }] },
    shared: { kind: 'question', text: t('S'), why: t('W'), refs: ['x'], options: [{ id: 'fin', label: t('Fin'), next: 'end' }] },
    end: { kind: 'recommendation', title: t('End'), explanation: t('E'), refs: ['x'] },
  },
});

describe('answersToNode', () => {
  it('the root is the empty path', () => {
    expect(answersToNode(diamond, 'q')).toEqual([]);
    expect(answersToNode(diamond, 'q', ['b', 'go'])).toEqual([]);
  });

  it('takes the first route in option order when the node is off the current walk', () => {
    expect(answersToNode(diamond, 'shared')).toEqual(['a', 'go']);
    expect(answersToNode(diamond, 'end')).toEqual(['a', 'go', 'fin']);
    expect(answersToNode(diamond, 'qb', ['a'])).toEqual(['b']);
  });

  it('goes back along the current walk when the node is on it', () => {
    expect(answersToNode(diamond, 'shared', ['b', 'go', 'fin'])).toEqual(['b', 'go']);
    expect(answersToNode(diamond, 'end', ['b', 'go', 'fin'])).toEqual(['b', 'go', 'fin']);
    expect(answersToNode(diamond, 'qb', ['b', 'go'])).toEqual(['b']);
  });

  it('ignores an illegal current walk and unknown nodes', () => {
    expect(answersToNode(diamond, 'shared', ['nope'])).toEqual(['a', 'go']);
    expect(answersToNode(diamond, 'missing')).toBeUndefined();
  });

  it('reaches every node of every course algorithm, and the walk lands on it', () => {
    for (const id of algorithmIds) {
      const graph = getAlgorithm(id);
      for (const nodeId of Object.keys(graph.nodes)) {
        const answers = answersToNode(graph, nodeId);
        expect(answers, `${id}/${nodeId}`).toBeDefined();
        const result = walk(graph, answers ?? []);
        expect(result.kind === 'at-question' || result.kind === 'at-recommendation' ? result.nodeId : result.kind).toBe(nodeId);
      }
    }
  });
});

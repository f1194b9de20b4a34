import { describe, it, expect } from 'vitest';
import { defineGraph } from './decision-graph';
import { formatPath, parsePath, parsePathQuery, pathNoticeText, pathQueryString, splitPath, type PathNotice } from './path-query';

const t = (s: string) => ({ it: `${s} (it)`, en: s });
const graph = defineGraph({
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
        { id: 'curative', label: t('Curative'), next: 'done' },
        { id: 'palliative', label: t('Palliative'), next: 'size' },
      ],
    },
    size: {
      kind: 'question',
      text: t('Size?'),
      why: t('Because'),
      refs: [],
      options: [
        { id: 'large', label: t('Large'), next: 'done' },
        { id: 'small', label: t('Small'), next: 'done' },
      ],
    },
    done: { kind: 'recommendation', title: t('Done'), explanation: t('Because'), refs: ['gangi2010'] },
  },
});

describe('path format', () => {
  it('joins answer ids with dots and leaves the empty path out of the URL', () => {
    expect(formatPath(['palliative', 'large'])).toBe('palliative.large');
    expect(pathQueryString(['palliative', 'large'])).toBe('?path=palliative.large');
    expect(pathQueryString([])).toBe('');
  });

  it('splits tolerantly: case, blanks and empty steps do not matter', () => {
    expect(splitPath(' Palliative..LARGE. ')).toEqual(['palliative', 'large']);
    expect(splitPath('')).toEqual([]);
    expect(splitPath('...')).toEqual([]);
  });
});

describe('parsePathQuery', () => {
  it('reads a full path', () => {
    const p = parsePathQuery(graph, '?path=palliative.large');
    expect(p.answers).toEqual(['palliative', 'large']);
    expect(p.result.kind === 'at-recommendation' && p.result.nodeId).toBe('done');
    expect(p.notices).toEqual([]);
  });

  it('accepts a query without "?" and URLSearchParams', () => {
    expect(parsePathQuery(graph, 'path=palliative').answers).toEqual(['palliative']);
    expect(parsePathQuery(graph, new URLSearchParams({ path: 'curative' })).answers).toEqual(['curative']);
  });

  it('starts at the root without a path, or with an empty one', () => {
    for (const q of ['', '?', '?path=', '?path=..']) {
      const p = parsePathQuery(graph, q);
      expect(p.answers).toEqual([]);
      expect(p.result.kind === 'at-question' && p.result.nodeId).toBe('goal');
      expect(p.notices).toEqual([]);
    }
  });

  it('reads percent-encoded dots and odd case', () => {
    expect(parsePathQuery(graph, '?path=Palliative%2ELarge').answers).toEqual(['palliative', 'large']);
  });

  it('keeps the valid prefix before an illegal step and says what was dropped', () => {
    const p = parsePathQuery(graph, '?path=palliative.huge.small');
    expect(p.answers).toEqual(['palliative']);
    expect(p.result.kind === 'at-question' && p.result.nodeId).toBe('size');
    expect(p.notices).toEqual([{ kind: 'illegal-step', at: 1, step: 'huge', allowed: ['large', 'small'], dropped: ['small'] }]);
  });

  it('handles an illegal first step', () => {
    const p = parsePathQuery(graph, '?path=surgery');
    expect(p.answers).toEqual([]);
    expect(p.result.kind === 'at-question' && p.result.nodeId).toBe('goal');
    expect(p.notices).toEqual([{ kind: 'illegal-step', at: 0, step: 'surgery', allowed: ['curative', 'palliative'], dropped: [] }]);
  });

  it('drops steps after a recommendation', () => {
    const p = parsePathQuery(graph, '?path=curative.large.small');
    expect(p.answers).toEqual(['curative']);
    expect(p.result.kind).toBe('at-recommendation');
    expect(p.notices).toEqual([{ kind: 'after-recommendation', at: 1, dropped: ['large', 'small'] }]);
  });

  it('reports unknown and repeated parameters but still reads the first path', () => {
    const p = parsePathQuery(graph, '?lang=it&path=palliative&path=curative');
    expect(p.answers).toEqual(['palliative']);
    expect(p.notices).toEqual([
      { kind: 'unknown-param', param: 'lang', value: 'it' },
      { kind: 'repeated-param', value: 'curative' },
    ]);
  });

  it('never throws on a broken graph', () => {
    const brokenGraph = { ...graph, root: 'missing' };
    const p = parsePathQuery(brokenGraph, '?path=curative');
    expect(p.result.kind).toBe('broken');
    expect(p.notices).toEqual([{ kind: 'broken-graph', missing: 'missing' }]);
    expect(parsePath(brokenGraph, []).result.kind).toBe('broken');
  });
});

describe('pathNoticeText', () => {
  const notices: PathNotice[] = [
    { kind: 'illegal-step', at: 1, step: 'huge', allowed: ['large', 'small'], dropped: ['small'] },
    { kind: 'after-recommendation', at: 1, dropped: ['large'] },
    { kind: 'broken-graph', missing: 'x' },
    { kind: 'unknown-param', param: 'lang', value: 'it' },
    { kind: 'repeated-param', value: 'curative' },
  ];

  it('explains every notice in both languages', () => {
    for (const n of notices) {
      const it_ = pathNoticeText(n, 'it');
      const en = pathNoticeText(n, 'en');
      expect(it_).not.toBe('');
      expect(en).not.toBe('');
      expect(it_).not.toBe(en);
    }
    expect(pathNoticeText(notices[0]!, 'en')).toBe('Invalid step 2: "huge" (allowed: large, small). Ignored: huge.small');
  });
});

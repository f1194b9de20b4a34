import { describe, expect, it } from 'vitest';
import { isScoreId, scoreIds, scoreRegistry, sumScoreDefinitionOf, sumScoreIds, toolHref } from './registry';
import { sumScoreProblems } from './sum-score-check';
import type { ToolDefinition } from './tool';

// One public link per tool (the URL contracts of the README and the tool pages).
const contracts: Record<string, string> = {
  sins: '?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
  tokuhashi: '?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none',
  escc: '?escc=1c',
  radiosensitivity: '?histology=renal',
  noms: '?escc=2&myelopathy=yes&histology=renal&sins=8&mechanicalPain=no&surgeryFit=yes',
  'pain-response': '?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26',
};

describe('score registry', () => {
  it('holds each calculator under its id and path, named and described in both languages', () => {
    for (const id of scoreIds) {
      const entry = scoreRegistry[id];
      expect(entry.id).toBe(id);
      expect(entry.tool.id).toBe(id);
      expect(entry.path).toBe(id);
      expect(entry.refs.length).toBeGreaterThan(0);
      for (const t of [entry.name, entry.description]) expect(t.it.trim() && t.en.trim()).toBeTruthy();
      expect(entry.description.it).not.toBe(entry.description.en);
    }
  });

  it('round-trips every tool’s public link through its entry, with no notice, and evaluates it to a result', () => {
    expect(Object.keys(contracts).sort()).toEqual([...scoreIds].sort());
    for (const id of scoreIds) {
      const tool = scoreRegistry[id].tool as ToolDefinition<unknown, { kind: string }>;
      const { input, notices } = tool.parseQuery(new URLSearchParams(contracts[id]));
      expect(notices, id).toEqual([]);
      expect(tool.toQuery(input), id).toBe(contracts[id]);
      expect(tool.evaluate(input).kind, id).toBe('result');
      expect(['total', 'band'], id).toContain(tool.describe(input).outcome.kind);
    }
  });

  it('reports a bad link as notices and partial input as incomplete, for every tool', () => {
    for (const id of scoreIds) {
      const tool = scoreRegistry[id].tool as ToolDefinition<unknown, { kind: string }>;
      const { input, notices } = tool.parseQuery(new URLSearchParams('colour=blue'));
      expect(notices, id).toMatchObject([{ param: 'colour', reason: 'unknown-param' }]);
      expect(tool.toQuery(input), id).toBe('');
      expect(tool.describe(input).outcome.kind, id).toBe('incomplete');
    }
  });

  it('words the codes it describes (band of SINS 12, pain response flags)', () => {
    const sins = scoreRegistry.sins;
    const d = sins.tool.describe(sins.tool.parseQuery(new URLSearchParams(contracts.sins)).input);
    expect(d.outcome).toEqual({ kind: 'total', total: 12, band: 'indeterminate' });
    expect(d.items[0]).toEqual({ field: 'level', value: 'T11' });
    expect(d.items.find((i) => i.field === 'location')).toEqual({ field: 'location', value: 'junctional', points: 3 });
    expect(sins.words.band('indeterminate', 'en')).toBe('Possible instability (indeterminate)');
    expect(sins.words.field('level', 'it')).toBe('Livello');
    expect(scoreRegistry['pain-response'].words.flag('significant', 'en')).toBe('Significant relief (> 50%)');
  });

  it('lists the sum scores, whose definitions are sound', () => {
    expect(sumScoreIds).toEqual(['sins', 'tokuhashi']);
    for (const id of sumScoreIds) expect(sumScoreProblems(sumScoreDefinitionOf(id)!), id).toEqual([]);
    expect(sumScoreDefinitionOf('noms')).toBeUndefined();
    expect(sumScoreDefinitionOf('ecog')).toBeUndefined();
  });

  it('builds tool links in both languages and recognizes ids', () => {
    expect(toolHref('it', 'tokuhashi')).toBe('/it/tools/tokuhashi/');
    expect(toolHref('en', 'pain-response', '?vasBefore=9')).toBe('/en/tools/pain-response/?vasBefore=9');
    expect(isScoreId('noms')).toBe(true);
    expect(isScoreId('ecog')).toBe(false);
    expect(isScoreId('toString')).toBe(false);
    expect(isScoreId(3)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isScoreId, scoreIds, scoreRegistry, toolHref } from './registry';

describe('score registry', () => {
  it('lists the six calculators, each under its own id and path', () => {
    expect([...scoreIds]).toEqual(['sins', 'tokuhashi', 'escc', 'radiosensitivity', 'noms', 'pain-response']);
    expect(Object.keys(scoreRegistry).sort()).toEqual([...scoreIds].sort());
    for (const id of scoreIds) {
      const entry = scoreRegistry[id];
      expect(entry.id).toBe(id);
      expect(entry.path).toBe(id);
      expect(entry.refs.length).toBeGreaterThan(0);
      for (const t of [entry.name, entry.description]) {
        expect(t.it.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
      expect(entry.description.it).not.toBe(entry.description.en);
    }
  });

  it('builds tool links in both languages', () => {
    expect(toolHref('it', 'tokuhashi')).toBe('/it/tools/tokuhashi/');
    expect(toolHref('en', 'pain-response', '?vasBefore=9')).toBe('/en/tools/pain-response/?vasBefore=9');
  });

  it('recognizes ids', () => {
    expect(isScoreId('noms')).toBe(true);
    expect(isScoreId('ecog')).toBe(false);
    expect(isScoreId(3)).toBe(false);
  });
});

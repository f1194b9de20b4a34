import { describe, expect, it } from 'vitest';
import { sumScoreText } from './score-text';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { sinsTool } from '../../core/scores/sins/sins-tool';
import { tokuhashiDefinition } from '../../core/scores/tokuhashi/tokuhashi-definition';
import { tokuhashiTool } from '../../core/scores/tokuhashi/tokuhashi-tool';

describe('copy-as-text', () => {
  it('lists every component with its points, the total and band, and the disclaimer (en)', () => {
    const input = { level: 'T11', pain: 'mechanical', lesion: 'lytic', alignment: 'normal', collapse: 'gt50', posterior: 'unilateral' };
    const text = sumScoreText(sinsDefinition, sinsTool.describe(input), 'en', { before: ['Level: T11'], after: ['Next step: …'] });
    expect(text).toContain('Level: T11');
    // The level decides the location: the described input carries it.
    expect(text).toContain('- Location: Junctional (C0–C2, C7–T2, T11–L1, L5–S1) (3)');
    expect(text).toContain('- Pain: Mechanical (3)');
    expect(text).toContain('Total: 12 — Possible instability (indeterminate)');
    expect(text.split('\n').slice(-2)).toEqual(['For education, not for clinical decisions.', 'Next step: …']);
  });
  it('says what is missing when incomplete (it)', () => {
    const text = sumScoreText(sinsDefinition, sinsTool.describe({ pain: 'none' }), 'it');
    expect(text).toContain('Incompleto. Mancano: Sede, Tipo di lesione ossea');
    expect(text).not.toMatch(/NaN|undefined/);
  });
  it('puts a band’s advice right before the disclaimer, and names an invalid value', () => {
    const input = { kps: '90', extraspinal: '0', vertebral: '1', organs: 'none', primary: 'breast', palsy: 'none' };
    const lines = sumScoreText(tokuhashiDefinition, tokuhashiTool.describe(input), 'en', { beforeDisclaimer: ['Suggested treatment: x'] }).split('\n');
    expect(lines.slice(-3)).toEqual(['Total: 15 — Expected survival of 1 year or more', 'Suggested treatment: x', 'For education, not for clinical decisions.']);
    expect(sumScoreText(tokuhashiDefinition, tokuhashiTool.describe({ kps: '95' }), 'en')).toContain('kps');
  });
});

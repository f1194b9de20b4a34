import { describe, expect, it } from 'vitest';
import { sumScoreText } from './score-text';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { scoreSins } from '../../core/scores/sins/score-sins';

describe('copy-as-text', () => {
  const input = { location: 'junctional', pain: 'mechanical', lesion: 'lytic', alignment: 'normal', collapse: 'gt50', posterior: 'unilateral' };
  it('lists every component with its points, the total and band, and the disclaimer (en)', () => {
    const text = sumScoreText(sinsDefinition, input, scoreSins(input), 'en', ['Level: T11']);
    expect(text).toContain('Level: T11');
    expect(text).toContain('- Pain: Mechanical (3)');
    expect(text).toContain('Total: 12 — Possible instability (indeterminate)');
    expect(text).toContain('For education, not for clinical decisions.');
  });
  it('says what is missing when incomplete (it)', () => {
    const partial = { pain: 'none' };
    const text = sumScoreText(sinsDefinition, partial, scoreSins(partial), 'it');
    expect(text).toContain('Incompleto. Mancano: Sede, Tipo di lesione ossea');
    expect(text).not.toMatch(/NaN|undefined/);
  });
});

import { describe, expect, it } from 'vitest';
import { decideNoms } from './decide-noms';
import { explainNoms } from './explain-noms';
import { palliativeCebrtText, radiationTexts, stabilizationTexts } from './noms-recommendations';

function explain(input: Parameters<typeof decideNoms>[0]) {
  const r = decideNoms(input);
  if (r.kind !== 'result') throw new Error(`expected a result, got ${r.kind}`);
  return explainNoms(r);
}

describe('explainNoms', () => {
  it('gives stabilization first, then the radiation text', () => {
    const { steps, rules } = explain({ escc: '1a', histology: 'renal', sins: '14', surgeryFit: 'yes' });
    expect(steps).toEqual([stabilizationTexts['stabilization-or-augmentation'], radiationTexts.srs]);
    expect(rules.map((r) => r.id)).toEqual(['radioresistant-low-grade', 'sins-unstable']);
  });

  it('uses the palliative text when cEBRT replaces surgery the patient cannot have', () => {
    const { steps } = explain({ escc: '3', histology: 'sarcoma', sins: '2', surgeryFit: 'no' });
    expect(steps).toEqual([palliativeCebrtText]);
  });

  it('uses the ordinary cEBRT text for a radiosensitive tumour', () => {
    const { steps } = explain({ escc: '3', histology: 'lymphoma', sins: '8', surgeryFit: 'no' });
    expect(steps).toEqual([stabilizationTexts['surgical-consultation'], radiationTexts.cebrt]);
  });
});

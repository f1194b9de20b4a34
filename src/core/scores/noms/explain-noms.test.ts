import { describe, expect, it } from 'vitest';
import { decideNoms } from './decide-noms';
import { explainNoms, nomsShortLabel } from './explain-noms';
import { stepTexts } from './noms-recommendations';
import { nomsNotes } from './noms-rules';

function explain(input: Parameters<typeof decideNoms>[0]) {
  const r = decideNoms(input);
  if (r.kind !== 'result') throw new Error(`expected a result, got ${r.kind}`);
  return { ...explainNoms(r), short: nomsShortLabel(r) };
}

describe('explainNoms', () => {
  it('gives stabilization first, then the radiation text, and a short label in order', () => {
    const { steps, rules, short } = explain({ escc: '1a', histology: 'renal', sins: '14', surgeryFit: 'yes' });
    expect(steps).toEqual([stepTexts['stabilization-or-augmentation'], stepTexts.srs]);
    expect(rules.map((r) => r.id)).toEqual(['radioresistant-low-grade', 'sins-unstable']);
    expect(short).toEqual({ it: 'Stabilizzazione o cementoplastica → SRS', en: 'Stabilization or cement augmentation → SRS' });
  });

  it('uses the palliative text when cEBRT replaces surgery the patient cannot have', () => {
    const { steps } = explain({ escc: '3', myelopathy: 'no', histology: 'sarcoma', sins: '2', mechanicalPain: 'no', surgeryFit: 'no' });
    expect(steps).toEqual([stepTexts['palliative-cebrt']]);
  });

  it('carries the notes and their sources', () => {
    const { notes, refs } = explain({ escc: '3', myelopathy: 'yes', histology: 'lymphoma', sins: '8', mechanicalPain: 'no', surgeryFit: 'no' });
    expect(notes).toEqual([nomsNotes['symptomatic-compression-urgent'], nomsNotes['deficit-sources-disagree'], nomsNotes['cement-contraindicated']]);
    expect(refs).toEqual(expect.arrayContaining(['laufer2013', 'seed003-encyclopedia', 'seed004-review']));
  });
});

import { describe, expect, it } from 'vitest';
import { esccGradeIds } from '../escc/escc-definition';
import { decideNoms, type NomsInput } from './decide-noms';
import { palliativeCebrtText, radiationTexts, stabilizationTexts } from './noms-recommendations';
import { nomsRules } from './noms-rules';

const stable = { sins: '3' };
const t11Example = { level: 'T11', lesion: 'lytic', pain: 'mechanical', alignment: 'normal', posterior: 'unilateral', collapse: 'gt50' };

describe('NOMS neurologic + oncologic branch (laufer2013)', () => {
  it.each(esccGradeIds)('radiosensitive tumour, ESCC %s → cEBRT', (escc) => {
    const r = decideNoms({ escc, radiosensitivity: 'sensitive', ...stable, surgeryFit: 'yes' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'cebrt', palliative: false, code: 'cebrt' });
    expect(r.kind === 'result' && r.rules[0]).toBe('radiosensitive-any-escc');
  });

  it('radiosensitive tumour with high-grade ESCC and myelopathy still → cEBRT, noting the deficit', () => {
    const r = decideNoms({ escc: '3', myelopathy: 'yes', histology: 'myeloma', ...stable, surgeryFit: 'no' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'cebrt', palliative: false });
    expect(r.kind === 'result' && r.rules).toEqual(['radiosensitive-any-escc', 'myelopathy-noted', 'sins-stable']);
  });

  it.each(['0', '1a', '1b', '1c'])('radioresistant tumour, low-grade ESCC %s → SRS', (escc) => {
    const r = decideNoms({ escc, radiosensitivity: 'resistant', ...stable });
    expect(r).toMatchObject({ kind: 'result', radiation: 'srs', code: 'srs' });
  });

  it.each(['2', '3'])('radioresistant tumour, high-grade ESCC %s, fit for surgery → separation surgery + SRS', (escc) => {
    const r = decideNoms({ escc, histology: 'renal', ...stable, surgeryFit: 'yes' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'separation-surgery-srs', palliative: false, code: 'separation-surgery-srs' });
  });

  it.each(['2', '3'])('radioresistant tumour, high-grade ESCC %s, unfit for surgery → palliative cEBRT', (escc) => {
    const r = decideNoms({ escc, histology: 'melanoma', ...stable, surgeryFit: 'no' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'cebrt', palliative: true, code: 'cebrt' });
    expect(r.kind === 'result' && r.rules[0]).toBe('radioresistant-high-grade-unfit');
  });
});

describe('NOMS mechanical branch (SINS via the SINS core)', () => {
  it.each([
    ['6', 'none', 'sins-stable'],
    ['7', 'surgical-consultation', 'sins-indeterminate'],
    ['12', 'surgical-consultation', 'sins-indeterminate'],
    ['13', 'stabilization-or-augmentation', 'sins-unstable'],
    ['18', 'stabilization-or-augmentation', 'sins-unstable'],
  ])('SINS total %s → %s', (sins, stabilization, rule) => {
    const r = decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins, surgeryFit: 'yes' });
    expect(r).toMatchObject({ kind: 'result', stabilization });
    expect(r.kind === 'result' && r.rules).toContain(rule);
  });

  it('instability adds stabilization before whatever radiation the other assessments chose', () => {
    const sensitive = decideNoms({ escc: '1b', histology: 'breast', sins: '14', surgeryFit: 'yes' });
    expect(sensitive).toMatchObject({ steps: ['stabilization-or-augmentation', 'cebrt'], code: 'stabilization-or-augmentation+cebrt' });
    const srs = decideNoms({ escc: '1a', histology: 'renal', sins: '15', surgeryFit: 'yes' });
    expect(srs).toMatchObject({ code: 'stabilization-or-augmentation+srs' });
    const sep = decideNoms({ escc: '3', histology: 'renal', sins: '16', surgeryFit: 'yes' });
    expect(sep).toMatchObject({ code: 'stabilization-or-augmentation+separation-surgery-srs' });
  });

  it('scores the seed 000 T11 example (SINS 12) as possible instability needing a surgical opinion', () => {
    const r = decideNoms({ escc: '0', histology: 'prostate', ...t11Example, surgeryFit: 'yes' });
    expect(r).toMatchObject({
      kind: 'result',
      stabilization: 'surgical-consultation',
      code: 'surgical-consultation+cebrt',
      assessment: { sinsTotal: 12, sinsBand: 'indeterminate' },
    });
  });

  it('points an unfit patient with questionable stability to percutaneous options', () => {
    const r = decideNoms({ escc: '0', histology: 'breast', sins: '13', surgeryFit: 'no' });
    expect(r.kind === 'result' && r.rules).toEqual(['radiosensitive-any-escc', 'sins-unstable', 'stabilization-unfit-percutaneous']);
  });

  it('uses the SINS components rather than a total when both are given', () => {
    const r = decideNoms({ escc: '0', histology: 'breast', ...t11Example, sins: '2', surgeryFit: 'yes' });
    expect(r).toMatchObject({ assessment: { sinsTotal: 12 } });
  });

  it('reports partial SINS components as incomplete, naming the missing ones', () => {
    const r = decideNoms({ escc: '0', histology: 'breast', level: 'L3', pain: 'none', surgeryFit: 'yes' });
    expect(r).toEqual({ kind: 'incomplete', missing: ['sins'], sinsMissing: ['lesion', 'alignment', 'collapse', 'posterior'] });
  });
});

describe('NOMS input handling', () => {
  it('lets a histology decide the category over a category given alongside it', () => {
    const r = decideNoms({ escc: '0', histology: 'renal', radiosensitivity: 'sensitive', ...stable });
    expect(r).toMatchObject({ radiation: 'srs', assessment: { histology: 'renal', radiosensitivity: 'radioresistant' } });
  });

  it('reports empty input as incomplete, naming every assessment', () => {
    expect(decideNoms({})).toEqual({ kind: 'incomplete', missing: ['escc', 'radiosensitivity', 'sins', 'surgeryFit'], sinsMissing: [] });
  });

  it('does not ask about surgery when nothing depends on it', () => {
    const r = decideNoms({ escc: '3', radiosensitivity: 'sensitive', sins: '4' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'cebrt' });
    expect(r.kind === 'result' && r.assessment.surgeryFit).toBeUndefined();
  });

  it('asks about surgery for a radioresistant high-grade lesion, and when the spine may be unstable', () => {
    expect(decideNoms({ escc: '2', radiosensitivity: 'resistant', sins: '4' })).toMatchObject({ kind: 'incomplete', missing: ['surgeryFit'] });
    expect(decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins: '9' })).toMatchObject({ kind: 'incomplete', missing: ['surgeryFit'] });
  });

  it.each([
    [{ escc: '4' }, 'escc'],
    [{ histology: 'urothelial' }, 'histology'],
    [{ radiosensitivity: 'maybe' }, 'radiosensitivity'],
    [{ radiosensitivity: 'constructor' }, 'radiosensitivity'],
    [{ histology: 'toString' }, 'histology'],
    [{ sins: '19' }, 'sins'],
    [{ sins: 'abc' }, 'sins'],
    [{ sins: '7.5' }, 'sins'],
    [{ sins: undefined, pain: 'severe' }, 'pain'],
    [{ sins: undefined, level: 'T13' }, 'level'],
    [{ surgeryFit: 'maybe' }, 'surgeryFit'],
    [{ myelopathy: 'true' }, 'myelopathy'],
  ] as [Partial<NomsInput>, string][])('rejects %j as invalid', (patch, component) => {
    const base: NomsInput = { escc: '0', radiosensitivity: 'sensitive', sins: '3', surgeryFit: 'yes' };
    const r = decideNoms({ ...base, ...patch });
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.invalid.map((i) => i.component)).toEqual([component]);
  });
});

/** An independent reading of the NOMS figure, used to check every combination. */
function oracle(escc: string, sensitive: boolean, sins: number, fit: boolean): string {
  const high = escc === '2' || escc === '3';
  const radiation = sensitive ? 'cebrt' : !high ? 'srs' : fit ? 'separation-surgery-srs' : 'cebrt';
  if (sins >= 13) return `stabilization-or-augmentation+${radiation}`;
  if (sins >= 7) return `surgical-consultation+${radiation}`;
  return radiation;
}

describe('NOMS exhaustive check', () => {
  it('agrees with an independent reading on all ESCC × radiosensitivity × SINS × surgery × myelopathy combinations', () => {
    let n = 0;
    for (const escc of esccGradeIds)
      for (const sensitive of [true, false])
        for (let sins = 0; sins <= 18; sins++)
          for (const fit of [true, false])
            for (const myelopathy of [undefined, 'yes', 'no']) {
              const r = decideNoms({
                escc,
                radiosensitivity: sensitive ? 'sensitive' : 'resistant',
                sins: String(sins),
                surgeryFit: fit ? 'yes' : 'no',
                myelopathy,
              });
              if (r.kind !== 'result' || r.code !== oracle(escc, sensitive, sins, fit)) {
                throw new Error(`mismatch: ${escc} ${sensitive} ${sins} ${fit} → ${JSON.stringify(r)}`);
              }
              expect(r.palliative).toBe(!sensitive && (escc === '2' || escc === '3') && !fit);
              n++;
            }
    expect(n).toBe(6 * 2 * 19 * 2 * 3);
  });
});

describe('NOMS texts and sources', () => {
  it('gives every rule a condition, a consequence and at least one source', () => {
    for (const rule of Object.values(nomsRules)) {
      for (const t of [rule.when, rule.then]) {
        expect(t.it.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
      expect(rule.refs.length).toBeGreaterThan(0);
    }
  });

  it('explains every recommendation in both languages', () => {
    for (const t of [...Object.values(radiationTexts), ...Object.values(stabilizationTexts), palliativeCebrtText]) {
      for (const s of [t.label, t.explanation]) {
        expect(s.it.trim()).not.toBe('');
        expect(s.en.trim()).not.toBe('');
      }
    }
  });
});

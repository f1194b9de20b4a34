import { describe, expect, it } from 'vitest';
import { esccGradeIds } from '../escc/escc-definition';
import { sinsComponentIds, sinsDefinition } from '../sins/sins-definition';
import { scoreSins } from '../sins/score-sins';
import { decideNoms, type NomsInput } from './decide-noms';
import { stepTexts } from './noms-recommendations';
import { nomsNotes, nomsRules } from './noms-rules';

const stable = { sins: '3', mechanicalPain: 'no' };
const t11Example = { level: 'T11', lesion: 'lytic', pain: 'mechanical', alignment: 'normal', posterior: 'unilateral', collapse: 'gt50' };

describe('NOMS neurologic + oncologic branch (laufer2013)', () => {
  it.each(esccGradeIds)('radiosensitive tumour, ESCC %s, no deficit → cEBRT', (escc) => {
    const r = decideNoms({ escc, myelopathy: 'no', radiosensitivity: 'sensitive', ...stable, surgeryFit: 'yes' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'cebrt', code: 'cebrt', notes: [] });
  });

  it.each(['0', '1a', '1b', '1c'])('radioresistant tumour, low-grade ESCC %s → SRS', (escc) => {
    expect(decideNoms({ escc, radiosensitivity: 'resistant', ...stable })).toMatchObject({ kind: 'result', code: 'srs' });
  });

  it.each(['2', '3'])('radioresistant tumour, high-grade ESCC %s: fit → separation surgery + SRS, unfit → palliative cEBRT', (escc) => {
    expect(decideNoms({ escc, myelopathy: 'no', histology: 'renal', ...stable, surgeryFit: 'yes' })).toMatchObject({ code: 'separation-surgery-srs' });
    const unfit = decideNoms({ escc, myelopathy: 'no', histology: 'melanoma', ...stable, surgeryFit: 'no' });
    expect(unfit).toMatchObject({ code: 'palliative-cebrt', rules: ['radioresistant-high-grade-unfit', 'sins-stable'] });
  });
});

describe('neurological deficit with high-grade ESCC (symptomatic cord compression)', () => {
  it('is required with high-grade compression and optional with low-grade', () => {
    expect(decideNoms({ escc: '2', radiosensitivity: 'sensitive', ...stable })).toMatchObject({ kind: 'incomplete', missing: ['myelopathy', 'surgeryFit'] });
    expect(decideNoms({ escc: '2', radiosensitivity: 'sensitive', ...stable, surgeryFit: 'no' })).toMatchObject({ kind: 'incomplete', missing: ['myelopathy'] });
    expect(decideNoms({ escc: '1c', radiosensitivity: 'sensitive', ...stable })).toMatchObject({ kind: 'result', code: 'cebrt' });
    const low = decideNoms({ escc: '1c', myelopathy: 'yes', radiosensitivity: 'sensitive', ...stable });
    expect(low).toMatchObject({ code: 'cebrt', rules: ['radiosensitive-any-escc', 'deficit-low-grade-noted', 'sins-stable'] });
  });

  it('radiosensitive and fit: urgent surgical consultation beside cEBRT, with the disagreement between sources', () => {
    const r = decideNoms({ escc: '3', myelopathy: 'yes', histology: 'myeloma', ...stable, surgeryFit: 'yes' });
    expect(r).toMatchObject({
      code: 'urgent-surgical-consultation+cebrt',
      notes: ['symptomatic-compression-urgent', 'deficit-sources-disagree', 'cement-contraindicated'],
      rules: ['radiosensitive-any-escc', 'symptomatic-compression-urgent-review', 'symptomatic-compression-no-cement', 'sins-stable'],
      assessment: { symptomaticCompression: true },
    });
  });

  it('asks about surgery because it changes the plan, and unfit gives cEBRT with the same notes', () => {
    expect(decideNoms({ escc: '3', myelopathy: 'yes', histology: 'myeloma', ...stable })).toMatchObject({ kind: 'incomplete', missing: ['surgeryFit'] });
    expect(decideNoms({ escc: '3', myelopathy: 'yes', histology: 'myeloma', ...stable, surgeryFit: 'no' })).toMatchObject({
      code: 'cebrt',
      notes: ['symptomatic-compression-urgent', 'deficit-sources-disagree', 'cement-contraindicated'],
    });
  });

  it('stabilization becomes surgical, or impossible: never cement', () => {
    const fit = decideNoms({ escc: '2', myelopathy: 'yes', radiosensitivity: 'sensitive', sins: '14', surgeryFit: 'yes' });
    expect(fit).toMatchObject({ code: 'surgical-stabilization+cebrt' });
    const unfit = decideNoms({ escc: '2', myelopathy: 'yes', radiosensitivity: 'resistant', sins: '14', surgeryFit: 'no' });
    expect(unfit).toMatchObject({ code: 'orthosis-no-cement+palliative-cebrt', notes: ['symptomatic-compression-urgent', 'cement-contraindicated'] });
  });

  it('without a deficit, cement stays possible but with the epidural caution', () => {
    const r = decideNoms({ escc: '2', myelopathy: 'no', radiosensitivity: 'sensitive', sins: '14', surgeryFit: 'no' });
    expect(r).toMatchObject({ code: 'cement-augmentation+cebrt', notes: ['cement-epidural-caution'] });
  });
});

describe('NOMS mechanical branch (the SINS module’s rule)', () => {
  it.each([
    ['6', 'no', 'cebrt', ['sins-stable']],
    ['6', 'yes', 'stabilization-or-augmentation+cebrt', ['mechanical-pain']],
    ['7', 'no', 'surgical-consultation+cebrt', ['sins-indeterminate']],
    ['12', 'yes', 'stabilization-or-augmentation+cebrt', ['sins-indeterminate', 'mechanical-pain']],
    ['13', 'no', 'stabilization-or-augmentation+cebrt', ['sins-unstable']],
    ['18', undefined, 'stabilization-or-augmentation+cebrt', ['sins-unstable']],
  ] as const)('SINS total %s, mechanical pain %s → %s', (sins, mechanicalPain, code, reasons) => {
    const r = decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins, mechanicalPain, surgeryFit: 'yes' });
    expect(r).toMatchObject({ kind: 'result', code });
    expect(r.kind === 'result' && r.rules.filter((x) => x.startsWith('sins') || x === 'mechanical-pain')).toEqual(reasons);
  });

  it('asks whether pain is mechanical when a SINS total below 13 is given, not from 13 up', () => {
    expect(decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins: '9', surgeryFit: 'yes' })).toMatchObject({ kind: 'incomplete', missing: ['mechanicalPain'] });
    expect(decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins: '13', surgeryFit: 'yes' })).toMatchObject({ kind: 'result' });
  });

  it('the T11 worked example (SINS 12, mechanical pain) goes to stabilization or cement, never radiotherapy alone', () => {
    const r = decideNoms({ escc: '0', histology: 'prostate', ...t11Example, surgeryFit: 'yes' });
    expect(r).toMatchObject({ code: 'stabilization-or-augmentation+cebrt', assessment: { sinsTotal: 12, sinsBand: 'indeterminate', mechanicalPain: true } });
    expect(decideNoms({ escc: '0', histology: 'prostate', ...t11Example, surgeryFit: 'no' })).toMatchObject({ code: 'cement-augmentation+cebrt' });
  });

  it('instability is settled inside separation surgery', () => {
    const r = decideNoms({ escc: '3', myelopathy: 'no', histology: 'renal', sins: '16', surgeryFit: 'yes' });
    expect(r).toMatchObject({ code: 'separation-surgery-srs', rules: ['radioresistant-high-grade-fit', 'sins-unstable', 'stabilization-in-separation-surgery'] });
  });

  it('reads the SINS items exactly like a total plus the pain item, for every item combination', () => {
    const options = sinsDefinition.components.map((c) => c.options.map((o) => o.id));
    let n = 0;
    const visit = (i: number, items: Record<string, string>) => {
      if (i === sinsComponentIds.length) {
        const s = scoreSins(items);
        if (s.kind !== 'result') throw new Error('SINS incomplete');
        for (const surgeryFit of ['yes', 'no']) {
          const base = { escc: '1b', radiosensitivity: 'resistant', surgeryFit };
          const byItems = decideNoms({ ...base, ...items });
          const byTotal = decideNoms({ ...base, sins: String(s.total), mechanicalPain: items.pain === 'mechanical' ? 'yes' : 'no' });
          if (byItems.kind !== 'result' || byTotal.kind !== 'result' || byItems.code !== byTotal.code) {
            throw new Error(`items ${JSON.stringify(items)} → ${JSON.stringify(byItems)} vs total ${JSON.stringify(byTotal)}`);
          }
          n++;
        }
        return;
      }
      for (const o of options[i] ?? []) visit(i + 1, { ...items, [sinsComponentIds[i] as string]: o });
    };
    visit(0, {});
    expect(n).toBe(2 * options.reduce((a, o) => a * o.length, 1));
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
    const r = decideNoms({ escc: '3', myelopathy: 'no', radiosensitivity: 'sensitive', sins: '4', mechanicalPain: 'no' });
    expect(r).toMatchObject({ kind: 'result', radiation: 'cebrt' });
    expect(r.kind === 'result' && r.assessment.surgeryFit).toBeUndefined();
    expect(decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins: '9', mechanicalPain: 'no' })).toMatchObject({ kind: 'result', code: 'surgical-consultation+cebrt' });
  });

  it('asks about surgery for a radioresistant high-grade lesion, and when stabilization is indicated', () => {
    expect(decideNoms({ escc: '2', myelopathy: 'no', radiosensitivity: 'resistant', ...stable })).toMatchObject({ kind: 'incomplete', missing: ['surgeryFit'] });
    expect(decideNoms({ escc: '0', radiosensitivity: 'sensitive', sins: '14' })).toMatchObject({ kind: 'incomplete', missing: ['surgeryFit'] });
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
    [{ mechanicalPain: 'sometimes' }, 'mechanicalPain'],
  ] as [Partial<NomsInput>, string][])('rejects %j as invalid', (patch, component) => {
    const base: NomsInput = { escc: '0', radiosensitivity: 'sensitive', ...stable, surgeryFit: 'yes' };
    const r = decideNoms({ ...base, ...patch });
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.invalid.map((i) => i.component)).toEqual([component]);
  });
});

/**
 * An independent reading of the NOMS figure plus the two safety rules, written as a table of cases, used
 * to check every combination.
 */
function oracle(high: boolean, deficit: boolean, sensitive: boolean, sins: number, pain: boolean, fit: boolean): string {
  const scc = high && deficit;
  const radiation = sensitive ? 'cebrt' : !high ? 'srs' : fit ? 'separation-surgery-srs' : 'palliative-cebrt';
  if (radiation === 'separation-surgery-srs') return radiation;
  const stabilize = sins >= 13 || pain;
  const consult = sins >= 7 && !stabilize;
  const urgent = scc && sensitive && fit;
  let pre = '';
  if (stabilize) pre = scc ? (fit ? 'surgical-stabilization' : 'orthosis-no-cement') : fit ? 'stabilization-or-augmentation' : 'cement-augmentation';
  else if (urgent) pre = 'urgent-surgical-consultation';
  else if (consult) pre = 'surgical-consultation';
  return pre ? `${pre}+${radiation}` : radiation;
}

/** Every complete NOMS input with its result: 6 ESCC × deficit × radiosensitivity × SINS 0–18 × pain × surgery. */
function* everyCombination() {
  for (const escc of esccGradeIds)
    for (const deficit of [true, false])
      for (const sensitive of [true, false])
        for (let sins = 0; sins <= 18; sins++)
          for (const pain of [true, false])
            for (const fit of [true, false]) {
              const r = decideNoms({
                escc, myelopathy: deficit ? 'yes' : 'no', radiosensitivity: sensitive ? 'sensitive' : 'resistant',
                sins: String(sins), mechanicalPain: pain ? 'yes' : 'no', surgeryFit: fit ? 'yes' : 'no',
              });
              const high = escc === '2' || escc === '3';
              yield { facts: [high, deficit, sensitive, sins, pain, fit] as const, label: `${escc} ${deficit} ${sensitive} ${sins} ${pain} ${fit}`, r };
            }
}

describe('NOMS exhaustive check', () => {
  it('agrees with an independent reading on every ESCC × deficit × radiosensitivity × SINS × pain × surgery combination', () => {
    let n = 0;
    for (const { facts, label, r } of everyCombination()) {
      const expected = oracle(...facts);
      if (r.kind !== 'result' || r.code !== expected) throw new Error(`mismatch ${label}: ${expected} vs ${JSON.stringify(r)}`);
      n++;
    }
    expect(n).toBe(6 * 2 * 2 * 19 * 2 * 2);
  });
});

describe('NOMS safety over every combination (independent review of the calculators)', () => {
  const every = function* () {
    for (const { label, r } of everyCombination()) {
      if (r.kind !== 'result') throw new Error(`no result for ${label}`);
      yield r;
    }
  };
  const ablationOffered = (text: string) => /ablation/i.test(text);

  it('a deficit from high-grade compression is urgent on every path, first among the notes', () => {
    for (const r of every()) {
      const urgent = r.notes[0] === 'symptomatic-compression-urgent';
      expect(urgent).toBe(r.assessment.symptomaticCompression);
    }
  });

  it('wherever a step offers ablation, the same screen names its contraindication', () => {
    for (const r of every())
      for (const step of r.steps) {
        const alt = stepTexts[step].alternative;
        if (!alt || !ablationOffered(alt.en)) continue;
        // With symptomatic compression the note says "no ablation at this level either"; otherwise the text
        // itself carries the exclusion or the thermal caveat for epidural disease.
        const named = r.assessment.symptomaticCompression
          ? r.notes.includes('cement-contraindicated') && /no ablation at this level/.test(nomsNotes['cement-contraindicated'].text.en)
          : /symptomatic cord compression|no intact cortex/.test(alt.en);
        expect(named, `${r.code}: ${alt.en}`).toBe(true);
        expect(/compressione midollare sintomatica|corticale integra/.test(alt.it), alt.it).toBe(true);
      }
  });

  it('cement for an unfit patient names what cement does not do and its relative contraindications', () => {
    const { explanation } = stepTexts['cement-augmentation'];
    for (const word of ['subluxation', 'burst fracture', 'vertebra plana', 'spine surgeon']) expect(explanation.en).toContain(word);
    for (const word of ['sublussazione', 'frattura da scoppio', 'vertebra plana', 'chirurgo vertebrale']) expect(explanation.it).toContain(word);
  });
});

describe('"Can the patient tolerate surgery?" is asked only where the answer changes the result', () => {
  it('over every complete set of other findings: asked ⇔ yes and no give different recommendations', () => {
    let asked = 0;
    let notAsked = 0;
    for (const escc of esccGradeIds)
      for (const myelopathy of ['yes', 'no'])
        for (const radiosensitivity of ['sensitive', 'resistant'])
          for (let sins = 0; sins <= 18; sins++)
            for (const mechanicalPain of ['yes', 'no']) {
              const base = { escc, myelopathy, radiosensitivity, sins: String(sins), mechanicalPain };
              const without = decideNoms(base);
              const yes = decideNoms({ ...base, surgeryFit: 'yes' });
              const no = decideNoms({ ...base, surgeryFit: 'no' });
              if (yes.kind !== 'result' || no.kind !== 'result') throw new Error(JSON.stringify(base));
              const differ = yes.code !== no.code || yes.notes.join() !== no.notes.join();
              if (without.kind === 'incomplete') {
                expect(without.missing, JSON.stringify(base)).toEqual(['surgeryFit']);
                expect(differ, JSON.stringify(base)).toBe(true);
                asked++;
              } else {
                expect(differ, JSON.stringify(base)).toBe(false);
                expect(without.kind === 'result' && without.code).toBe(yes.code);
                notAsked++;
              }
            }
    expect(asked).toBeGreaterThan(0);
    expect(notAsked).toBeGreaterThan(0);
  });
});

describe('NOMS texts and sources', () => {
  it('gives every rule and note a condition or title, a text and at least one source', () => {
    for (const rule of Object.values(nomsRules)) {
      for (const t of [rule.when, rule.then]) expect(t.it.trim() && t.en.trim()).not.toBe('');
      expect(rule.refs.length).toBeGreaterThan(0);
    }
    for (const note of Object.values(nomsNotes)) {
      for (const t of [note.title, note.text]) expect(t.it.trim() && t.en.trim()).not.toBe('');
      expect(note.refs.length).toBeGreaterThan(0);
      expect(note.text.en).not.toMatch(/\bseed\b/i);
    }
  });

  it('explains every step in both languages, Italian with typographic apostrophes', () => {
    for (const t of Object.values(stepTexts)) {
      for (const s of [t.label, t.short, t.explanation]) {
        expect(s.it.trim()).not.toBe('');
        expect(s.en.trim()).not.toBe('');
        expect(s.it).not.toContain("'");
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { allPaths, walk } from './decision-graph';
import { a4Noms, a4Options, nomsLeafId, nomsRecommendationNode, type A4QuestionId } from './a4-noms';
import { decideNoms, type NomsInput } from '../scores/noms/decide-noms';
import { esccGradeIds, esccGrades } from '../scores/escc/escc-definition';
import { sinsDefinition } from '../scores/sins/sins-definition';
import { bandFor } from '../scores/sum-score';
import { histologyIds } from '../scores/radiosensitivity/histologies';
import type { NomsStepCode } from '../scores/noms/noms-recommendations';

type Decided = Extract<ReturnType<typeof decideNoms>, { kind: 'result' }>;

function decide(input: NomsInput): Decided {
  const r = decideNoms(input);
  if (r.kind !== 'result') throw new Error(`expected a result for ${JSON.stringify(input)}, got ${JSON.stringify(r)}`);
  return r;
}

/** Which A4 question a node asks, from its option ids. */
function questionOf(nodeId: string): A4QuestionId {
  const node = a4Noms.nodes[nodeId];
  if (node?.kind !== 'question') throw new Error(`${nodeId} is not a question`);
  const ids = node.options.map((o) => o.id).join(',');
  const q = (Object.keys(a4Options) as A4QuestionId[]).find((k) => a4Options[k].map((o) => o.id).join(',') === ids);
  if (!q) throw new Error(`unknown question shape at ${nodeId}`);
  return q;
}

/** The answer a clinician with these findings gives to an A4 question. */
function answerFor(q: A4QuestionId, f: Findings): string {
  switch (q) {
    case 'neurologic':
      return esccGrades.find((g) => g.id === f.escc)?.level === 'high' ? 'high-grade' : 'low-grade';
    case 'deficit':
      return f.deficit ? 'neurological-deficit' : 'no-deficit';
    case 'oncologic':
      return f.category === 'sensitive' ? 'radiosensitive' : 'radioresistant';
    case 'mechanical': {
      const band = bandFor(sinsDefinition.bands, f.sins).code;
      if (band === 'unstable') return 'unstable';
      if (f.mechanicalPain) return 'mechanical-pain';
      return band === 'indeterminate' ? 'possibly-unstable' : 'stable';
    }
    case 'systemic':
      return f.fit ? 'tolerates-surgery' : 'cannot-tolerate-surgery';
  }
}

interface Findings {
  escc: string;
  deficit: boolean;
  category: 'sensitive' | 'resistant';
  sins: number;
  mechanicalPain: boolean;
  fit: boolean;
}

/** Walks A4 answering each question from the findings; returns the leaf reached. */
function walkFindings(f: Findings): string {
  const answers: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = walk(a4Noms, answers);
    if (r.kind === 'at-recommendation') return r.nodeId;
    if (r.kind !== 'at-question') throw new Error(`walk failed: ${JSON.stringify(r)}`);
    answers.push(answerFor(questionOf(r.nodeId), f));
  }
  throw new Error('A4 walk did not end');
}

const inputOf = (f: Findings): NomsInput => ({
  escc: f.escc,
  myelopathy: f.deficit ? 'yes' : 'no',
  radiosensitivity: f.category,
  sins: String(f.sins),
  mechanicalPain: f.mechanicalPain ? 'yes' : 'no',
  surgeryFit: f.fit ? 'yes' : 'no',
});

const everyFinding: Findings[] = esccGradeIds.flatMap((escc) =>
  [false, true].flatMap((deficit) =>
    (['sensitive', 'resistant'] as const).flatMap((category) =>
      Array.from({ length: 19 }, (_, sins) => sins).flatMap((sins) =>
        [false, true].flatMap((mechanicalPain) => [false, true].map((fit) => ({ escc, deficit, category, sins, mechanicalPain, fit }))),
      ),
    ),
  ),
);

const cementSteps: readonly NomsStepCode[] = ['stabilization-or-augmentation', 'cement-augmentation'];

describe('A4 is the NOMS core drawn as a walkthrough', () => {
  it('every A4 path, read as NOMS input, ends at the leaf the core decides, with the core’s texts', () => {
    const paths = allPaths(a4Noms);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const input: NomsInput = {};
      let nodeId: string = a4Noms.root;
      for (const answer of path.answers) {
        const q = questionOf(nodeId);
        const option = a4Options[q].find((o) => o.id === answer);
        expect(option, `${answer} at ${nodeId}`).toBeDefined();
        Object.assign(input, option?.input);
        const node = a4Noms.nodes[nodeId];
        nodeId = node?.kind === 'question' ? (node.options.find((o) => o.id === answer)?.next ?? '') : '';
      }
      // Questions that were not asked do not change the answer: fill them in any way.
      const filled = { escc: '0', myelopathy: 'no', radiosensitivity: 'sensitive', sins: '3', mechanicalPain: 'no', surgeryFit: 'yes', ...input };
      const r = decide(filled);
      expect(path.recommendation, path.answers.join('.')).toBe(nomsLeafId(r));
      expect(a4Noms.nodes[path.recommendation]).toEqual(nomsRecommendationNode(r));
      for (const alt of [{ surgeryFit: 'no' }, { myelopathy: 'yes' }, { sins: '14' }, { mechanicalPain: 'yes' }]) {
        const key = Object.keys(alt)[0] as keyof NomsInput;
        if (input[key] !== undefined) continue;
        expect(nomsLeafId(decide({ ...filled, ...alt })), `${path.answers.join('.')} + ${JSON.stringify(alt)}`).toBe(path.recommendation);
      }
    }
  });

  it(`every possible set of findings (${everyFinding.length}) walks to the leaf the NOMS core decides`, () => {
    for (const f of everyFinding) expect(walkFindings(f), JSON.stringify(f)).toBe(nomsLeafId(decide(inputOf(f))));
  });

  it('every histology decides through its category, as the calculator does', () => {
    for (const histology of histologyIds) {
      const byHistology = decide({ escc: '2', myelopathy: 'no', histology, sins: '4', mechanicalPain: 'no', surgeryFit: 'yes' });
      const byCategory = decide({ escc: '2', myelopathy: 'no', radiosensitivity: byHistology.assessment.radiosensitivity === 'radiosensitive' ? 'sensitive' : 'resistant', sins: '4', mechanicalPain: 'no', surgeryFit: 'yes' });
      expect(byHistology.code).toBe(byCategory.code);
    }
  });

  it('asks a question only where its answer changes the recommendation', () => {
    for (const [nodeId, node] of Object.entries(a4Noms.nodes)) {
      if (node.kind !== 'question') continue;
      expect(new Set(node.options.map((o) => o.next)).size, nodeId).toBeGreaterThan(1);
    }
  });

  it('asks "can the patient tolerate surgery?" only on the paths where NOMS needs it', () => {
    for (const path of allPaths(a4Noms)) {
      const asked = path.answers.some((a) => a === 'tolerates-surgery' || a === 'cannot-tolerate-surgery');
      const low = path.answers[0] === 'low-grade';
      const noStabilization = path.answers.includes('stable') || path.answers.includes('possibly-unstable');
      if (low && noStabilization) expect(asked, path.answers.join('.')).toBe(false);
      if (path.answers.includes('radioresistant') && path.answers[0] === 'high-grade') expect(asked).toBe(true);
    }
  });
});

describe('A4 and the NOMS calculator are safe in the cases the review named', () => {
  const t11 = { level: 'T11', pain: 'mechanical', lesion: 'lytic', alignment: 'normal', collapse: 'gt50', posterior: 'unilateral' };

  it('the T11 example (SINS 12, mechanical pain) never ends at radiotherapy alone', () => {
    for (const escc of esccGradeIds)
      for (const myelopathy of ['yes', 'no'])
        for (const radiosensitivity of ['sensitive', 'resistant'])
          for (const surgeryFit of ['yes', 'no']) {
            const r = decide({ escc, myelopathy, radiosensitivity, surgeryFit, ...t11 });
            expect(r.assessment.sinsTotal).toBe(12);
            expect(r.rules).toContain('mechanical-pain');
            expect(r.steps.length > 1 || r.radiation === 'separation-surgery-srs', r.code).toBe(true);
          }
    const leaf = walkFindings({ escc: '0', deficit: false, category: 'sensitive', sins: 12, mechanicalPain: true, fit: true });
    expect(leaf).toBe('stabilization-or-augmentation--cebrt');
    expect(walkFindings({ escc: '0', deficit: false, category: 'sensitive', sins: 12, mechanicalPain: true, fit: false })).toBe('cement-augmentation--cebrt');
  });

  it('SINS 7–12 without mechanical pain always brings in the spine surgeon', () => {
    for (const f of everyFinding.filter((f) => f.sins >= 7 && f.sins <= 12 && !f.mechanicalPain)) {
      const r = decide(inputOf(f));
      const surgeon = r.steps.some((s) => s.includes('surgical') || s === 'separation-surgery-srs');
      expect(surgeon, r.code).toBe(true);
    }
  });

  it('never offers percutaneous cement with symptomatic cord compression, and says why', () => {
    for (const f of everyFinding.filter((f) => f.deficit && (f.escc === '2' || f.escc === '3'))) {
      const r = decide(inputOf(f));
      expect(r.steps.some((s) => cementSteps.includes(s)), r.code).toBe(false);
      expect(r.notes).toContain('cement-contraindicated');
      const leaf = a4Noms.nodes[walkFindings(f)];
      expect(leaf?.kind === 'recommendation' && leaf.notes?.some((n) => n.text.en.includes('absolute contraindication to vertebroplasty'))).toBe(true);
    }
  });

  it('high-grade ESCC with and without symptoms give distinct, safe recommendations', () => {
    for (const f of everyFinding.filter((f) => (f.escc === '2' || f.escc === '3') && !f.deficit)) {
      const without = decide(inputOf(f));
      const withDeficit = decide(inputOf({ ...f, deficit: true }));
      expect(nomsLeafId(without)).not.toBe(nomsLeafId(withDeficit));
      expect(without.notes).not.toContain('cement-contraindicated');
      if (without.steps.some((s) => cementSteps.includes(s) || s === 'surgical-consultation')) expect(without.notes).toContain('cement-epidural-caution');
    }
    // The two named walks, radiosensitive tumour, stable spine, fit patient.
    expect(walkFindings({ escc: '3', deficit: false, category: 'sensitive', sins: 4, mechanicalPain: false, fit: true })).toBe('cebrt');
    expect(walkFindings({ escc: '3', deficit: true, category: 'sensitive', sins: 4, mechanicalPain: false, fit: true })).toBe(
      'urgent-surgical-consultation--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    );
  });

  it('teaches the NOMS / neurological-deficit disagreement where the paths diverge, in both languages', () => {
    const leaf = a4Noms.nodes['urgent-surgical-consultation--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated'];
    expect(leaf?.kind).toBe('recommendation');
    if (leaf?.kind !== 'recommendation') return;
    const note = leaf.notes?.find((n) => n.kind === 'discrepancy');
    expect(note?.text.en).toMatch(/Laufer and colleagues, 2013/);
    expect(note?.text.en).toMatch(/Neurosurgery Wiki/);
    expect(note?.text.it).toMatch(/Neurosurgery Wiki/);
    expect(note?.refs).toEqual(['laufer2013', 'seed003-encyclopedia']);
  });
});

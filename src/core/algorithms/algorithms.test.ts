import { describe, it, expect } from 'vitest';
import { allPaths, reachableNodes, validateGraph, walk, type DecisionGraph } from './decision-graph';
import { parsePathQuery, pathQueryString } from './path-query';
import { algorithmIds, algorithms, getAlgorithm, isAlgorithmId } from './registry';

const graphs = algorithmIds.map((id) => [id, getAlgorithm(id)] as const);

/** Every path, as 'answer.answer' → recommendation id: the decisions each source prescribes. */
const expectedOutcomes: Record<(typeof algorithmIds)[number], Record<string, string>> = {
  // seed 001, Algorithm 1 (gangi2010)
  'a1-cirse-algorithm': {
    curative: 'curative-ablation',
    'palliative.consolidation': 'cementoplasty',
    'palliative.no-consolidation': 'thermal-or-chemical',
    'palliative.size-reduction.canal': 'cavitation',
    'palliative.size-reduction.surrounding-tissue': 'soft-tissue-ablation',
  },
  // seed 001, recommended strategy: scenarios 3, 2 (three variants) and 1, plus our two exits
  'a2-cirse-strategy': {
    inoperable: 'rf-ionization',
    operable: 'surgery-first',
    'no-canal.soft-tissue.fracture-risk.flat': 'ablation-plus-cement',
    'no-canal.soft-tissue.fracture-risk.long': 'ablation-plus-surgery',
    'no-canal.soft-tissue.no-fracture-risk': 'ablation-alone',
    'no-canal.bone-only.flat-at-risk': 'cementoplasty-alone',
    'no-canal.bone-only.other': 'outside-strategy',
  },
  // seed 002 flowchart (seed002-embolization)
  'a3-bone-metastases-management': {
    'oligometastatic.curative': 'curative-local',
    ...Object.fromEntries(
      ['oligometastatic.palliative', 'plurimetastatic'].flatMap((prefix) => [
        [`${prefix}.consolidation`, 'osteoplasty'],
        [`${prefix}.pain.small-away`, 'rfa'],
        [`${prefix}.pain.large-away`, 'mwa-or-cryo'],
        [`${prefix}.pain.close`, 'ect-or-cryo'],
        [`${prefix}.size-reduction`, 'ablation-or-ect'],
        [`${prefix}.hypervascular`, 'embolization'],
      ]),
    ),
  },
  // NOMS (laufer2013), generated from the NOMS core: a4-noms.test.ts ties every path to decideNoms.
  'a4-noms': {
    'low-grade.radiosensitive.unstable.tolerates-surgery': 'stabilization-or-augmentation--cebrt',
    'low-grade.radiosensitive.unstable.cannot-tolerate-surgery': 'cement-augmentation--cebrt',
    'low-grade.radiosensitive.mechanical-pain.tolerates-surgery': 'stabilization-or-augmentation--cebrt',
    'low-grade.radiosensitive.mechanical-pain.cannot-tolerate-surgery': 'cement-augmentation--cebrt',
    'low-grade.radiosensitive.possibly-unstable': 'surgical-consultation--cebrt',
    'low-grade.radiosensitive.stable': 'cebrt',
    'low-grade.radioresistant.unstable.tolerates-surgery': 'stabilization-or-augmentation--srs',
    'low-grade.radioresistant.unstable.cannot-tolerate-surgery': 'cement-augmentation--srs',
    'low-grade.radioresistant.mechanical-pain.tolerates-surgery': 'stabilization-or-augmentation--srs',
    'low-grade.radioresistant.mechanical-pain.cannot-tolerate-surgery': 'cement-augmentation--srs',
    'low-grade.radioresistant.possibly-unstable': 'surgical-consultation--srs',
    'low-grade.radioresistant.stable': 'srs',
    'high-grade.neurological-deficit.radiosensitive.unstable.tolerates-surgery': 'surgical-stabilization--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.unstable.cannot-tolerate-surgery': 'orthosis-no-cement--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.mechanical-pain.tolerates-surgery': 'surgical-stabilization--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.mechanical-pain.cannot-tolerate-surgery': 'orthosis-no-cement--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.possibly-unstable.tolerates-surgery': 'urgent-surgical-consultation--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.possibly-unstable.cannot-tolerate-surgery': 'surgical-consultation--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.stable.tolerates-surgery': 'urgent-surgical-consultation--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radiosensitive.stable.cannot-tolerate-surgery': 'cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    'high-grade.neurological-deficit.radioresistant.tolerates-surgery': 'separation-surgery-srs--symptomatic-compression-urgent--cement-contraindicated',
    'high-grade.neurological-deficit.radioresistant.cannot-tolerate-surgery.unstable': 'orthosis-no-cement--palliative-cebrt--symptomatic-compression-urgent--cement-contraindicated',
    'high-grade.neurological-deficit.radioresistant.cannot-tolerate-surgery.mechanical-pain': 'orthosis-no-cement--palliative-cebrt--symptomatic-compression-urgent--cement-contraindicated',
    'high-grade.neurological-deficit.radioresistant.cannot-tolerate-surgery.possibly-unstable': 'surgical-consultation--palliative-cebrt--symptomatic-compression-urgent--cement-contraindicated',
    'high-grade.neurological-deficit.radioresistant.cannot-tolerate-surgery.stable': 'palliative-cebrt--symptomatic-compression-urgent--cement-contraindicated',
    'high-grade.no-deficit.radiosensitive.unstable.tolerates-surgery': 'stabilization-or-augmentation--cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radiosensitive.unstable.cannot-tolerate-surgery': 'cement-augmentation--cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radiosensitive.mechanical-pain.tolerates-surgery': 'stabilization-or-augmentation--cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radiosensitive.mechanical-pain.cannot-tolerate-surgery': 'cement-augmentation--cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radiosensitive.possibly-unstable': 'surgical-consultation--cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radiosensitive.stable': 'cebrt',
    'high-grade.no-deficit.radioresistant.tolerates-surgery': 'separation-surgery-srs',
    'high-grade.no-deficit.radioresistant.cannot-tolerate-surgery.unstable': 'cement-augmentation--palliative-cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radioresistant.cannot-tolerate-surgery.mechanical-pain': 'cement-augmentation--palliative-cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radioresistant.cannot-tolerate-surgery.possibly-unstable': 'surgical-consultation--palliative-cebrt--cement-epidural-caution',
    'high-grade.no-deficit.radioresistant.cannot-tolerate-surgery.stable': 'palliative-cebrt',
  },
  // Wallace 2015 indications + timing (seed 002, seed 001)
  'a5-ablation-indications-timing': {
    // An impending fracture puts cement in every plan (seed 000, gangi2010).
    'impending-fracture.cement': 'ablation-then-cement',
    'impending-fracture.embolization': 'embolization-ablation-cement',
    'impending-fracture.radiotherapy': 'radiotherapy-ablation-cement',
    'impending-fracture.radiotherapy-embolization': 'radiotherapy-embolization-ablation-cement',
    'radioresistant.ablation-only': 'ablation-alone',
    'radioresistant.cement': 'ablation-then-cement',
    'radioresistant.embolization': 'embolization-then-ablation',
    'radioresistant.radiotherapy': 'radiotherapy-and-ablation',
    'radioresistant.radiotherapy-embolization': 'radiotherapy-embolization-ablation',
    ...Object.fromEntries(
      ['pain-after-rt', 'max-rt-dose', 'radiotoxicity', 'marrow-suppression', 'refused-rt'].flatMap((i) => [
        [`${i}.ablation-only`, 'ablation-alone'],
        [`${i}.cement`, 'ablation-then-cement'],
        [`${i}.embolization`, 'embolization-then-ablation'],
      ]),
    ),
    none: 'radiotherapy-first',
  },
};

/** Node and path counts, so a change to a graph's shape is a deliberate one. */
const expectedSize: Record<(typeof algorithmIds)[number], { nodes: number; questions: number; paths: number }> = {
  'a1-cirse-algorithm': { nodes: 8, questions: 3, paths: 5 },
  'a2-cirse-strategy': { nodes: 12, questions: 5, paths: 7 },
  'a3-bone-metastases-management': { nodes: 11, questions: 4, paths: 13 },
  'a4-noms': { nodes: 43, questions: 19, paths: 36 },
  'a5-ablation-indications-timing': { nodes: 13, questions: 4, paths: 25 },
};

const sourceRef: Record<(typeof algorithmIds)[number], string> = {
  'a1-cirse-algorithm': 'gangi2010',
  'a2-cirse-strategy': 'gangi2010',
  'a3-bone-metastases-management': 'seed002-embolization',
  'a4-noms': 'laufer2013',
  'a5-ablation-indications-timing': 'wallace2015a',
};

/** The Italian side of every text a learner can read in a graph. */
const italianText = (g: DecisionGraph): string[] => [
  g.title.it, g.summary.it, ...(g.about ? [g.about.it] : []),
  ...Object.values(g.nodes).flatMap((n) =>
    n.kind === 'question'
      ? [n.text.it, n.why.it, ...n.options.map((o) => o.label.it)]
      : [n.title.it, n.explanation.it, ...(n.alternatives ?? []).map((a) => a.it), ...(n.notes ?? []).flatMap((x) => [x.title.it, x.text.it])],
  ),
];

/** Everything a learner can read in a graph, both languages. */
const allText = (g: DecisionGraph): string[] => [
  g.title.it, g.title.en, g.summary.it, g.summary.en, ...(g.about ? [g.about.it, g.about.en] : []),
  ...Object.values(g.nodes).flatMap((n) =>
    n.kind === 'question'
      ? [n.text.it, n.text.en, n.why.it, n.why.en, ...n.options.flatMap((o) => [o.label.it, o.label.en])]
      : [
          n.title.it, n.title.en, n.explanation.it, n.explanation.en,
          ...(n.alternatives ?? []).flatMap((a) => [a.it, a.en]),
          ...(n.notes ?? []).flatMap((note) => [note.title.it, note.title.en, note.text.it, note.text.en]),
        ],
  ),
];

describe('registry', () => {
  it('lists five algorithms whose own id matches their key', () => {
    expect(algorithmIds).toHaveLength(5);
    for (const id of algorithmIds) expect(algorithms[id].id).toBe(id);
    expect(Object.keys(algorithms).sort()).toEqual([...algorithmIds].sort());
  });

  it('recognizes algorithm ids', () => {
    expect(isAlgorithmId('a4-noms')).toBe(true);
    expect(isAlgorithmId('a6-nothing')).toBe(false);
    expect(isAlgorithmId(4)).toBe(false);
  });
});

describe.each(graphs)('%s', (id, graph) => {
  const paths = allPaths(graph);

  it('validates clean', () => {
    expect(validateGraph(graph)).toEqual([]);
  });

  it('cites its source', () => {
    expect(graph.refs).toContain(sourceRef[id]);
    for (const node of Object.values(graph.nodes)) {
      for (const ref of node.refs) expect(ref).toMatch(/^[a-z]+[0-9]{4}[a-z]?$|^seed00[0-4]-[a-z]+$/);
    }
  });

  it('has the expected shape', () => {
    const nodes = Object.values(graph.nodes);
    expect({
      nodes: nodes.length,
      questions: nodes.filter((n) => n.kind === 'question').length,
      paths: paths.length,
    }).toEqual(expectedSize[id]);
  });

  it('leads every path to the recommendation its source prescribes', () => {
    expect(Object.fromEntries(paths.map((p) => [p.answers.join('.'), p.recommendation]))).toEqual(expectedOutcomes[id]);
  });

  it('walks every path to a recommendation, stopping at a question on every proper prefix', () => {
    for (const path of paths) {
      const r = walk(graph, path.answers);
      expect(r.kind).toBe('at-recommendation');
      if (r.kind === 'at-recommendation') {
        expect(r.nodeId).toBe(path.recommendation);
        expect(r.path.map((s) => s.nodeId)).toEqual(path.nodeIds.slice(0, -1));
      }
      for (let k = 0; k < path.answers.length; k++) {
        expect(walk(graph, path.answers.slice(0, k)).kind).toBe('at-question');
      }
    }
  });

  it('reaches every node and every recommendation', () => {
    expect(reachableNodes(graph).sort()).toEqual(Object.keys(graph.nodes).sort());
    const recommendations = Object.entries(graph.nodes)
      .filter(([, n]) => n.kind === 'recommendation')
      .map(([nodeId]) => nodeId);
    expect(new Set(paths.map((p) => p.recommendation))).toEqual(new Set(recommendations));
  });

  it('round-trips every path through the URL', () => {
    for (const path of paths) {
      const query = pathQueryString(path.answers);
      expect(query).toBe(`?path=${path.answers.join('.')}`);
      const parsed = parsePathQuery(graph, query);
      expect(parsed.notices).toEqual([]);
      expect(parsed.answers).toEqual(path.answers);
      expect(parsed.result.kind === 'at-recommendation' && parsed.result.nodeId).toBe(path.recommendation);
    }
  });

  it('keeps the valid prefix of a path with an illegal step', () => {
    const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
    const answers = [...longest.answers];
    answers.splice(1, 0, 'not-an-option');
    const parsed = parsePathQuery(graph, `?path=${answers.join('.')}`);
    expect(parsed.answers).toEqual(longest.answers.slice(0, 1));
    expect(parsed.result.kind).not.toBe('at-recommendation');
    expect(parsed.notices).toEqual([
      expect.objectContaining({ kind: 'illegal-step', at: 1, step: 'not-an-option', dropped: longest.answers.slice(1) }),
    ]);
  });

  it('ignores steps beyond a recommendation', () => {
    const first = paths[0];
    expect(first).toBeDefined();
    if (!first) return;
    const parsed = parsePathQuery(graph, `?path=${[...first.answers, 'extra'].join('.')}`);
    expect(parsed.answers).toEqual(first.answers);
    expect(parsed.result.kind).toBe('at-recommendation');
    expect(parsed.notices).toEqual([{ kind: 'after-recommendation', at: first.answers.length, dropped: ['extra'] }]);
  });

  it('gives every question distinct option labels in both languages', () => {
    for (const node of Object.values(graph.nodes)) {
      if (node.kind !== 'question') continue;
      for (const locale of ['it', 'en'] as const) {
        const labels = node.options.map((o) => o.label[locale]);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });

  it('writes Italian and English differently (no untranslated text)', () => {
    for (const node of Object.values(graph.nodes)) {
      if (node.kind === 'recommendation') {
        expect(node.explanation.it).not.toBe(node.explanation.en);
        for (const alt of node.alternatives ?? []) expect(alt.it).not.toBe(alt.en);
      } else {
        expect(node.why.it).not.toBe(node.why.en);
        expect(node.text.it).not.toBe(node.text.en);
      }
    }
  });

  it('never shows our working vocabulary (seed numbers, "the slide") to the learner', () => {
    for (const s of allText(graph)) expect(s).not.toMatch(/\bseed\b|\bseed ?00\d|the slide says|la diapositiva dice/i);
  });

  it('writes Italian with typographic apostrophes and decimal commas', () => {
    for (const s of italianText(graph)) {
      expect(s).not.toContain("'");
      expect(s).not.toMatch(/\d\.\d/);
    }
  });

  it('lists the sources of every note among its node’s sources, so the page’s reference list has them', () => {
    for (const node of Object.values(graph.nodes)) {
      if (node.kind !== 'recommendation') continue;
      for (const note of node.notes ?? []) for (const ref of note.refs) expect(node.refs).toContain(ref);
    }
  });

  it('contains no placeholder or empty text', () => {
    for (const s of allText(graph)) {
      expect(s.trim()).not.toBe('');
      expect(s).not.toMatch(/TODO|TBD|lorem|undefined/i);
    }
  });
});

describe('source facts carried by the graphs', () => {
  const text = (id: (typeof algorithmIds)[number]) => allText(getAlgorithm(id)).join('\n');

  it('A1 keeps the CIRSE curative criteria and technique figures (gangi2010)', () => {
    const t = text('a1-cirse-algorithm');
    expect(t).toContain('< 3 cm');
    expect(t).toContain('< 3 sites');
    expect(t).toContain('5 cm');
    expect(t).toContain('75–80%');
    expect(t).toContain('74%');
    expect(t).toContain('87%');
  });

  it('A1 shows the cryoablation margin discrepancy (001 vs 004)', () => {
    const t = text('a1-cirse-algorithm');
    expect(t).toContain('3–5 mm');
    expect(t).toContain('at least 5 mm');
  });

  it('A4 teaches the SINS bands, mechanical pain and the T11 example', () => {
    const t = text('a4-noms');
    for (const s of ['SINS 13–18', 'SINS 7–12', 'SINS 0–6', 'mechanical (movement-related) pain', 'T11', 'SINS 12']) expect(t).toContain(s);
  });

  it('every graph tells the learner, in both languages, how its source was read', () => {
    for (const id of algorithmIds) {
      const about = getAlgorithm(id).about;
      expect(about?.it.trim(), id).toBeTruthy();
      expect(about?.en.trim(), id).toBeTruthy();
    }
  });

  it('A2, A3 and A4 tell the learner how their source was read (review A-4, A-5, A-7, D-10)', () => {
    expect(getAlgorithm('a2-cirse-strategy').about?.en).toMatch(/vertebral body/);
    expect(getAlgorithm('a3-bone-metastases-management').about?.en).toMatch(/without its arrows/);
    expect(getAlgorithm('a4-noms').about?.en).toMatch(/Laufer and colleagues \(2013\), not from the lecture course/);
    const curative = getAlgorithm('a3-bone-metastases-management').nodes['curative-local'];
    expect(curative?.kind === 'recommendation' && curative.notes?.[0]?.kind).toBe('reading');
  });

  it('A2 counts the vertebral body in scenario 1 in both the question and the bone-type option (review A-5)', () => {
    const g = getAlgorithm('a2-cirse-strategy');
    const flat = g.nodes['flat-bone'];
    const bone = g.nodes['bone-type'];
    expect(flat?.kind === 'question' && flat.text.en).toMatch(/vertebral body/);
    expect(bone?.kind === 'question' && bone.options.find((o) => o.id === 'flat')?.label.en).toMatch(/Vertebral body/);
  });

  it('A5 puts cement in every plan for an impending fracture (review A-9)', () => {
    const g = getAlgorithm('a5-ablation-indications-timing');
    for (const p of allPaths(g).filter((p) => p.answers[0] === 'impending-fracture')) {
      const leaf = g.nodes[p.recommendation as keyof typeof g.nodes];
      expect(leaf?.kind === 'recommendation' && leaf.title.en).toMatch(/cement/i);
    }
  });

  it('A5 gives the limits of the RFA + RT study (review A-10)', () => {
    expect(text('a5-ablation-indications-timing')).toMatch(/mostly in the pelvis, and only 5 of the 15/);
  });

  it('A5 lists the seven Wallace indications and the three timing rules', () => {
    const g = getAlgorithm('a5-ablation-indications-timing');
    const root = g.nodes[g.root];
    expect(root?.kind === 'question' && root.options.map((o) => o.id)).toEqual([
      'impending-fracture',
      'radioresistant',
      'pain-after-rt',
      'max-rt-dose',
      'radiotoxicity',
      'marrow-suppression',
      'refused-rt',
      'none',
    ]);
    const t = text('a5-ablation-indications-timing');
    expect(t).toMatch(/renal cell carcinoma, chondrosarcoma, melanoma/);
    expect(t).toMatch(/Radiotherapy first: after embolization the tumour becomes hypoxic/);
    expect(t).toMatch(/as soon as possible after embolization/);
    expect(t).toMatch(/once the temperature has normalized/);
  });

  it('A5 quotes the RFA + RT comparison with the figures of seed 000', () => {
    const t = text('a5-ablation-indications-timing');
    for (const figure of ['15 patients', '30 treated', '20 Gy in 5 fractions', '53.3%', '16.6%', '93.3%', '59.9%', '53,3%', '16,6%', '93,3%', '59,9%']) {
      expect(t).toContain(figure);
    }
  });
});

describe('one rule, said everywhere cement follows decompression', () => {
  it('A1 cavitation and A2 scenario 3 flag the cement contraindication of symptomatic cord compression (review D-3)', async () => {
    const { decompressionCementNote } = await import('./shared-notes');
    for (const [id, nodeId] of [['a1-cirse-algorithm', 'cavitation'], ['a2-cirse-strategy', 'rf-ionization']] as const) {
      const node = (getAlgorithm(id).nodes as Record<string, DecisionGraph['nodes'][string]>)[nodeId];
      expect(node?.kind === 'recommendation' && node.notes).toContain(decompressionCementNote);
    }
    expect(decompressionCementNote.text.en).toMatch(/absolute contraindication to vertebroplasty/);
  });
});

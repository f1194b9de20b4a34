import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { caseSchema, type CaseStudy } from './case-schema';
import { scoreSins } from '../scores/sins/score-sins';
import { assessPainResponse } from '../scores/pain-response/assess-pain-response';

const root = join(__dirname, '..', '..', '..');
const casesDir = join(root, 'content', 'cases');
const files = readdirSync(casesDir).filter((f) => f.endsWith('.yaml')).sort();

const refIds = new Set(
  (parse(readFileSync(join(root, 'content', 'references.yaml'), 'utf8')) as { id: string }[]).map((r) => r.id),
);

/** The case table of CURRICULUM.md (ids as in the common brief). */
const expectedIds = [
  'myeloma-c1-c3', 'myeloma-c2', 'sins-t11', 'hemangiopericytoma-l5', 'urothelial-l2', 'cryo-l5',
  'plasmocytoma-t9', 'myeloma-t9-l2', 'ewing-hip', 'hifu-breast', 'rcc-t10-iort', 'embolization-case-2',
  'myeloma-th2-embolization', 'rcc-th12-vp', 'oo-femur-rfa', 'ljubljana-series',
];

const cases: { file: string; data: CaseStudy }[] = files.map((file) => {
  const raw: unknown = parse(readFileSync(join(casesDir, file), 'utf8'));
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(parsed.error.issues, null, 2)}`);
  return { file, data: parsed.data };
});

describe('content/cases', () => {
  it('holds the 16 cases of the curriculum, one file each', () => {
    expect(cases.map((c) => c.data.id).sort()).toEqual([...expectedIds].sort());
  });

  for (const { file, data: c } of cases) {
    describe(file, () => {
      it('has an id equal to its file name', () => expect(`${c.id}.yaml`).toBe(file));

      it('cites only references that exist, including every quiz ref', () => {
        const missing = [...c.refs, ...c.quiz.map((q) => q.ref)].filter((r) => !refIds.has(r));
        expect(missing).toEqual([]);
      });

      it('cites its own seed document', () => {
        expect(c.refs.some((r) => r.startsWith(`seed${c.seed}-`))).toBe(true);
      });

      it('has quiz answers that are among the options', () => {
        for (const q of c.quiz) {
          if (q.type === 'single') expect(q.options.map((o) => o.id)).toContain(q.correct);
          if (q.type === 'multiple') for (const id of q.correct) expect(q.options.map((o) => o.id)).toContain(id);
          if (q.type === 'numeric') expect(Number.isFinite(q.correct)).toBe(true);
        }
      });

      it('has case scores that the calculators accept and that match the stated totals', () => {
        for (const s of c.scores ?? []) {
          if (s.score === 'sins') {
            const r = scoreSins(s.input);
            expect(r.kind).toBe('result');
            if (s.expertTotal !== undefined && r.kind === 'result') expect(r.total).toBe(s.expertTotal);
          }
          if (s.score === 'pain-response') expect(assessPainResponse(s.input).kind).toBe('result');
        }
      });
    });
  }

  it('scores the T11 slide to 12 and asks for it in the quiz, explaining the "unstable" label', () => {
    const t11 = cases.find((c) => c.data.id === 'sins-t11')?.data;
    expect(t11).toBeDefined();
    const sins = t11?.scores?.find((s) => s.score === 'sins');
    expect(sins?.expertTotal).toBe(12);
    const r = sins && sins.score === 'sins' ? scoreSins(sins.input) : undefined;
    expect(r).toMatchObject({ kind: 'result', total: 12, band: 'indeterminate' });
    const q = t11?.quiz.find((x) => x.kind === 'score' && x.type === 'numeric');
    expect(q?.type === 'numeric' && q.correct).toBe(12);
    expect(q?.explanation.en.toLowerCase()).toContain('unstable');
    expect(q?.explanation.it.toLowerCase()).toContain('instabile');
  });

  it('rejects a wrong SINS option id and a quiz answer that is not an option', () => {
    const base = cases[0]?.data;
    expect(base).toBeDefined();
    const badSins = { ...base, tools: ['sins'], scores: [{ score: 'sins', input: { level: 'T11', pain: 'severe' }, note: { it: 'x', en: 'x' } }] };
    expect(caseSchema.safeParse(badSins).success).toBe(false);
    const firstSingle = base?.quiz.findIndex((q) => q.type === 'single') ?? -1;
    const quiz = base?.quiz.map((q, i) => (i === firstSingle ? { ...q, correct: 'h' } : q));
    expect(caseSchema.safeParse({ ...base, quiz }).success).toBe(false);
  });
});

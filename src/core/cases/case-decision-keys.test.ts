import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { caseSchema, type CaseStudy } from '../content/case-schema';
import { scoreSins } from '../scores/sins/score-sins';
import { sinsDefinition } from '../scores/sins/sins-definition';
import { sinsPoints } from '../scores/sins/sins-points';
import { locationOfLevel } from '../scores/sins/spine-levels';
import { mechanicalIndication } from '../scores/sins/mechanical-indication';
import { classifyRadiosensitivity } from '../scores/radiosensitivity/classify-radiosensitivity';
import { nomsRules } from '../scores/noms/noms-rules';

/**
 * The answer keys of the case quizzes, checked against the core wherever the case gives the inputs: a
 * key that disagrees with the calculators is a key that teaches the wrong decision.
 */

const casesDir = join(__dirname, '..', '..', '..', 'content', 'cases');
const cases: CaseStudy[] = readdirSync(casesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const parsed = caseSchema.safeParse(parse(readFileSync(join(casesDir, f), 'utf8')));
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.message}`);
    return parsed.data;
  });

type Quiz = CaseStudy['quiz'][number];
const allQuiz = cases.flatMap((c) => c.quiz.map((q) => ({ c, q })));
const correctIds = (q: Quiz): string[] => ('correct' in q ? (Array.isArray(q.correct) ? q.correct.map(String) : [String(q.correct)]) : []);
const optionsOf = (q: Quiz) => ('options' in q && Array.isArray(q.options) ? q.options : []);

/** A spinal level named in a SINS location question ("a C2 lesion", "Th12", "L5"). */
function levelIn(text: string): string | undefined {
  const m = /\b(?:Th|T|C|L|S)(\d{1,2})\b/.exec(text.replace(/\bTh(\d)/g, 'T$1'));
  return m ? m[0] : undefined;
}

/** Case histology ids → the radiosensitivity tool's ids, only where the match is exact. */
const caseHistologyToTool: Readonly<Record<string, string>> = {
  'renal-cell-carcinoma': 'renal',
  'multiple-myeloma': 'myeloma',
  'breast-cancer': 'breast',
};

const locationPoints = (level: string) => {
  const location = locationOfLevel(level);
  return sinsPoints.components[0].options.find((o) => o.id === location)?.points;
};

describe('case quiz keys agree with the core', () => {
  it('every SINS location question keys the points the SINS core gives that level', () => {
    const items = allQuiz.filter(({ q }) => /SINS/.test(q.stem.en) && /location|points/i.test(q.stem.en) && levelIn(q.stem.en));
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const { c, q } of items) {
      const level = levelIn(q.stem.en) as string;
      const points = locationPoints(level);
      expect(points, `${c.id} › ${q.id}: ${level}`).toBeDefined();
      if (q.type === 'numeric') {
        expect(q.correct, `${c.id} › ${q.id}`).toBe(points);
      } else {
        const options = optionsOf(q);
        const withPoints = options.filter((o) => new RegExp(`(^|\\D)${points}(\\D|$)`).test(o.text.en)).map((o) => o.id);
        expect(withPoints, `${c.id} › ${q.id}`).toEqual(correctIds(q));
      }
    }
  });

  it('every SINS total and band question keys what the SINS core computes from the case’s own items', () => {
    let checked = 0;
    for (const c of cases) {
      for (const score of c.scores ?? []) {
        if (score.score !== 'sins') continue;
        const r = scoreSins(score.input);
        expect(r.kind, c.id).toBe('result');
        if (r.kind !== 'result') continue;
        const band = sinsDefinition.bands.find((b) => b.code === r.band);
        for (const q of c.quiz.filter((q) => q.kind === 'score' && /SINS/.test(q.stem.en))) {
          if (q.type === 'numeric' && /work out|calculate|what is the SINS/i.test(q.stem.en)) {
            expect(q.correct, `${c.id} › ${q.id}`).toBe(r.total);
            checked++;
          }
          if (q.type === 'single' && /band/i.test(q.stem.en)) {
            const keyed = optionsOf(q).filter((o) => correctIds(q).includes(o.id));
            expect(keyed.map((o) => o.text.en.startsWith(band?.label.en.split(' (')[0] ?? '?')), `${c.id} › ${q.id}`).toEqual([true]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('a cemented spinal case with SINS items has a mechanical indication the NOMS rule agrees with (T11: mechanical pain)', () => {
    const cemented = cases.filter((c) => c.site.kind === 'spine' && c.techniques.includes('vertebroplasty') && c.scores?.some((s) => s.score === 'sins'));
    expect(cemented.map((c) => c.id)).toContain('sins-t11');
    for (const c of cemented) {
      const input = c.scores?.find((s) => s.score === 'sins')?.input ?? {};
      const r = scoreSins(input);
      if (r.kind !== 'result') throw new Error(c.id);
      expect(mechanicalIndication(r.band, input.pain === 'mechanical').indication, c.id).toBe('stabilization');
    }
  });

  it('a "radioresistant tumour" option is keyed correct only when the radiosensitivity core calls the histology radioresistant', () => {
    // Only options about this patient's tumour ("Radioresistant tumour (renal cell carcinoma)"); a generic list
    // ("Radioresistant tumour (e.g. …)") is not about the case's histology.
    const items = allQuiz.filter(({ q }) => optionsOf(q).some((o) => /^Radioresistant tumour \((?!e\.g\.)/.test(o.text.en)));
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const { c, q } of items) {
      const option = optionsOf(q).find((o) => /^Radioresistant tumour/.test(o.text.en));
      const histology = caseHistologyToTool[c.histology.id];
      expect(histology, `${c.id}: map the case histology ${c.histology.id} to a radiosensitivity tool id`).toBeDefined();
      const r = classifyRadiosensitivity(histology ?? '');
      const resistant = r.kind === 'result' && r.noms === 'radioresistant';
      expect(correctIds(q).includes(option?.id ?? '?'), `${c.id} › ${q.id} (${c.histology.id})`).toBe(resistant);
    }
  });

  it('symptomatic cord compression is keyed as an absolute contraindication to vertebroplasty, as the NOMS core applies it', () => {
    const items = allQuiz.filter(({ q }) => /absolute contraindication/i.test(q.stem.en) && /vertebroplasty/i.test(q.stem.en));
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const { c, q } of items) {
      const option = optionsOf(q).find((o) => /symptomatic cord compression/i.test(o.text.en));
      expect(option, `${c.id} › ${q.id}`).toBeDefined();
      expect(correctIds(q), `${c.id} › ${q.id}`).toContain(option?.id);
    }
    expect(nomsRules['symptomatic-compression-no-cement'].then.en).toMatch(/absolute contraindication to vertebroplasty/);
  });
});

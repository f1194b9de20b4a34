import { describe, expect, it } from 'vitest';
import { testCourse } from '../../lib/test-content';
import { caseQuizData } from './case-quiz-data';

const { cases } = testCourse();

const label = (id: string) => `[${id}]`;

describe('caseQuizData', () => {
  it('localizes the T11 case and offers item-by-item SINS scoring on the total question only', () => {
    const t11 = cases.find((c) => c.id === 'sins-t11')!;
    const data = caseQuizData(t11, 'it', label);
    expect(data.title).toContain('T11');
    expect(data.steps[0]).toEqual({ phase: 'presentation', text: 'Metastasi vertebrale sintomatica di T11, dolore meccanico.' });
    const total = data.questions[0]!;
    expect(total.type).toBe('numeric');
    if (total.type !== 'numeric') return;
    expect(total.unit).toBe('punti');
    expect(total.id).toMatch(/^case-sins-t11-/);
    expect(total.sources[0]).toEqual({ kind: 'ref', label: '[fisher2010]', href: '/it/references/#fisher2010' });
    expect(total.sources[1]).toMatchObject({ kind: 'case', href: '/it/cases/sins-t11/' });
    expect(total.sins?.expertTotal).toBe(12);
    expect(total.sins?.calculatorHref).toBe('/it/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');
    expect(data.questions.filter((q) => q.type === 'numeric' && q.sins)).toHaveLength(1);
    expect(data.plan.map((p) => p.kind)).toEqual(['step', 'step', 'question', 'question', 'step', 'question', 'step']);
  });

  it('puts every question of every case into the plan exactly once, in both languages', () => {
    for (const c of cases) for (const lang of ['it', 'en'] as const) {
      const data = caseQuizData(c, lang, label);
      const asked = data.plan.flatMap((p) => (p.kind === 'question' ? [p.question] : [])).sort();
      expect(asked, c.id).toEqual(c.quiz.map((_, i) => i));
      expect(data.plan.filter((p) => p.kind === 'step'), c.id).toHaveLength(c.timeline.length);
      expect(data.questions.every((q) => q.stem.length > 0 && q.explanation.length > 0), c.id).toBe(true);
      // Ids are unique across the site and valid review-card keys.
      expect(data.questions.every((q) => /^case-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(q.id) && q.id.startsWith(`case-${c.id}-`)), c.id).toBe(true);
    }
  });
});

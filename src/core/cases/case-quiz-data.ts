import type { CasePhase, CaseStudy } from '../content/case-schema';
import type { Locale } from '../i18n/locales';
import { caseQuestionId, type QuizQuestion, type QuizQuestionBase } from '../quiz/question';
import { toolHref } from '../scores/registry';
import { sinsQueryString } from '../scores/sins/sins-query';
import { sinsTotalInputFor } from './case-scores';
import { quizPlan, type PlanItem } from './quiz-plan';

/**
 * What the case-quiz island receives: one case in one language, already localized, so the island
 * ships no YAML, no schema and no other language's case text. Its questions take the one question
 * view model (src/core/quiz/question.ts) with site-wide ids ("case-<case>-<question>"), so a case
 * question can also be a review card.
 */
export interface CaseStepView {
  phase: CasePhase;
  when?: string;
  text: string;
}

export interface CaseQuizData {
  caseId: string;
  title: string;
  steps: CaseStepView[];
  questions: QuizQuestion[];
  plan: PlanItem[];
}

export function caseQuizQuestions(c: CaseStudy, lang: Locale, refLabel: (id: string) => string): QuizQuestion[] {
  return c.quiz.map((q): QuizQuestion => {
    // The item rewrite gives case questions a cognitive level too (optional in the schema).
    const level = (q as { level?: unknown }).level;
    const base: QuizQuestionBase = {
      id: caseQuestionId(c.id, q.id),
      // A case exercises several modules; its first is the one it is filed under.
      module: c.modules[0] ?? 'M1',
      ...(level === 'recall' || level === 'application' ? { level } : {}),
      stem: q.stem[lang],
      explanation: q.explanation[lang],
      sources: [
        { kind: 'ref', label: refLabel(q.ref), href: `/${lang}/references/#${q.ref}` },
        { kind: 'case', label: c.title[lang], href: `/${lang}/cases/${c.id}/` },
      ],
    };
    switch (q.type) {
      case 'single':
        return { ...base, type: 'single', options: q.options.map((o) => ({ id: o.id, text: o.text[lang] })), correct: q.correct };
      case 'multiple':
        return { ...base, type: 'multiple', options: q.options.map((o) => ({ id: o.id, text: o.text[lang] })), correct: [...q.correct] };
      case 'numeric': {
        const sins = sinsTotalInputFor(q, c.scores);
        return {
          ...base,
          type: 'numeric',
          correct: q.correct,
          tolerance: q.tolerance,
          ...(q.unit ? { unit: q.unit[lang] } : {}),
          ...(sins
            ? { sins: { ...sins, calculatorHref: toolHref(lang, 'sins', sinsQueryString(sins.input)), emptyCalculatorHref: toolHref(lang, 'sins') } }
            : {}),
        };
      }
    }
  });
}

export function caseQuizData(c: CaseStudy, lang: Locale, refLabel: (id: string) => string): CaseQuizData {
  return {
    caseId: c.id,
    title: c.title[lang],
    steps: c.timeline.map((s) => ({ phase: s.phase, ...(s.when ? { when: s.when[lang] } : {}), text: s.text[lang] })),
    questions: caseQuizQuestions(c, lang, refLabel),
    plan: quizPlan(c.timeline, c.quiz),
  };
}

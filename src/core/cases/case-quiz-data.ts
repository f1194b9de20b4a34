import type { CasePhase, CaseStudy } from '../content/case-schema';
import type { Locale } from '../i18n/locales';
import { toolHref } from '../scores/registry';
import type { SinsInput } from '../scores/sins/score-sins';
import { sinsQueryString } from '../scores/sins/sins-query';
import { sinsTotalInputFor } from './case-scores';
import { quizPlan, type PlanItem } from './quiz-plan';

/**
 * What the case-quiz island receives: one case in one language, already localized, so the island
 * ships no YAML, no schema and no other language's case text.
 */
export interface QuizOptionView {
  id: string;
  text: string;
}

export interface QuizRefView {
  id: string;
  /** "Fisher 2010". */
  label: string;
  /** The entry on the references page. */
  href: string;
}

interface QuestionViewBase {
  id: string;
  kind: 'score' | 'treatment' | 'risk' | 'outcome';
  stem: string;
  explanation: string;
  ref: QuizRefView;
}

export type QuizQuestionView =
  | (QuestionViewBase & { type: 'single'; options: QuizOptionView[]; correct: string })
  | (QuestionViewBase & { type: 'multiple'; options: QuizOptionView[]; correct: string[] })
  | (QuestionViewBase & {
      type: 'numeric';
      correct: number;
      tolerance: number;
      unit?: string;
      /** Present when the question asks for the case's SINS total: it can be scored item by item. */
      sins?: { input: SinsInput; expertTotal: number; calculatorHref: string; emptyCalculatorHref: string };
    });

export interface CaseStepView {
  phase: CasePhase;
  when?: string;
  text: string;
}

export interface CaseQuizData {
  caseId: string;
  title: string;
  steps: CaseStepView[];
  questions: QuizQuestionView[];
  plan: PlanItem[];
}

export function caseQuizData(c: CaseStudy, lang: Locale, refLabel: (id: string) => string): CaseQuizData {
  const questions = c.quiz.map((q): QuizQuestionView => {
    const base: QuestionViewBase = {
      id: q.id,
      kind: q.kind,
      stem: q.stem[lang],
      explanation: q.explanation[lang],
      ref: { id: q.ref, label: refLabel(q.ref), href: `/${lang}/references/#${q.ref}` },
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
  return {
    caseId: c.id,
    title: c.title[lang],
    steps: c.timeline.map((s) => ({ phase: s.phase, ...(s.when ? { when: s.when[lang] } : {}), text: s.text[lang] })),
    questions,
    plan: quizPlan(c.timeline, c.quiz),
  };
}

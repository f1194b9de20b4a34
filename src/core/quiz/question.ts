/**
 * The one view model of a question, whatever it comes from: the bank (content/questions), a case quiz
 * (content/cases › quiz) or a lesson's self-check. One locale's text, the answer fields the grader
 * needs, and where the answer comes from. Every island that asks a question takes this shape and
 * renders it with the one question view (src/widgets/shared/question).
 */
import type { SinsInput } from '../scores/sins/score-sins';

export type CognitiveLevel = 'recall' | 'application';
export const cognitiveLevels: readonly CognitiveLevel[] = ['recall', 'application'];

/** Where an answer comes from, ready to link: the bibliography entry or the case page. */
export interface QuizSource {
  kind: 'ref' | 'case';
  /** "Gangi 2010", or the case title. */
  label: string;
  /** The work's title (references only). */
  detail?: string;
  href: string;
}

export interface QuizOption {
  id: string;
  text: string;
}

/** A case's SINS total can be scored item by item, with the calculator's own inputs. */
export interface SinsAid {
  input: SinsInput;
  expertTotal: number;
  calculatorHref: string;
  emptyCalculatorHref: string;
}

export interface QuizQuestionBase {
  /** Unique among all questions a learner can meet (bank ids; case questions are "case-<case>-<id>"). */
  id: string;
  /** Curriculum module, M1…M15. */
  module: string;
  /** Recall or application (clinical decision); absent for items that have not been classified. */
  level?: CognitiveLevel;
  stem: string;
  explanation: string;
  sources: QuizSource[];
}

export type QuizQuestion = QuizQuestionBase &
  (
    | { type: 'single'; options: QuizOption[]; correct: string }
    | { type: 'multiple'; options: QuizOption[]; correct: string[] }
    | { type: 'numeric'; correct: number; tolerance: number; min?: number; max?: number; unit?: string; sins?: SinsAid }
  );

export type ChoiceQuestion = Extract<QuizQuestion, { type: 'single' | 'multiple' }>;

/** The review-deck id of a case-quiz question: kebab-case like every card key. */
export function caseQuestionId(caseId: string, questionId: string): string {
  return `case-${caseId}-${questionId}`;
}

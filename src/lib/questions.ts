// What the quiz, review, progress and lesson pages make of the question bank and the case quizzes: islands get only
// what they need — one locale's text, ids, module, level, type, answers — the one question view model of
// src/core/quiz/question.ts. The bank comes from the `questions` collection (src/lib/content.ts): validated there.
import { referenceWords } from '../core/content/reference-parts';
import type { Locale } from '../core/i18n/locales';
import { citationLabel } from './citation-text';
import { referenceIn, type BankQuestion, type Course } from './course';
import { caseQuestionId, type CognitiveLevel, type QuizQuestion, type QuizQuestionBase, type QuizSource } from '../core/quiz/question';
import { computeBlueprint, type Blueprint } from '../core/quiz/blueprint';
import { caseQuizQuestions } from '../core/cases/case-quiz-data';

export type { QuizQuestion, QuizSource } from '../core/quiz/question';

const moduleNumber = (module: string) => Number(module.slice(1));

/** Modules that have questions, in curriculum order, with how many each has. */
export function bankModules(bank: readonly BankQuestion[]): { module: string; count: number }[] {
  return [...new Set(bank.map((q) => q.module))]
    .sort((a, b) => moduleNumber(a) - moduleNumber(b))
    .map((module) => ({ module, count: bank.filter((q) => q.module === module).length }));
}

function sourcesOf(q: BankQuestion, lang: Locale, course: Course): QuizSource[] {
  const out: QuizSource[] = [];
  if (q.source.ref) {
    const ref = referenceIn(course, q.source.ref.id);
    // Named authors give "Fisher 2010"; a described source (lecture course, wiki) has its own label.
    out.push({ kind: 'ref', label: citationLabel(ref, lang), detail: referenceWords(ref, lang).title, href: `/${lang}/references/#${ref.id}` });
  }
  if (q.source.case) {
    const c = course.caseById.get(q.source.case.id);
    if (!c) throw new Error(`content/questions › ${q.id}.source.case: unknown case "${q.source.case.id}"`);
    out.push({ kind: 'case', label: c.title[lang], href: `/${lang}/cases/${c.id}/` });
  }
  return out;
}

/** The item's cognitive level (recall / application). */
const levelOf = (q: BankQuestion): CognitiveLevel => q.level;

export function toQuizQuestion(q: BankQuestion, lang: Locale, course: Course): QuizQuestion {
  const level = levelOf(q);
  const base: QuizQuestionBase = {
    id: q.id,
    module: q.module,
    ...(level ? { level } : {}),
    stem: q.stem[lang],
    explanation: q.explanation[lang],
    sources: sourcesOf(q, lang, course),
  };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', options: q.options.map((o) => ({ id: o.id, text: o.text[lang] })), correct: q.correct };
    case 'multiple':
      return { ...base, type: 'multiple', options: q.options.map((o) => ({ id: o.id, text: o.text[lang] })), correct: q.correct };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        correct: q.correct,
        tolerance: q.tolerance,
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.unit ? { unit: q.unit[lang] } : {}),
      };
  }
}

export function quizQuestionsFor(course: Course, lang: Locale): QuizQuestion[] {
  return course.questions.map((q) => toQuizQuestion(q, lang, course));
}

/** Items per module × level (src/core/quiz/blueprint.ts, as `npm run blueprint` prints it): shown on the quiz page; exams draw by it. */
export const blueprintOf = (course: Course): Blueprint => computeBlueprint(course.questions);

/** How many bank questions a lesson's self-check asks. */
const LESSON_CHECK_SIZE = 3;

/** A lesson's self-check questions: the module's bank items, clinical decisions (application) first. */
export function lessonCheckQuestions(course: Course, module: string, lang: Locale): QuizQuestion[] {
  const items = course.questions.filter((q) => q.module === module);
  const ranked = [...items.filter((q) => levelOf(q) === 'application'), ...items.filter((q) => levelOf(q) !== 'application')];
  return ranked.slice(0, LESSON_CHECK_SIZE).map((q) => toQuizQuestion(q, lang, course));
}

/** A case question's source label: the short citation of its reference. */
const caseRefLabel = (course: Course, lang: Locale) => (id: string) => citationLabel(referenceIn(course, id), lang);

/** Every case-quiz question in one locale, cases in the one case order (/quiz-data/<lang>/cases.json). */
export function caseQuestionsFor(course: Course, lang: Locale): QuizQuestion[] {
  return course.cases.flatMap((c) => caseQuizQuestions(c, lang, caseRefLabel(course, lang)));
}

/** Every question a review card can stand for: the bank and every case quiz (case mistakes enter the review deck too). */
export function reviewQuestionsFor(course: Course, lang: Locale): QuizQuestion[] {
  return [...quizQuestionsFor(course, lang), ...caseQuestionsFor(course, lang)];
}

/** Ids of every question a review card can stand for (bank and case quizzes): what "due today" counts. */
export function reviewQuestionIds(course: Course): string[] {
  return [...course.questions.map((q) => q.id), ...course.cases.flatMap((c) => c.quiz.map((q) => caseQuestionId(c.id, q.id)))];
}

/** Every case, in the one case order, with its title in one language and the number of questions in its case quiz. */
export function caseList(course: Course, lang: Locale): { id: string; title: string; quizLength: number }[] {
  return course.cases.map((c) => ({ id: c.id, title: c.title[lang], quizLength: c.quiz.length }));
}

import { describe, expect, it } from 'vitest';
import { bankModules, blueprintOf, caseList, caseQuestionsFor, lessonCheckQuestions, quizQuestionsFor, reviewQuestionIds, reviewQuestionsFor, toQuizQuestion } from './questions';
import { gradeAnswer } from '../core/quiz/grade';
import { testCourse } from './test-content';

const course = testCourse();
const questionBank = course.questions;
const byId = (id: string) => {
  const q = questionBank.find((x) => x.id === id);
  if (!q) throw new Error(`no bank question ${id}`);
  return q;
};

describe('question bank views', () => {
  it('has every file of content/questions, with unique ids, modules in curriculum order', () => {
    expect(questionBank.length).toBeGreaterThan(0);
    expect(new Set(questionBank.map((q) => q.id)).size).toBe(questionBank.length);
    const modules = bankModules(questionBank);
    expect(modules.reduce((n, m) => n + m.count, 0)).toBe(questionBank.length);
    const numbers = modules.map((m) => Number(m.module.slice(1)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('gives islands one locale of text, and answers the grader accepts', () => {
    for (const lang of ['it', 'en'] as const) {
      const questions = quizQuestionsFor(course, lang);
      expect(questions).toHaveLength(questionBank.length);
      for (const [i, q] of questions.entries()) {
        const source = questionBank[i]!;
        expect(q.stem).toBe(source.stem[lang]);
        expect(q.explanation).toBe(source.explanation[lang]);
        expect(q.sources.length).toBeGreaterThan(0);
        for (const s of q.sources) expect(s.href).toMatch(new RegExp(`^/${lang}/(references/#[a-z0-9-]+|cases/[a-z0-9-]+/)$`));
        // The stored right answer grades as right.
        const result = gradeAnswer(q, q.correct);
        expect(result.kind === 'graded' && result.correct, q.id).toBe(true);
      }
    }
  });

  it('labels described sources by their own label, named ones by first author and year, cases by title', () => {
    const withSlides = questionBank.find((q) => q.source.ref?.id === 'seed000-lecture');
    expect(withSlides).toBeDefined();
    expect(toQuizQuestion(withSlides!, 'en', course).sources[0]!.label).toBe('Italian lecture course');
    expect(toQuizQuestion(withSlides!, 'it', course).sources[0]!.label).toBe('Corso italiano');
    // m04-sins-t11-example cites Fisher 2010 and the T11 case.
    const t11 = toQuizQuestion(byId('m04-sins-t11-example'), 'it', course);
    expect(t11.sources.map((s) => [s.kind, s.label, s.href])).toEqual([
      ['ref', 'Fisher 2010', '/it/references/#fisher2010'],
      ['case', course.caseById.get('sins-t11')!.title.it, '/it/cases/sins-t11/'],
    ]);
  });

  it('names the question and the case when a question points at a case that does not exist', () => {
    const broken = { ...byId('m04-sins-t11-example'), source: { case: { collection: 'cases' as const, id: 'no-such-case' } } };
    expect(() => toQuizQuestion(broken, 'en', course)).toThrow('content/questions › m04-sins-t11-example.source.case: unknown case "no-such-case"');
  });
});

describe('what the quiz, review, progress and lesson pages receive', () => {
  it('review covers the bank and every case question, under one id each', () => {
    const ids = reviewQuestionIds(course);
    expect(reviewQuestionsFor(course, 'it').map((q) => q.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('case-')).length).toBe(ids.length - questionBank.length);
    expect(reviewQuestionsFor(course, 'en').map((q) => q.id)).toEqual(ids);
  });

  it('lists cases in the one case order everywhere: progress, case quiz data and the course itself', () => {
    const order = course.cases.map((c) => c.id);
    expect(order[0]).toBe('myeloma-c1-c3');
    expect(order.at(-1)).toBe('ljubljana-series');
    expect(course.cases.map((c) => c.order)).toEqual([...course.cases.map((c) => c.order)].sort((a, b) => a - b));
    expect(caseList(course, 'it').map((c) => c.id)).toEqual(order);
    // The case quiz data runs through the cases in the same order (each question id starts with its case id).
    const caseOf = (questionId: string) => order.filter((id) => questionId.startsWith(`case-${id}-`)).sort((a, b) => b.length - a.length)[0];
    expect([...new Set(caseQuestionsFor(course, 'en').map((q) => caseOf(q.id)))]).toEqual(order);
  });

  it('a lesson asks a few of its module’s bank questions, clinical decisions first', () => {
    const asked = lessonCheckQuestions(course, 'M6', 'en');
    expect(asked).toHaveLength(3);
    expect(asked.every((q) => q.module === 'M6')).toBe(true);
    // M6 has more than three application items, so only those are asked.
    expect(questionBank.filter((q) => q.module === 'M6' && q.level === 'application').length).toBeGreaterThan(3);
    expect(asked.every((q) => q.level === 'application')).toBe(true);
    expect(lessonCheckQuestions(course, 'M99', 'en')).toEqual([]);
  });

  it('the blueprint counts every bank item once', () => {
    const blueprint = blueprintOf(course);
    expect(blueprint.rows.reduce((n, r) => n + r.recall + r.application, 0)).toBe(questionBank.length);
    expect(blueprint.total).toBe(questionBank.length);
  });
});

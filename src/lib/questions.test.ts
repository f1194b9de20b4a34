import { describe, expect, it } from 'vitest';
import { bankModules, blueprint, caseList, lessonCheckQuestions, questionBank, quizQuestionsFor, reviewQuestionIds, reviewQuestionsFor, toQuizQuestion } from './questions';
import { gradeAnswer } from '../core/quiz/grade';

describe('question bank loader', () => {
  it('loads every file of content/questions, with unique ids', () => {
    expect(questionBank.length).toBeGreaterThan(0);
    expect(new Set(questionBank.map((q) => q.id)).size).toBe(questionBank.length);
    expect(bankModules.reduce((n, m) => n + m.count, 0)).toBe(questionBank.length);
    const numbers = bankModules.map((m) => Number(m.module.slice(1)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('gives islands one locale of text, and answers the grader accepts', () => {
    for (const lang of ['it', 'en'] as const) {
      const questions = quizQuestionsFor(lang);
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

  it('labels described sources by their own label, named ones by first author and year', () => {
    const withSlides = questionBank.find((q) => q.source.ref === 'seed000-lecture');
    if (withSlides) {
      expect(toQuizQuestion(withSlides, 'en').sources[0]!.label).toBe('Italian lecture course');
      expect(toQuizQuestion(withSlides, 'it').sources[0]!.label).toBe('Corso italiano');
    }
    const withFisher = questionBank.find((q) => q.source.ref === 'fisher2010');
    if (withFisher) expect(toQuizQuestion(withFisher, 'it').sources[0]!.label).toBe('Fisher 2010');
    const withCase = questionBank.find((q) => q.source.case);
    if (withCase) {
      const src = toQuizQuestion(withCase, 'it').sources.find((s) => s.kind === 'case')!;
      expect(src.href).toBe(`/it/cases/${withCase.source.case}/`);
      expect(caseList('it').find((c) => c.id === withCase.source.case)?.title).toBe(src.label);
    }
  });
});

describe('what the quiz, review and lesson pages receive', () => {
  it('review covers the bank and every case question, under one id each', () => {
    const italian = reviewQuestionsFor('it');
    expect(italian.map((q) => q.id)).toEqual(reviewQuestionIds);
    expect(new Set(reviewQuestionIds).size).toBe(reviewQuestionIds.length);
    expect(reviewQuestionIds.filter((id) => id.startsWith('case-')).length).toBe(reviewQuestionIds.length - questionBank.length);
    expect(reviewQuestionsFor('en').map((q) => q.id)).toEqual(reviewQuestionIds);
  });

  it('a lesson asks a few of its module’s bank questions, clinical decisions first', () => {
    const asked = lessonCheckQuestions('M6', 'en');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(3);
    expect(asked.every((q) => q.module === 'M6')).toBe(true);
    const applied = questionBank.filter((q) => q.module === 'M6' && q.level === 'application').length;
    if (applied >= asked.length) expect(asked.every((q) => q.level === 'application')).toBe(true);
    expect(lessonCheckQuestions('M99', 'en')).toEqual([]);
  });

  it('the blueprint counts every bank item once', () => {
    expect(blueprint.rows.reduce((n, r) => n + r.recall + r.application, 0)).toBe(questionBank.length);
    expect(blueprint.total).toBe(questionBank.length);
  });
});

import { describe, expect, it } from 'vitest';
import { progressSchema } from './schema';
import { salvageSections } from './salvage';
import { sampleState } from './test-fixtures';

describe('salvageSections', () => {
  it('keeps a valid state whole and reports nothing', () => {
    const state = sampleState();
    expect(salvageSections(JSON.parse(JSON.stringify(state)))).toEqual({ value: state, dropped: [] });
  });

  it('fills missing sections with empty ones without reporting them', () => {
    const { value, dropped } = salvageSections({ version: 2, lessonsRead: { 'm02-selection-biopsy': '2025-01-01' } });
    expect(dropped).toEqual([]);
    expect(value).toEqual({ version: 2, lessonsRead: { 'm02-selection-biopsy': '2025-01-01' }, quizResults: [], caseQuizzes: {}, reviewCards: {} });
  });

  it('drops a section of the wrong type and keeps the others', () => {
    const raw = { ...sampleState(), quizResults: 'lots' };
    const { value, dropped } = salvageSections(raw);
    expect(dropped).toEqual(['quizResults']);
    expect(value.quizResults).toEqual([]);
    expect(value.lessonsRead).toEqual(sampleState().lessonsRead);
    expect(value.caseQuizzes).toEqual(sampleState().caseQuizzes);
    expect(value.reviewCards).toEqual(sampleState().reviewCards);
  });

  it('drops single bad entries inside a section, naming each', () => {
    const s = sampleState();
    const raw = {
      ...s,
      lessonsRead: { ...s.lessonsRead, 'Bad Slug': '2025-01-01', 'm03-preparation-guidance': 'yesterday' },
      quizResults: [s.quizResults[0], { id: 'x', score: 'high' }, s.quizResults[1], { ...s.quizResults[0], score: 11 }],
      caseQuizzes: { ...s.caseQuizzes, 'cryo-l5': { best: -1, last: 0, date: '2025-01-01' } },
      reviewCards: { ...s.reviewCards, 'm09-ice': { due: 'soon' } },
    };
    const { value, dropped } = salvageSections(raw);
    expect(dropped).toEqual([
      'lessonsRead["Bad Slug"]',
      'lessonsRead["m03-preparation-guidance"]',
      'quizResults[1]',
      'quizResults[3]',
      'caseQuizzes["cryo-l5"]',
      'reviewCards["m09-ice"]',
    ]);
    expect(value).toEqual(s);
    expect(progressSchema.safeParse(value).success).toBe(true);
  });

  it('keeps the first of two results with the same id', () => {
    const s = sampleState();
    const twin = { ...s.quizResults[1], id: 'quiz-a' };
    const { value, dropped } = salvageSections({ ...s, quizResults: [...s.quizResults, twin] });
    expect(value.quizResults).toEqual(s.quizResults);
    expect(dropped).toEqual(['quizResults[2]']);
  });

  it('reports unknown top-level keys and never lets "__proto__" through', () => {
    const raw = JSON.parse('{"version":2,"theme":"dark","lessonsRead":{"__proto__":"2025-01-01"}}');
    const { value, dropped } = salvageSections(raw);
    expect(dropped).toEqual(['lessonsRead["__proto__"]', '"theme"']);
    expect(Object.getPrototypeOf(value.lessonsRead)).toBe(Object.prototype);
  });
});

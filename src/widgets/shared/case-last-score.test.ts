// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readLastScore } from './case-last-score';
import { saveCaseResult } from '../CaseQuiz/progress-store';
import './case-last-score';

const stored = (caseQuizzes: unknown) => JSON.stringify({ version: 2, lessonsRead: {}, quizResults: [], caseQuizzes, reviewCards: {} });

describe('readLastScore', () => {
  it('reads a current record and ignores anything else', () => {
    expect(readLastScore(stored({ a: { last: 2.5, best: 3, at: '2026-01-01T00:00:00Z' } }), 'a')).toEqual({ last: 2.5, best: 3 });
    expect(readLastScore(stored({}), 'a')).toBeNull();
    expect(readLastScore(null, 'a')).toBeNull();
    expect(readLastScore('{not json', 'a')).toBeNull();
    expect(readLastScore(stored({ a: { last: 'x', best: 3 } }), 'a')).toBeNull();
    expect(readLastScore(JSON.stringify({ version: 99, caseQuizzes: { a: { last: 1, best: 1 } } }), 'a')).toBeNull();
  });
});

describe('<case-last-score>', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'it';
    document.body.innerHTML = '';
  });
  const mount = () => {
    document.body.innerHTML = '<case-last-score data-case="myeloma-c2" data-template="Ultimo punteggio: {last} su 3 (migliore: {best})"></case-last-score>';
    return document.body;
  };
  it('shows nothing before a first attempt', () => {
    expect(mount().textContent).toBe('');
  });
  it('shows the score the case quiz saved, with a decimal comma in Italian', () => {
    saveCaseResult(localStorage, 'myeloma-c2', 3);
    saveCaseResult(localStorage, 'myeloma-c2', 2.5);
    const p = mount().querySelector('[data-testid="case-last-score"]');
    expect(p?.textContent).toBe('Ultimo punteggio: 2,5 su 3 (migliore: 3)');
    expect(p?.getAttribute('data-best')).toBe('3');
  });
});

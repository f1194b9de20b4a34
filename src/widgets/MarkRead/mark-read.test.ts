// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import './mark-read';
import './progress-marks';
import { PROGRESS_KEY } from '../../core/progress/schema';

const html = (slug: string) => `<mark-read data-slug="${slug}" hidden><button type="button" aria-pressed="false">Mark as read</button><span data-status hidden>Read</span></mark-read>`;
const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('<mark-read>', () => {
  it('shows itself, toggles the lesson and keeps the rest of the store', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, lessonsRead: {}, quizResults: [{ keep: 'me' }], caseQuizzes: {}, reviewCards: {} }));
    document.body.innerHTML = html('m04-scores');
    const el = document.querySelector('mark-read') as HTMLElement;
    const button = el.querySelector('button')!;
    expect(el.hidden).toBe(false);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect((el.querySelector('[data-status]') as HTMLElement).hidden).toBe(false);
    expect(Object.keys(stored().lessonsRead)).toEqual(['m04-scores']);
    expect(stored().quizResults).toEqual([{ keep: 'me' }]);
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(stored().lessonsRead).toEqual({});
  });

  it('starts a store from nothing', () => {
    document.body.innerHTML = html('m06-vertebroplasty');
    document.querySelector('button')!.click();
    expect(stored()).toMatchObject({ version: 2, lessonsRead: { 'm06-vertebroplasty': expect.any(String) }, quizResults: [] });
  });

  it('stays hidden, and writes nothing, over a store that needs repair', () => {
    localStorage.setItem(PROGRESS_KEY, '{broken');
    document.body.innerHTML = html('m04-scores');
    const el = document.querySelector('mark-read') as HTMLElement;
    expect(el.hidden).toBe(true);
    el.querySelector('button')!.click();
    expect(localStorage.getItem(PROGRESS_KEY)).toBe('{broken');
  });
});

describe('<progress-marks>', () => {
  it('replaces the "not started" placeholders with what was done', () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 2,
        lessonsRead: { 'm04-scores': '2025-03-01T09:00:00.000Z' },
        quizResults: [{ id: 'q', date: '2025-03-01T09:00:00.000Z', mode: 'practice', modules: ['M6'], score: 4, total: 5, mistakes: [] }],
        caseQuizzes: {},
        reviewCards: {},
      }),
    );
    document.body.innerHTML = `<progress-marks data-label-read="Read" data-label-quiz="quiz: {p}%"><ol>
      <li><span data-progress-slug="m01-multidisciplinary" data-progress-module="M1">Not started</span></li>
      <li><span data-progress-slug="m04-scores" data-progress-module="M4">Not started</span></li>
      <li><span data-progress-slug="m06-vertebroplasty" data-progress-module="M6">Not started</span></li></ol></progress-marks>`;
    const marks = [...document.querySelectorAll<HTMLElement>('[data-progress-slug]')];
    expect(marks.map((m) => m.textContent)).toEqual(['Not started', 'Read', 'quiz: 80%']);
    expect(marks.map((m) => m.dataset.state ?? '')).toEqual(['', 'read', 'quiz']);
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReviewSession from './ReviewSession';
import { testBank } from '../SelfAssessment/test-bank';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { loadStore } from '../shared/useProgress';
import { review } from '../../core/quiz/review';
import { REVIEW_LOG_KEY } from '../../core/quiz/review-log';

const day = 86_400_000;
/** What the progress log (IndexedDB) holds now, folded. */
const stored = async () => (await loadStore()).state;
const seed = (cards: Record<string, ReturnType<typeof review>>) =>
  localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, lessonsRead: { 'm04-scores': '2025-01-01T00:00:00.000Z' }, quizResults: [], caseQuizzes: {}, reviewCards: cards }));
const card = () => document.querySelector('[data-question-id]')?.getAttribute('data-question-id');
const grade = (name: string) => within(screen.getByTestId('review-grades')).getByRole('button', { name: new RegExp(name) }) as HTMLButtonElement;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('ReviewSession', () => {
  it('says when there is nothing to review yet', async () => {
    render(<ReviewSession lang="en" questions={testBank()} />);
    await waitFor(() => expect(screen.getByTestId('review-due').textContent).toBe('Questions due for review today: 0.'));
    expect(screen.getByTestId('review-empty').textContent).toContain('No questions to review yet');
    expect((screen.getByTestId('start-review') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('stats-retention').textContent).toContain('not yet measurable');
  });

  it('grades recall like Anki: a wrong answer allows only Again, and the card comes back in the same sitting', async () => {
    const now = Date.now();
    seed({
      'm01-single': review(undefined, 'again', now - 5 * day),
      'm04-numeric': review(undefined, 'good', now - 30 * day),
      'm02-multiple': review(undefined, 'good', now),
    });
    const user = userEvent.setup();
    render(<ReviewSession lang="en" questions={testBank()} />);
    await waitFor(() => expect(screen.getByTestId('review-due').getAttribute('data-due')).toBe('2'));
    await user.click(screen.getByTestId('start-review'));

    // Most overdue first: the numeric card — answered wrong.
    expect(card()).toBe('m04-numeric');
    await user.type(screen.getByTestId('numeric-answer'), '3');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('feedback').getAttribute('data-verdict')).toBe('wrong');
    expect(grade('Again').disabled).toBe(false);
    expect([grade('Hard'), grade('Good'), grade('Easy')].every((b) => b.disabled)).toBe(true);
    expect(document.activeElement).toBe(grade('Again'));
    // Each grade says when the card would come back.
    expect(screen.getByTestId('next-again').textContent).toBe('It comes back in this session.');
    await user.click(grade('Again'));
    await waitFor(async () => expect((await stored()).reviewCards['m04-numeric']?.lapses).toBe(1));
    const after = await stored();
    expect(after.lessonsRead).toEqual({ 'm04-scores': '2025-01-01T00:00:00.000Z' });

    // Next card by keyboard: pick B, Enter checks, 4 grades Easy.
    expect(card()).toBe('m01-single');
    await user.click(screen.getByRole('radio', { name: 'B' }));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('feedback').getAttribute('data-verdict')).toBe('right');
    const before = (await stored()).reviewCards['m01-single']!.due;
    await user.keyboard('4');
    await waitFor(async () => expect((await stored()).reviewCards['m01-single']!.due).not.toBe(before));

    // The lapsed card returns; this time right, and Space gives Good.
    expect(card()).toBe('m04-numeric');
    await user.type(screen.getByTestId('numeric-answer'), '12,5');
    await user.keyboard('{Enter}');
    screen.getByTestId('question-heading').focus();
    await user.keyboard(' ');
    expect(screen.getByTestId('review-summary').textContent).toBe('Reviews: 3 · Again: 1 · cards: 2.');
    const log = JSON.parse(localStorage.getItem(REVIEW_LOG_KEY) ?? '[]');
    expect(log.map((e: { id: string; rating: string }) => `${e.id}:${e.rating}`)).toEqual(['m04-numeric:again', 'm01-single:easy', 'm04-numeric:good']);
    // Today's reviews: the three grades and the seeded card answered earlier today (the statistics read
    // the stored history, not only this sitting); a grade both logged and stored counts once.
    const today = () => screen.getByTestId('stats-per-day').querySelector('tbody tr:last-child')?.getAttribute('data-count');
    expect(today()).toBe('4');
    await waitFor(async () => expect((await stored()).reviewCards['m04-numeric']?.reps).toBe(3));
    expect(today()).toBe('4');
  }, 30_000);

  it('Space with no answer reveals it; then only Again is possible', async () => {
    seed({ 'm01-single': review(undefined, 'again', Date.now() - 5 * day) });
    const user = userEvent.setup();
    render(<ReviewSession lang="it" questions={testBank('it')} />);
    await waitFor(() => expect(screen.getByTestId('review-due').textContent).toBe('Una domanda da ripassare oggi.'));
    await user.click(screen.getByRole('button', { name: 'Inizia il ripasso' }));
    screen.getByTestId('question-heading').focus();
    await user.keyboard(' ');
    expect(screen.getByTestId('feedback').getAttribute('data-verdict')).toBe('unanswered');
    expect(screen.getByTestId('expected-answer').textContent).toBe('Risposta esatta: B');
    expect(grade('Bene').disabled).toBe(true);
    await user.keyboard('3'); // not allowed: nothing happens
    expect(screen.getByTestId('review-grades')).toBeTruthy();
    await user.keyboard('1');
    // Again: the card comes straight back (it is the only one).
    expect(card()).toBe('m01-single');
    expect(screen.getByTestId('review-progress').textContent).toContain('da riapprendere: 1');
  });

  it('fetches the questions its cards stand for; says it is loading, never "nothing due", until they are here', async () => {
    seed({ 'm01-single': review(undefined, 'again', Date.now() - 5 * day) });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      await gate;
      return new Response(JSON.stringify(String(url).endsWith('/cases.json') ? [] : testBank()));
    });
    try {
      render(<ReviewSession lang="en" source={{ base: '/qd-review/', modules: ['M1', 'cases'] }} />);
      expect((await screen.findByTestId('bank-status')).textContent).toBe('Loading the questions…');
      expect(screen.getByTestId('review-due').getAttribute('data-due')).toBe('');
      expect(screen.queryByTestId('review-empty')).toBeNull();
      release();
      await waitFor(() => expect(screen.getByTestId('review-due').getAttribute('data-due')).toBe('1'));
      expect(screen.queryByTestId('bank-status')).toBeNull();
      expect(fetchSpy.mock.calls.map((c) => String(c[0]))).toEqual(['/qd-review/en/M1.json', '/qd-review/en/cases.json']);
    } finally {
      fetchSpy.mockRestore();
    }
  });
  it('a learner with no cards fetches no question file and is told at once there is nothing to review', async () => {
    seed({});
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('[]'));
    try {
      render(<ReviewSession lang="en" source={{ base: '/qd-no-cards/', modules: ['M1', 'cases'] }} />);
      await waitFor(() => expect(screen.getByTestId('review-due').getAttribute('data-due')).toBe('0'));
      expect(screen.getByTestId('review-empty').textContent).toContain('No questions to review yet');
      expect(screen.queryByTestId('bank-status')).toBeNull();
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

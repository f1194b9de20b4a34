// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReviewSession from './ReviewSession';
import { testBank } from '../SelfAssessment/test-bank';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { loadStore } from '../shared/useProgress';
import { review } from '../../core/quiz/review';

const day = 86_400_000;
/** What the progress log holds now, folded. */
const stored = async () => (await loadStore()).state;
const seed = (cards: Record<string, ReturnType<typeof review>>) =>
  localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, lessonsRead: { 'm04-scores': '2025-01-01T00:00:00.000Z' }, quizResults: [], caseQuizzes: {}, reviewCards: cards }));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('ReviewSession', () => {
  it('says when there is nothing to review yet', async () => {
    render(<ReviewSession lang="en" questions={testBank()} />);
    await waitFor(() => expect(screen.getByTestId('review-due').textContent).toBe('Questions due for review today: 0.'));
    expect(screen.getByTestId('review-empty').textContent).toContain('No questions to review yet');
    expect((screen.getByTestId('start-review') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reviews the due cards, reschedules each answer at once and shows the next due date', async () => {
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
    expect(screen.getByTestId('question-heading').textContent).toContain('Review 1 of 2');

    // Most overdue first: the numeric card (due long ago) — answer it wrong.
    expect(document.querySelector('[data-question-id]')?.getAttribute('data-question-id')).toBe('m04-numeric');
    await user.type(screen.getByTestId('numeric-answer'), '3');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('feedback').getAttribute('data-verdict')).toBe('wrong');
    await waitFor(() => expect(screen.getByTestId('next-due').textContent).toMatch(/^This question comes back on \d{1,2} \w{3} \d{4}\.$/));
    const after = await stored();
    expect(Date.parse(after.reviewCards['m04-numeric']!.due)).toBeGreaterThan(now);
    expect(after.reviewCards['m04-numeric']!.lapses).toBe(1);
    expect(after.lessonsRead).toEqual({ 'm04-scores': '2025-01-01T00:00:00.000Z' });

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: 'B' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('feedback').getAttribute('data-verdict')).toBe('right');
    await user.click(screen.getByRole('button', { name: 'Finish the review' }));
    expect(screen.getByTestId('review-summary').textContent).toBe('Correct: 1 of 2.');
    await waitFor(() => expect(screen.getByTestId('review-upcoming').textContent).toMatch(/^Next review due: /));
    expect(Date.parse((await stored()).reviewCards['m01-single']!.due)).toBeGreaterThan(now);
  });

  it('is fully in Italian', async () => {
    seed({ 'm01-single': review(undefined, 'again', Date.now() - 5 * day) });
    const user = userEvent.setup();
    render(<ReviewSession lang="it" questions={testBank('it')} />);
    await waitFor(() => expect(screen.getByTestId('review-due').textContent).toBe('Una domanda da ripassare oggi.'));
    await user.click(screen.getByRole('button', { name: 'Inizia il ripasso' }));
    await user.click(screen.getByRole('radio', { name: 'A' }));
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    expect(screen.getByTestId('feedback').textContent).toContain('Risposta errata');
    await waitFor(() => expect(screen.getByTestId('next-due').textContent).toMatch(/^Questa domanda tornerà il /));
  });
});

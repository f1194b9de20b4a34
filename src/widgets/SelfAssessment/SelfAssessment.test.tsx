// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SelfAssessment from './SelfAssessment';
import { testBank, testModules } from './test-bank';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { loadStore } from '../shared/useProgress';
import { openProgressDb } from '../shared/progressDb';
import { backupText, listBackups } from '../shared/progressBackups';
import { review } from '../../core/quiz/review';
import { QUIZ_SNAPSHOT_KEY } from '../../core/quiz/session-snapshot';

// Whole sessions played click by click: slow on a loaded machine, not hung.
vi.setConfig({ testTimeout: 30_000 });

type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** What the progress log (IndexedDB) holds now, folded. */
const stored = async () => (await loadStore()).state;
/** The copies of old localStorage progress kept when it was moved into the log. */
const legacyBackups = async () => (await listBackups(await openProgressDb())).filter((b) => b.reason === 'legacy');
const currentId = () => document.querySelector('[data-question-id]')?.getAttribute('data-question-id');

/** Answers the question on screen, right or wrong, the way a user would. */
async function answerCurrent(user: User, right: boolean, numeric = '12,5') {
  const id = currentId();
  if (id === 'm01-single') await user.click(screen.getByRole('radio', { name: right ? 'B' : 'A' }));
  if (id === 'm02-multiple') {
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    await user.click(screen.getByRole('checkbox', { name: right ? 'E' : 'K' }));
  }
  if (id === 'm04-numeric') await user.type(screen.getByTestId('numeric-answer'), right ? numeric : '13');
  return id;
}

async function start(user: User, mode: 'practice' | 'exam' = 'practice') {
  if (mode === 'exam') await user.click(screen.getByRole('radio', { name: /^Exam/ }));
  await user.click(screen.getByTestId('start-quiz'));
}

describe('SelfAssessment', () => {
  it('lists the modules with their titles and question counts, all ticked', async () => {
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    const group = screen.getByRole('group', { name: 'Modules' });
    expect((within(group).getByRole('checkbox', { name: 'All modules' }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole('checkbox', { name: /M4 · Scores \(1 question\)/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('question-count')).toHaveProperty('value', '3');
    // "All" unticks everything; then the start button cannot be used.
    await userEvent.setup().click(within(group).getByRole('checkbox', { name: 'All modules' }));
    expect((screen.getByTestId('start-quiz') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one module.');
  });

  it('practice: feedback after each answer, then score, per-module breakdown and mistakes; recorded once', async () => {
    const user = userEvent.setup();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user);
    expect(screen.getByTestId('question-heading').textContent).toContain('Question 1 of 3');
    expect(document.activeElement).toBe(screen.getByTestId('question-heading'));

    for (let i = 0; i < 3; i++) {
      const id = await answerCurrent(user, currentId() !== 'm02-multiple');
      await user.click(screen.getByRole('button', { name: 'Check' }));
      const fb = screen.getByTestId('feedback');
      if (id === 'm02-multiple') {
        // A and K: one right tick, one wrong → partial credit 0, shown as wrong, with the right answer.
        expect(fb.getAttribute('data-verdict')).toBe('wrong');
        expect(screen.getByTestId('expected-answer').textContent).toBe('Correct answer: A; E');
        expect(within(fb).getByRole('link', { name: 'T11 case' }).getAttribute('href')).toBe('/en/cases/sins-t11/');
      } else {
        expect(fb.getAttribute('data-verdict')).toBe('right');
      }
      expect(within(fb).getByRole('link', { name: 'Gangi 2010' }).getAttribute('href')).toBe('/en/references/#gangi2010');
      expect(screen.getByTestId('quiz-announcement').textContent).toMatch(/^(Correct|Wrong\. Correct answer: .+)$/);
      expect(document.activeElement).toBe(screen.getByTestId('submit-answer'));
      await user.click(screen.getByTestId('submit-answer'));
    }

    const score = screen.getByTestId('quiz-score');
    expect(score.textContent).toBe('Correct: 2 of 3 · score 2 (67%)');
    const rows = within(screen.getByTestId('module-breakdown')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['M1 · Team1/1100%', 'M2 · Selection0/10%', 'M4 · Scores1/1100%']);
    const mistakes = screen.getByTestId('mistakes');
    expect(within(mistakes).getAllByRole('listitem')).toHaveLength(1);
    expect(mistakes.textContent).toContain('A and E are vowels.');
    expect(mistakes.textContent).toContain('Your answer: A; K');
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Result saved to your progress (in this browser only).'));

    const state = await stored();
    expect(state.quizResults).toHaveLength(1);
    expect(state.quizResults[0]).toMatchObject({ mode: 'practice', modules: ['M1', 'M2', 'M4'], score: 2, total: 3, mistakes: ['m02-multiple'] });
    expect(Object.keys(state.reviewCards).sort()).toEqual(['m01-single', 'm02-multiple', 'm04-numeric']);
  });

  it('refuses an empty or unreadable answer without counting it, and reads an Italian decimal comma', async () => {
    const user = userEvent.setup();
    render(<SelfAssessment lang="it" questions={testBank('it').filter((q) => q.type === 'numeric')} modules={[{ module: 'M4', title: 'Punteggi', count: 1 }]} />);
    await user.click(screen.getByTestId('start-quiz'));
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    expect(screen.getByTestId('answer-error').textContent).toBe('Scrivi un numero prima di proseguire.');
    const input = screen.getByLabelText('La tua risposta (points)');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    await user.type(input, '12,5,1');
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    expect(screen.getByTestId('answer-error').textContent).toBe('Non è un numero leggibile: scrivi per esempio 12,5.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.clear(input);
    await user.type(input, '150');
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    expect(screen.getByTestId('answer-error').textContent).toBe('Il valore deve essere compreso tra 0 e 100.');
    await user.clear(input);
    await user.type(input, '12,5');
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    expect(screen.getByTestId('feedback').getAttribute('data-verdict')).toBe('right');
    expect(screen.getByTestId('feedback').textContent).toContain('Risposta esatta');
    await user.click(screen.getByRole('button', { name: 'Vedi i risultati' }));
    expect(screen.getByTestId('quiz-score').textContent).toBe('Risposte esatte: 1 su 1 · punteggio 1 (100%)');
  });

  it('exam: no feedback while running, answers can change, a visible countdown, and time-up hands it in', async () => {
    vi.useFakeTimers({ now: new Date('2025-03-01T09:00:00Z'), toFake: ['setTimeout', 'setInterval', 'clearInterval', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user, 'exam');
    expect(screen.getByTestId('countdown').textContent).toMatch(/^Time left: (03:00|02:59)$/);
    expect(screen.getByTestId('countdown').getAttribute('role')).toBe('timer');

    // Answer the first question wrong, then change it to right: only the last answer counts.
    const first = currentId();
    await answerCurrent(user, false);
    if (first === 'm02-multiple') await user.click(screen.getByRole('checkbox', { name: 'K' }));
    if (first === 'm04-numeric') await user.clear(screen.getByTestId('numeric-answer'));
    await answerCurrent(user, true);
    if (first === 'm02-multiple') await user.click(screen.getByRole('checkbox', { name: 'A' })); // re-tick A
    expect(screen.queryByTestId('feedback')).toBeNull();
    expect(screen.getByTestId('quiz-progress').textContent).toBe('Answered: 1/3');
    await user.click(screen.getByTestId('submit-answer'));
    expect(screen.getByTestId('question-heading').textContent).toContain('Question 2 of 3');

    await act(async () => {
      vi.advanceTimersByTime(125_000);
    });
    expect(screen.getByTestId('countdown-announcement').textContent).toBe('One minute left.');
    expect(screen.getByTestId('countdown').textContent).toMatch(/^Time left: 00:5\d$/);
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByTestId('quiz-results').getAttribute('data-end')).toBe('time-up');
    expect(screen.getByTestId('time-up').textContent).toContain('Time is up');
    expect(screen.getByTestId('quiz-score').getAttribute('data-correct')).toBe('1');
    // Only the answered question counts: the two left unanswered are no fake failures.
    expect(screen.getByTestId('unanswered-note').getAttribute('data-unanswered')).toBe('2');
    expect(screen.getByTestId('no-mistakes')).toBeTruthy();
    // The exam's full answer sheet: every question, the unanswered ones with their right answer.
    const sheet = within(screen.getByTestId('answer-sheet')).getAllByTestId('feedback');
    expect(sheet.map((f) => f.getAttribute('data-verdict')).sort()).toEqual(['right', 'unanswered', 'unanswered']);
    await waitFor(async () => expect((await stored()).quizResults[0]).toMatchObject({ mode: 'exam', score: 1, total: 1, mistakes: [] }));
    expect(localStorage.getItem(QUIZ_SNAPSHOT_KEY)).toBeNull();
  });

  it('ending early asks first, and records only the questions answered', async () => {
    const user = userEvent.setup();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user);
    const first = await answerCurrent(user, false);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByTestId('submit-answer'));
    await user.click(screen.getByTestId('end-session'));
    // First the question: keep going is the default (focused) choice.
    expect(screen.getByTestId('end-confirm').textContent).toContain('You answered 1 of 3: only those are recorded');
    expect(document.activeElement).toBe(screen.getByTestId('end-cancel'));
    await user.click(screen.getByTestId('end-cancel'));
    expect(screen.queryByTestId('end-confirm')).toBeNull();
    expect(screen.getByTestId('question-heading').textContent).toContain('Question 2 of 3');
    await user.click(screen.getByTestId('end-session'));
    await user.click(screen.getByTestId('end-confirm-yes'));
    expect(screen.getByTestId('quiz-score').textContent).toMatch(/^Correct: 0 of 1 · /);
    await waitFor(async () => expect((await stored()).quizResults[0]).toMatchObject({ total: 1, score: 0, mistakes: [first] }));
    expect(Object.keys((await stored()).reviewCards)).toEqual([first]);
    expect(screen.getByRole('button', { name: 'Retake the wrong ones (1)' })).toBeTruthy();
  });

  it('explains partial credit when the score counts more than the fully right answers, and not otherwise', async () => {
    const user = userEvent.setup();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user);
    for (let i = 0; i < 3; i++) {
      // The multiple-answer question gets one of its two right ticks: half a point, not "correct".
      if (currentId() === 'm02-multiple') await user.click(screen.getByRole('checkbox', { name: 'A' }));
      else await answerCurrent(user, true);
      await user.click(screen.getByRole('button', { name: 'Check' }));
      await user.click(screen.getByTestId('submit-answer'));
    }
    expect(screen.getByTestId('quiz-score').textContent).toBe('Correct: 2 of 3 · score 2.5 (83%)');
    expect(screen.getByTestId('partial-credit-note').textContent).toMatch(/^A question with several correct answers earns part of a point/);
    cleanup();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user);
    for (let i = 0; i < 3; i++) {
      await answerCurrent(user, true);
      await user.click(screen.getByRole('button', { name: 'Check' }));
      await user.click(screen.getByTestId('submit-answer'));
    }
    expect(screen.queryByTestId('partial-credit-note')).toBeNull();
  });

  it('a running exam survives a reload: Resume brings back its answers, its place and its clock', async () => {
    vi.useFakeTimers({ now: new Date('2025-03-01T09:00:00Z'), toFake: ['setTimeout', 'setInterval', 'clearInterval', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { unmount } = render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user, 'exam');
    const first = currentId();
    await answerCurrent(user, true);
    await user.click(screen.getByTestId('submit-answer'));
    unmount();
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });

    // The "reload" (here in Italian: a language switch keeps it too).
    render(<SelfAssessment lang="it" questions={testBank('it')} modules={testModules} />);
    expect(screen.getByTestId('resume-notice').textContent).toContain('Risposte date: 1 su 3');
    await user.click(screen.getByTestId('resume'));
    expect(screen.getByTestId('question-heading').textContent).toContain('Domanda 2 di 3');
    expect(screen.getByTestId('countdown').textContent).toMatch(/^Tempo rimasto: 02:(30|2\d)$/);
    expect(screen.getByTestId('quiz-progress').textContent).toBe('Risposte date: 1/3');
    await user.click(screen.getByTestId('previous'));
    expect(currentId()).toBe(first);
    await user.click(screen.getByTestId('end-session'));
    await user.click(screen.getByTestId('end-confirm-yes'));
    expect(screen.getByTestId('quiz-score').getAttribute('data-correct')).toBe('1');
    expect(localStorage.getItem(QUIZ_SNAPSHOT_KEY)).toBeNull();
  });

  it('a discarded session is gone; a corrupt snapshot is ignored', async () => {
    localStorage.setItem(QUIZ_SNAPSHOT_KEY, '{"version":1,"mode":');
    const first = render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    expect(screen.queryByTestId('resume-notice')).toBeNull();
    const user = userEvent.setup();
    await start(user);
    first.unmount();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await user.click(screen.getByTestId('discard'));
    expect(screen.queryByTestId('resume-notice')).toBeNull();
    expect(localStorage.getItem(QUIZ_SNAPSHOT_KEY)).toBeNull();
  });

  it('retakes only the wrong ones', async () => {
    const user = userEvent.setup();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await start(user);
    for (let i = 0; i < 3; i++) {
      await answerCurrent(user, currentId() === 'm01-single');
      await user.click(screen.getByTestId('submit-answer'));
      await user.click(screen.getByTestId('submit-answer'));
    }
    expect(screen.getByTestId('quiz-score').getAttribute('data-correct')).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Retake the wrong ones (2)' }));
    expect(screen.getByTestId('question-heading').textContent).toContain('Question 1 of 2');
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      seen.push((await answerCurrent(user, true)) ?? '');
      await user.click(screen.getByTestId('submit-answer'));
      await user.click(screen.getByTestId('submit-answer'));
    }
    expect(seen.sort()).toEqual(['m02-multiple', 'm04-numeric']);
    expect(screen.getByTestId('quiz-score').textContent).toBe('Correct: 2 of 2 · score 2 (100%)');
    expect(screen.getByTestId('no-mistakes')).toBeTruthy();
    expect((screen.getByTestId('retake') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(async () => expect((await stored()).quizResults).toHaveLength(2));
  });

  it('shows how many review cards are due today', async () => {
    const now = Date.now();
    const dueCard = review(undefined, 'again', now - 3 * 86_400_000);
    const laterCard = review(undefined, 'good', now);
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 2, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: { 'm01-single': dueCard, 'm04-numeric': laterCard, 'gone-question': dueCard } }),
    );
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    // A card for a question no longer in the bank is not counted.
    await waitFor(() => expect(screen.getByTestId('due-count').textContent).toBe('One question due for review today. Start the review'));
    expect(screen.getByRole('link', { name: 'Start the review' }).getAttribute('href')).toBe('/en/quiz/review/');
    // Case-quiz cards count too, when the page names their questions.
    cleanup();
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 2, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: { 'm01-single': dueCard, 'case-sins-t11-q1': dueCard, 'case-gone-q1': dueCard } }),
    );
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} caseQuestionIds={['case-sins-t11-q1']} />);
    await waitFor(() => expect(screen.getByTestId('due-count').getAttribute('data-due')).toBe('2'));
  });

  it('a corrupted stored value: the page still works, says so once, and keeps the rest', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 2, lessonsRead: { 'm04-scores': '2025-01-01T00:00:00.000Z' }, quizResults: 'garbage', caseQuizzes: {}, reviewCards: {} }),
    );
    const user = userEvent.setup();
    const { unmount } = render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    const notice = await screen.findByTestId('storage-notice');
    expect(notice.getAttribute('data-problem')).toBe('invalid-parts');
    expect(notice.textContent).toContain('Some saved records could not be used as they were');
    expect(notice.textContent).toContain('quizResults: not a list');
    // The old object is kept, as it was, among the backups.
    const backups = await legacyBackups();
    expect(backups).toHaveLength(1);
    expect(await backupText(await openProgressDb(), backups[0]!.n)).toContain('garbage');
    await start(user);
    for (let i = 0; i < 3; i++) {
      await answerCurrent(user, true);
      await user.click(screen.getByTestId('submit-answer'));
      await user.click(screen.getByTestId('submit-answer'));
    }
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Result saved to your progress (in this browser only).'));
    expect((await stored()).lessonsRead).toEqual({ 'm04-scores': '2025-01-01T00:00:00.000Z' });
    expect((await stored()).quizResults).toHaveLength(1);
    unmount();
    // Moved once: the next page finds the log, not the old object, and has nothing to report.
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    render(<SelfAssessment lang="en" questions={testBank()} modules={testModules} />);
    await waitFor(() => expect(screen.getByTestId('due-count').getAttribute('data-due')).not.toBe(''));
    expect(screen.queryByTestId('storage-notice')).toBeNull();
  });

  it('unreadable JSON is set aside and the quiz starts afresh', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":2, oops');
    const user = userEvent.setup();
    render(<SelfAssessment lang="it" questions={testBank('it')} modules={testModules} />);
    expect((await screen.findByTestId('storage-notice')).textContent).toContain('Non è stato possibile leggere i progressi salvati');
    // Set aside: its text, exactly as it was, is kept as a backup.
    const backups = await legacyBackups();
    expect(backups).toHaveLength(1);
    expect(await backupText(await openProgressDb(), backups[0]!.n)).toBe('{"version":2, oops');
    await user.click(screen.getByTestId('start-quiz'));
    expect(screen.getByTestId('question-heading').textContent).toContain('Domanda 1 di 3');
  });

  it('works, without saving, when the browser refuses storage', async () => {
    // No IndexedDB at all (storage turned off), and localStorage refusing too (for the session snapshot).
    const idb = globalThis.indexedDB;
    // @ts-expect-error: storage turned off
    delete globalThis.indexedDB;
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const set = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      const user = userEvent.setup();
      render(<SelfAssessment lang="en" questions={testBank().slice(0, 1)} modules={testModules.slice(0, 1)} />);
      expect((await screen.findByTestId('storage-notice')).getAttribute('data-problem')).toBe('storage-unavailable');
      await start(user);
      await answerCurrent(user, true);
      await user.click(screen.getByTestId('submit-answer'));
      await user.click(screen.getByTestId('submit-answer'));
      expect(screen.getByTestId('quiz-score').getAttribute('data-correct')).toBe('1');
      await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('did not let the result be saved'));
    } finally {
      spy.mockRestore();
      set.mockRestore();
      globalThis.indexedDB = idb;
    }
  });

  it('fetches the bank: a clear message and a retry when it fails, and a running session is kept meanwhile', async () => {
    // A session left running before: it must survive a failed load and come back once the bank is here.
    localStorage.setItem(
      QUIZ_SNAPSHOT_KEY,
      JSON.stringify({ version: 1, mode: 'practice', seed: 's', order: ['m01-single', 'm04-numeric'], timeLimitSec: null, startedAt: Date.now(), answers: { 'm01-single': { given: 'b', at: Date.now() } }, index: 1 }),
    );
    const byModule = new Map(['M1', 'M2', 'M4'].map((m) => [m, testBank().filter((q) => q.module === m)]));
    let online = false;
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      if (!online) throw new TypeError('Failed to fetch');
      const module = /\/(M\d+)\.json$/.exec(String(url))?.[1] ?? '';
      return new Response(JSON.stringify(byModule.get(module) ?? []));
    });
    try {
      const user = userEvent.setup();
      render(<SelfAssessment lang="en" source={{ base: '/qd-test/', modules: ['M1', 'M2', 'M4'] }} modules={testModules} />);
      const status = await screen.findByRole('alert');
      expect(status.textContent).toContain('The questions could not be loaded');
      expect((screen.getByTestId('start-quiz') as HTMLButtonElement).disabled).toBe(true);
      expect(localStorage.getItem(QUIZ_SNAPSHOT_KEY)).not.toBeNull();

      online = true;
      await user.click(screen.getByTestId('bank-retry'));
      await waitFor(() => expect((screen.getByTestId('start-quiz') as HTMLButtonElement).disabled).toBe(false));
      expect(screen.queryByTestId('bank-status')).toBeNull();
      expect(fetchSpy.mock.calls.map((c) => String(c[0]))).toContain('/qd-test/en/M4.json');
      expect((await screen.findByTestId('resume-notice')).textContent).toContain('1 of 2');
      // An exam drawn by the blueprint from the fetched bank.
      await start(user, 'exam');
      expect(screen.getByTestId('question-heading').textContent).toContain('Question 1 of 3');
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

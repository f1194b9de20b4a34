// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressDashboard from './ProgressDashboard';
import { BACKUP_KEY, PROGRESS_KEY, type ProgressState } from '../../core/progress/schema';
import { exportProgress } from '../../core/progress/export-progress';
import { review } from '../../core/quiz/review';

const lessons = [
  { slug: 'm01-multidisciplinary', module: 'M1', title: 'Team' },
  { slug: 'm04-scores', module: 'M4', title: 'Scores' },
];
const cases = [{ id: 'sins-t11', title: 'T11 case', quizLength: 4 }];
const questionIds = ['m01-single', 'm04-numeric'];
const t0 = Date.UTC(2025, 2, 1, 9);

function state(): ProgressState {
  return {
    version: 2,
    lessonsRead: { 'm04-scores': new Date(t0).toISOString() },
    quizResults: [{ id: 'quiz-a', date: new Date(t0).toISOString(), mode: 'exam', modules: ['M4'], score: 3, total: 4, mistakes: ['m04-numeric'] }],
    caseQuizzes: { 'sins-t11': { best: 3, last: 2, date: new Date(t0).toISOString() } },
    reviewCards: { 'm04-numeric': review(undefined, 'again', t0), 'm01-single': review(undefined, 'good', Date.now()) },
  };
}
const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');
const renderPage = (lang: 'it' | 'en' = 'en') => render(<ProgressDashboard lang={lang} lessons={lessons} cases={cases} questionIds={questionIds} />);
const file = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('ProgressDashboard', () => {
  it('shows lessons read, quiz history, case bests and review cards due', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(state()));
    renderPage();
    expect(screen.getByTestId('lessons-read-count').textContent).toBe('Modules read: 1 of 2.');
    expect(document.querySelector('[data-lesson="m04-scores"]')?.getAttribute('data-read')).toBe('true');
    expect(document.querySelector('[data-lesson="m01-multidisciplinary"]')?.textContent).toContain('Not started');
    const row = document.querySelector('[data-result="quiz-a"]')!;
    expect(row.textContent).toContain('Exam');
    expect(row.textContent).toContain('3/4 (75%)');
    const caseRow = document.querySelector('[data-case="sins-t11"]')!;
    expect(within(caseRow as HTMLElement).getByRole('link', { name: 'T11 case' }).getAttribute('href')).toBe('/en/cases/sins-t11/');
    expect(caseRow.textContent).toContain('3/4');
    expect(screen.getByTestId('progress-due').textContent).toBe('Questions in your review deck: 2 · due today: 1. Start the review');
  });

  it('exports a JSON file through a download link', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(state()));
    let blob: Blob | null = null;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicks: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    try {
      const user = userEvent.setup();
      renderPage();
      await user.click(screen.getByRole('button', { name: 'Export progress' }));
      expect(clicks).toHaveLength(1);
      expect(clicks[0]!.download).toMatch(/^percutanea-progress-\d{4}-\d{2}-\d{2}\.json$/);
      expect(clicks[0]!.href).toBe('blob:test');
      const text = await blob!.text();
      expect(JSON.parse(text)).toMatchObject({ format: 'percutanea-progress', version: 2, lessonsRead: { 'm04-scores': expect.any(String) } });
      expect(screen.getByTestId('progress-message').textContent).toBe('Progress file downloaded.');
    } finally {
      click.mockRestore();
    }
  });

  it('imports a file by merging it with what is there', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...state(), quizResults: [], caseQuizzes: {} }));
    const other: ProgressState = { ...state(), lessonsRead: { 'm01-multidisciplinary': new Date(t0).toISOString() }, reviewCards: {} };
    const user = userEvent.setup();
    renderPage();
    await user.upload(screen.getByLabelText('Import a progress file'), file(exportProgress(other, t0)));
    const msg = await screen.findByTestId('progress-message');
    expect(msg.getAttribute('data-kind')).toBe('ok');
    expect(msg.textContent).toContain('In the file: modules read 1, self-assessments 1');
    expect(Object.keys(stored().lessonsRead).sort()).toEqual(['m01-multidisciplinary', 'm04-scores']);
    expect(stored().quizResults).toHaveLength(1);
    expect(Object.keys(stored().reviewCards)).toHaveLength(2);
    expect(screen.getByTestId('lessons-read-count').textContent).toBe('Modules read: 2 of 2.');
  });

  const bad: [string, string, string][] = [
    ['not JSON', 'this is not json', 'The chosen file is not readable JSON, so it is not a progress export.'],
    ['someone else’s JSON', JSON.stringify({ format: 'other-app', version: 1 }), 'The file declares format “other-app”, not “percutanea-progress”'],
    ['a newer version', JSON.stringify({ format: 'percutanea-progress', version: 9 }), 'The file was saved in format version 9, newer than this page handles'],
    ['an invalid section', JSON.stringify({ format: 'percutanea-progress', version: 2, lessonsRead: { 'm04-scores': 'yesterday' } }), 'The “lessonsRead” section is invalid'],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(state()));
      const before = localStorage.getItem(PROGRESS_KEY);
      const user = userEvent.setup();
      renderPage();
      await user.upload(screen.getByLabelText('Import a progress file'), file(text));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(message);
      expect(localStorage.getItem(PROGRESS_KEY)).toBe(before);
    });
  }

  it('gives the import message in Italian on the Italian page', async () => {
    const user = userEvent.setup();
    renderPage('it');
    await user.upload(screen.getByLabelText('Importa un file di progressi'), file('{"broken'));
    expect((await screen.findByRole('alert')).textContent).toBe('Il file scelto non contiene JSON leggibile: non è un’esportazione dei progressi.');
  });

  it('reports a repaired store once, politely, and keeps everything that was valid', () => {
    const raw = { ...state(), caseQuizzes: { 'sins-t11': { best: 'lots' } } };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(raw));
    const first = renderPage();
    const notice = screen.getByTestId('storage-notice');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('A small part of your saved progress could not be read and was set aside (items: 1)');
    expect(notice.textContent).toContain('percutanea.progress.backup');
    expect(localStorage.getItem(BACKUP_KEY)).toContain('lots');
    expect(screen.getByTestId('lessons-read-count').textContent).toBe('Modules read: 1 of 2.');
    expect(document.querySelector('[data-result="quiz-a"]')).not.toBeNull();
    first.unmount();
    renderPage();
    expect(screen.queryByTestId('storage-notice')).toBeNull();
    expect(stored().lessonsRead).toEqual(state().lessonsRead);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressDashboard from './ProgressDashboard';
import { PROGRESS_KEY, type ProgressState } from '../../core/progress/schema';
import { exportEvents, EXPORT_FORMAT } from '../../core/progress/transfer';
import { review } from '../../core/quiz/review';
import { appendEvents, openProgressDb, resetProgressDbForTests } from '../shared/progressDb';
import { loadStore } from '../shared/useProgress';

const lessons = [
  { slug: 'm01-multidisciplinary', module: 'M1', title: 'Team' },
  { slug: 'm04-scores', module: 'M4', title: 'Scores' },
];
const cases = [{ id: 'sins-t11', title: 'T11 case', quizLength: 4 }];
const questionIds = ['m01-single', 'm04-numeric'];
const t0 = Date.UTC(2025, 2, 1, 9);
const iso = (ms: number) => new Date(ms).toISOString();

/** A store as the previous release left it in localStorage. */
function legacy(): ProgressState {
  return {
    version: 2,
    lessonsRead: { 'm04-scores': iso(t0) },
    quizResults: [{ id: 'quiz-a', date: iso(t0), mode: 'exam', modules: ['M4'], score: 3, total: 4, mistakes: ['m04-numeric'] }],
    caseQuizzes: { 'sins-t11': { best: 3, last: 2, date: iso(t0) } },
    reviewCards: { 'm04-numeric': review(undefined, 'again', t0), 'm01-single': review(undefined, 'good', Date.now()) },
  };
}
const stored = async () => (await loadStore()).state;
const renderPage = (lang: 'it' | 'en' = 'en') => render(<ProgressDashboard lang={lang} lessons={lessons} cases={cases} questionIds={questionIds} />);
const file = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });
const ready = () => screen.findByTestId('lessons-read-count');

/** Captures the file a click on a download link would save. */
function captureDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => undefined });
  const clicks: HTMLAnchorElement[] = [];
  const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this);
  });
  return { blobs, clicks, restore: () => spy.mockRestore() };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('ProgressDashboard', () => {
  it('moves the old progress in and shows lessons read, quiz history, case bests and review cards due', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(legacy()));
    renderPage();
    expect((await ready()).textContent).toBe('Modules read: 1 of 2.');
    expect(document.querySelector('[data-lesson="m04-scores"]')?.getAttribute('data-read')).toBe('true');
    expect(document.querySelector('[data-lesson="m01-multidisciplinary"]')?.textContent).toContain('Not started');
    const row = document.querySelector('[data-result="quiz-a"]')!;
    expect(row.textContent).toContain('3/4 (75%)');
    const caseRow = document.querySelector('[data-case="sins-t11"]')!;
    expect(within(caseRow as HTMLElement).getByRole('link', { name: 'T11 case' }).getAttribute('href')).toBe('/en/cases/sins-t11/');
    expect(caseRow.textContent).toContain('3/4');
    expect(screen.getByTestId('progress-due').textContent).toBe('Questions in your review deck: 2 · due today: 1. Start the review');
    // The old text is kept as a backup that can be downloaded.
    expect((await screen.findAllByText(/earlier version of the site/)).length).toBeGreaterThan(0);
  });

  it('exports what is in storage at the click, including what another tab wrote after the page loaded', async () => {
    const downloads = captureDownloads();
    try {
      const user = userEvent.setup();
      renderPage();
      await ready();
      // Another tab: its own connection.
      resetProgressDbForTests();
      await appendEvents(await openProgressDb(), [{ type: 'lesson', at: iso(t0), slug: 'm04-scores', read: true }]);
      await user.click(screen.getByRole('button', { name: 'Export progress' }));
      await waitFor(() => expect(downloads.clicks).toHaveLength(1));
      expect(downloads.clicks[0]!.download).toMatch(/^percutanea-progress-\d{4}-\d{2}-\d{2}\.json$/);
      const text = await downloads.blobs[0]!.text();
      expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 3, events: [expect.objectContaining({ type: 'lesson', slug: 'm04-scores' })] });
      expect(screen.getByTestId('progress-message').textContent).toBe('Progress file downloaded.');
    } finally {
      downloads.restore();
    }
  });

  it('imports record by record: good records are added, bad ones listed and skipped', async () => {
    const user = userEvent.setup();
    renderPage();
    await ready();
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 3,
      events: [
        { id: 'a', at: iso(t0), type: 'lesson', slug: 'm01-multidisciplinary', read: true },
        { id: 'b', at: 'yesterday', type: 'lesson', slug: 'm04-scores', read: true },
        { id: 'c', at: iso(t0), type: 'case', caseId: 'sins-t11', score: 2 },
      ],
    });
    await user.upload(screen.getByLabelText('Import a progress file'), file(text));
    const msg = await screen.findByTestId('progress-message');
    expect(msg.textContent).toContain('Imported: 2 new records (1 skipped)');
    expect(screen.getByTestId('import-skipped').textContent).toContain('b: bad date');
    expect(Object.keys((await stored()).lessonsRead)).toEqual(['m01-multidisciplinary']);
    await waitFor(() => expect(screen.getByTestId('lessons-read-count').textContent).toBe('Modules read: 1 of 2.'));
    // A backup was taken first, and can be restored.
    expect(await screen.findByTestId('restore-backup')).toBeTruthy();
  });

  it('a lesson un-marked here stays un-marked after importing an older file that had it marked', async () => {
    const opened = await openProgressDb();
    const mark = { id: 'm1', at: iso(t0), type: 'lesson' as const, slug: 'm04-scores', read: true };
    await appendEvents(opened, [mark, { type: 'lesson', at: iso(t0 + 1000), slug: 'm04-scores', read: false }]);
    const user = userEvent.setup();
    renderPage();
    await ready();
    await user.upload(screen.getByLabelText('Import a progress file'), file(exportEvents([mark], t0)));
    await screen.findByTestId('progress-message');
    expect((await stored()).lessonsRead).toEqual({});
  });

  const bad: [string, string, string][] = [
    ['not JSON', 'this is not json', 'The chosen file is not readable JSON, so it is not a progress export.'],
    ['someone else’s JSON', JSON.stringify({ format: 'other-app', version: 1 }), 'The file declares format “other-app”, not “percutanea-progress”'],
    ['a newer version', JSON.stringify({ format: 'percutanea-progress', version: 9 }), 'The file was saved in format version 9, newer than this page handles'],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const user = userEvent.setup();
      renderPage();
      await ready();
      await user.upload(screen.getByLabelText('Import a progress file'), file(text));
      expect((await screen.findByRole('alert')).textContent).toContain(message);
      expect((await loadStore()).events).toHaveLength(0);
    });
  }

  it('gives the import message in Italian on the Italian page', async () => {
    const user = userEvent.setup();
    renderPage('it');
    await ready();
    await user.upload(screen.getByLabelText('Importa un file di progressi'), file('{"broken'));
    expect((await screen.findByRole('alert')).textContent).toBe('Il file scelto non contiene JSON leggibile: non è un’esportazione dei progressi.');
  });

  it('names what it had to skip or repair, and keeps everything that was valid', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...legacy(), caseQuizzes: { 'sins-t11': { best: 'lots' } } }));
    renderPage();
    const notice = await screen.findByTestId('storage-notice');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('caseQuizzes["sins-t11"]: bad date');
    expect(screen.getByTestId('lessons-read-count').textContent).toBe('Modules read: 1 of 2.');
    expect(document.querySelector('[data-result="quiz-a"]')).not.toBeNull();
  });

  it('shows data from a newer version read-only: it says so and offers no import or restore', async () => {
    const opened = await openProgressDb();
    if (opened.kind !== 'ok') throw new Error('no db');
    await appendEvents(opened, [{ type: 'lesson', at: iso(t0), slug: 'm04-scores', read: true }]);
    await opened.db.put('meta', 4, 'dataVersion');
    resetProgressDbForTests();
    renderPage();
    expect((await screen.findByTestId('storage-notice')).getAttribute('data-problem')).toBe('newer-version');
    expect(screen.getByTestId('lessons-read-count').textContent).toBe('Modules read: 1 of 2.');
    expect((screen.getByLabelText('Import a progress file') as HTMLInputElement).disabled).toBe(true);
  });
});

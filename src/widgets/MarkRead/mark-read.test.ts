// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import './mark-read';
import './progress-marks';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { loadStore } from '../shared/useProgress';
import { appendEvents, openProgressDb } from '../shared/progressDb';

const html = (slug: string) =>
  `<mark-read data-slug="${slug}" hidden><button type="button" aria-pressed="false">Mark as read</button><span data-status hidden>Read</span><span data-error hidden>Not saved</span></mark-read>`;
const read = async () => Object.keys((await loadStore()).state.lessonsRead);

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('<mark-read>', () => {
  it('shows itself, marks and un-marks the lesson as events, and keeps the rest', async () => {
    await appendEvents(await openProgressDb(), [{ type: 'case', at: new Date().toISOString(), caseId: 'sins-t11', score: 2 }]);
    document.body.innerHTML = html('m04-scores');
    const el = document.querySelector('mark-read') as HTMLElement;
    const button = el.querySelector('button')!;
    await waitFor(() => expect(el.hidden).toBe(false));
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect((el.querySelector('[data-status]') as HTMLElement).hidden).toBe(false);
    expect(await read()).toEqual(['m04-scores']);
    button.click();
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect(await read()).toEqual([]);
    expect((await loadStore()).state.caseQuizzes['sins-t11']).toMatchObject({ last: 2 });
  });

  it('picks up a lesson marked by the previous release (localStorage)', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, lessonsRead: { 'm06-vertebroplasty': '2025-03-01T09:00:00.000Z' }, quizResults: [], caseQuizzes: {}, reviewCards: {} }));
    document.body.innerHTML = html('m06-vertebroplasty');
    const button = document.querySelector('button')!;
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
  });

  it('says "not saved" when the browser refuses the write', async () => {
    document.body.innerHTML = html('m04-scores');
    const el = document.querySelector('mark-read') as HTMLElement;
    await waitFor(() => expect(el.hidden).toBe(false));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      el.querySelector('button')!.click();
      await waitFor(() => expect((el.querySelector('[data-error]') as HTMLElement).hidden).toBe(false));
      expect(el.dataset.saved).toBe('false');
      expect(el.querySelector('button')!.getAttribute('aria-pressed')).toBe('false');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('is disabled at load when the log comes from a newer release', async () => {
    await appendEvents(await openProgressDb(), [{ type: 'lesson', at: new Date().toISOString(), slug: 'm04-scores', read: true }]);
    const opened = await openProgressDb();
    if (opened.kind !== 'ok') throw new Error('no store');
    await opened.db.put('meta', 99, 'dataVersion');
    document.body.innerHTML = html('m04-scores');
    const button = document.querySelector('button')!;
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('stays hidden without IndexedDB', async () => {
    const idb = globalThis.indexedDB;
    // @ts-expect-error: storage turned off
    delete globalThis.indexedDB;
    try {
      document.body.innerHTML = html('m04-scores');
      await new Promise((r) => setTimeout(r, 20));
      expect((document.querySelector('mark-read') as HTMLElement).hidden).toBe(true);
    } finally {
      globalThis.indexedDB = idb;
    }
  });
});

describe('<progress-marks>', () => {
  it('replaces the "not started" placeholders with what was done', async () => {
    const at = '2025-03-01T09:00:00.000Z';
    await appendEvents(await openProgressDb(), [
      { type: 'lesson', at, slug: 'm04-scores', read: true },
      { type: 'quiz', at, result: { id: 'q', date: at, mode: 'practice', modules: ['M6'], score: 4, total: 5, mistakes: [] } },
    ]);
    document.body.innerHTML = `<progress-marks data-label-read="Read" data-label-quiz="quiz: {p}%"><ol>
      <li><span data-progress-slug="m01-multidisciplinary" data-progress-module="M1">Not started</span></li>
      <li><span data-progress-slug="m04-scores" data-progress-module="M4">Not started</span></li>
      <li><span data-progress-slug="m06-vertebroplasty" data-progress-module="M6">Not started</span></li></ol></progress-marks>`;
    const marks = [...document.querySelectorAll<HTMLElement>('[data-progress-slug]')];
    await waitFor(() => expect(marks.map((m) => m.textContent)).toEqual(['Not started', 'Read', 'quiz: 80%']));
    expect(marks.map((m) => m.dataset.state ?? '')).toEqual(['', 'read', 'quiz']);
  });
});

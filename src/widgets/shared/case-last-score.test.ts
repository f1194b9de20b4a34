// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { lastScoreText } from './case-last-score';
import { appendEvents, openProgressDb } from './progressDb';
import './case-last-score';

describe('<case-last-score>', () => {
  beforeEach(() => {
    document.documentElement.lang = 'it';
    document.body.innerHTML = '';
  });
  const mount = () => {
    document.body.innerHTML = '<case-last-score data-case="myeloma-c2" data-template="Ultimo punteggio: {last} su 3 (migliore: {best})"></case-last-score>';
    return document.body;
  };
  it('writes the numbers in the page language', () => {
    expect(lastScoreText('{last} / {best}', 'it', { last: 2.5, best: 3 })).toBe('2,5 / 3');
    expect(lastScoreText('{last} / {best}', 'en', { last: 2.5, best: 3 })).toBe('2.5 / 3');
  });
  it('shows nothing before a first attempt', async () => {
    const body = mount();
    await new Promise((r) => setTimeout(r, 50));
    expect(body.textContent).toBe('');
  });
  it('shows the score the case quiz saved in the progress log, with a decimal comma in Italian', async () => {
    const opened = await openProgressDb();
    await appendEvents(opened, [{ type: 'case', at: '2026-01-01T10:00:00.000Z', caseId: 'myeloma-c2', score: 3 }]);
    await appendEvents(opened, [{ type: 'case', at: '2026-01-02T10:00:00.000Z', caseId: 'myeloma-c2', score: 2.5 }]);
    const body = mount();
    await waitFor(() => expect(body.querySelector('[data-testid="case-last-score"]')?.textContent).toBe('Ultimo punteggio: 2,5 su 3 (migliore: 3)'));
    expect(body.querySelector('[data-testid="case-last-score"]')?.getAttribute('data-best')).toBe('3');
  });
});

// @vitest-environment jsdom
// The audience window is reveal.js (its keys, fragments and overview are covered by tests/e2e/present.spec.ts);
// here: the speaker window, the two windows in step, the handout and the mode read from the address.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Presenter, { modeFromSearch } from './Presenter';
import { formatElapsed } from './SpeakerView';
import { caseDeck } from '../../core/present/case-deck';
import { citationContext } from '../../core/present/citation';
import { loadCases, loadReferences, type ContentReader } from '../../core/present/test-content';
import type { Deck } from '../../core/present/deck';

const root = join(__dirname, '..', '..', '..');
const reader: ContentReader = { list: (d) => readdirSync(join(root, d)), read: (p) => readFileSync(join(root, p), 'utf8') };
const study = loadCases(reader).find((c) => c.id === 'sins-t11')!;
const deck: Deck = caseDeck(study, citationContext(loadReferences(reader)));
const total = deck.slides.length;

const key = (k: string, opts: KeyboardEventInit = {}) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...opts })));

beforeEach(() => {
  window.history.replaceState(null, '', '/en/present/sins-t11/');
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Presenter, speaker view', () => {
  it('shows notes, the current and the next step, elapsed time and clock', () => {
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    expect(screen.getByTestId('speaker-view')).toBeTruthy();
    expect(screen.getByTestId('speaker-notes').textContent).toContain(study.summary.en);
    expect(screen.getByTestId('speaker-next').getAttribute('data-slide-id')).toBe('presentation');
    expect(screen.getByTestId('speaker-elapsed').textContent).toMatch(/^\d\d:\d\d$/);
    expect(screen.getByTestId('speaker-clock').textContent).toMatch(/\d{1,2}:\d\d/);
    key('ArrowRight');
    expect(screen.getByTestId('static-slide').getAttribute('data-slide-id')).toBe('presentation');
    expect(screen.getByTestId('speaker-next').getAttribute('data-slide-id')).toBe('imaging');
  });

  it('switches the room to Italian while the notes stay in English', async () => {
    const user = userEvent.setup();
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    await user.click(screen.getByTestId('notes-lang-en'));
    await user.click(screen.getByTestId('speaker-lang-it'));
    expect(screen.getByTestId('speaker-lang-it').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Vista relatore', { exact: false })).toBeTruthy();
    expect(screen.getByTestId('speaker-notes').textContent).toContain(study.summary.en);
    await user.click(screen.getByTestId('notes-lang-it'));
    expect(screen.getByTestId('speaker-notes').textContent).toContain(study.summary.it);
  });

  it('jumps to a typed slide number on Enter, and Space moves on even after a click on a button', async () => {
    const user = userEvent.setup();
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    key('5');
    key('Enter');
    expect(screen.getByTestId('deck').dataset.slide).toBe('4');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    key(' ');
    expect(Number(screen.getByTestId('deck').dataset.slide) + Number(screen.getByTestId('deck').dataset.fragment)).toBeGreaterThan(4);
  });

  it('keeps the timer and its target across a reload, and says ahead or behind', async () => {
    const start = Date.now() - 10 * 60_000;
    window.localStorage.setItem(`percutanea-speaker-timer:${deck.id}`, JSON.stringify({ start, pausedAt: null, targetMinutes: 20 }));
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    await waitFor(() => expect(screen.getByTestId('speaker-elapsed').textContent).toMatch(/^10:0\d$/));
    expect((screen.getByTestId('speaker-target') as HTMLInputElement).value).toBe('20');
    // Still on slide 1 of a 20-minute lecture after 10 minutes: behind.
    expect(screen.getByTestId('speaker-pace').dataset.pace).toBe('behind');
    expect(screen.getByTestId('speaker-pace').textContent).toMatch(/min behind/);
  });

  it('turns a site path in the notes into a link', async () => {
    const { algorithmDeck } = await import('../../core/present/algorithm-deck');
    const { algorithms } = await import('../../core/algorithms/registry');
    const algo = algorithmDeck(algorithms['a4-noms']);
    render(<Presenter deck={algo} lang="en" path="/en/present/algorithm/a4-noms/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    expect(within(screen.getByTestId('speaker-notes')).getByRole('link', { name: '/en/algorithms/a4-noms/' }).getAttribute('target')).toBe('_blank');
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});

describe('Presenter windows in sync (BroadcastChannel)', () => {
  it('follows the other window both ways, language included', async () => {
    const a = render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'audience' }} />);
    const b = render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    const b2 = render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    const deckA = () => within(a.container).getByTestId('deck');
    const deckB = () => within(b.container).getByTestId('deck');
    // Let the windows open their channel and greet each other first.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    fireEvent.click(within(b2.container).getByTestId('next'));
    await waitFor(() => expect(deckB().dataset.slide).toBe('1'));
    await waitFor(() => expect(deckA().dataset.slide).toBe('1'));
    fireEvent.click(within(b.container).getByTestId('next'));
    fireEvent.click(within(b.container).getByTestId('next'));
    await waitFor(() => expect(deckA().dataset.slide).toBe('3'));
    fireEvent.click(within(b.container).getByTestId('speaker-lang-it'));
    await waitFor(() => expect(deckA().dataset.lang).toBe('it'));
  });
});

describe('Presenter, handout', () => {
  it('prints one slide per page with every fragment shown and the notice on each page', () => {
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'print', layout: 'single', notes: false, answers: true }} />);
    const pages = screen.getAllByTestId('handout-page');
    expect(pages.length).toBe(total);
    for (const p of pages) expect(p.textContent).toContain('For education, not for clinical decisions.');
    expect(document.querySelectorAll('.fragment:not(.visible)').length).toBe(0);
    expect(screen.queryAllByTestId('handout-notes').length).toBe(0);
    expect(document.body.textContent).toContain('Possible instability (7–12)');
  });

  it('leaves the answers out of a handout for before class', () => {
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'print', layout: 'grid', notes: false, answers: false }} />);
    const question = document.querySelector('[data-slide-id="question-sins-band"]');
    expect(question?.textContent).toContain('Possible instability');
    expect(question?.textContent).not.toMatch(/Answer/);
    expect(document.querySelectorAll('.b-text--answer').length).toBe(0);
    // Non-answer fragments (teaching points) are still printed.
    expect(document.querySelector('[data-slide-id="teaching-points"]')?.textContent).toContain(study.teachingPoints[0]?.en.slice(0, 20));
  });

  it('adds the notes, or packs six slides a page', () => {
    const { unmount } = render(<Presenter deck={deck} lang="it" path="/it/present/sins-t11/" exitHref="/it/present/" initialMode={{ view: 'print', layout: 'single', notes: true, answers: true }} />);
    expect(screen.getAllByTestId('handout-notes').length).toBe(total);
    expect(screen.getAllByTestId('handout-notes')[0]?.textContent).toContain(study.summary.it);
    unmount();
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'print', layout: 'grid', notes: false, answers: true }} />);
    expect(screen.getAllByTestId('handout-page').length).toBe(Math.ceil(total / 6));
  });

  it('lists the references in the deck\'s language: a described source reads in Italian on the Italian handout', () => {
    const refsOf = () => [...document.querySelectorAll('.b-refs li')].map((li) => li.textContent ?? '');
    const { unmount } = render(<Presenter deck={deck} lang="it" path="/it/present/sins-t11/" exitHref="/it/present/" initialMode={{ view: 'print', layout: 'single', notes: false, answers: true }} />);
    expect(refsOf()[0]).toMatch(/^Corso italiano sul trattamento percutaneo .* Presentazione in italiano e in inglese s\.d\.$/);
    unmount();
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'print', layout: 'single', notes: false, answers: true }} />);
    expect(refsOf()[0]).toMatch(/^Italian lecture course on the percutaneous treatment .* Slide deck in Italian and English n\.d\.$/);
  });

  it('reads the mode from the address', () => {
    expect(modeFromSearch('')).toEqual({ view: 'audience' });
    expect(modeFromSearch('?view=speaker')).toEqual({ view: 'speaker' });
    expect(modeFromSearch('?print=1')).toEqual({ view: 'print', layout: 'single', notes: false, answers: true });
    expect(modeFromSearch('?print=1&notes=1&answers=0')).toEqual({ view: 'print', layout: 'single', notes: true, answers: false });
    // Six per page has no room for legible notes.
    expect(modeFromSearch('?print=grid&notes=1')).toEqual({ view: 'print', layout: 'grid', notes: false, answers: true });
    expect(modeFromSearch('?print=0&view=speaker')).toEqual({ view: 'speaker' });
  });
});

// @vitest-environment jsdom
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
const indexOf = (id: string) => deck.slides.findIndex((s) => s.id === id);

const slide = () => screen.getByTestId('slide');
const number = () => screen.getByTestId('slide-number').textContent?.replace(/\s+/g, ' ').trim();
const key = (k: string, opts: KeyboardEventInit = {}) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...opts })));

beforeEach(() => window.history.replaceState(null, '', '/en/present/sins-t11/'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const audience = (extra: Partial<Parameters<typeof Presenter>[0]> = {}) =>
  render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/?items=case:sins-t11" initialMode={{ view: 'audience' }} {...extra} />);

describe('Presenter, audience view', () => {
  it('opens on the title slide with the education notice and the slide number', () => {
    audience();
    expect(slide().getAttribute('data-slide-id')).toBe('title');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(study.title.en);
    expect(screen.getByTestId('slide-notice').textContent).toBe('For education, not for clinical decisions.');
    expect(number()).toBe(`Slide 1 / ${total}`);
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });

  it('moves with arrows, space and PageDown/PageUp, revealing fragments before the next slide', () => {
    audience();
    key('ArrowRight');
    expect(slide().getAttribute('data-slide-id')).toBe('presentation');
    expect(window.location.hash).toBe('#/2');
    key('PageDown');
    key(' ');
    const q = indexOf('question-sins-total');
    expect(Number(screen.getByTestId('deck').dataset.slide)).toBe(q);
    const fragments = () => Array.from(slide().querySelectorAll('.fragment')).map((f) => f.classList.contains('fragment--visible'));
    expect(fragments()).toEqual([false, false]);
    expect(slide().querySelector('.fragment')?.getAttribute('aria-hidden')).toBe('true');
    key('ArrowDown');
    expect(fragments()).toEqual([true, false]);
    expect(slide().querySelector('.fragment')?.textContent).toBe('Answer: 12 points');
    key('n');
    expect(fragments()).toEqual([true, true]);
    expect(window.location.hash).toBe(`#/${q + 1}/2`);
    key('PageUp');
    expect(fragments()).toEqual([true, false]);
    key(' ', { shiftKey: true });
    key('ArrowLeft');
    expect(slide().getAttribute('data-slide-id')).toBe('imaging');
    key('End');
    expect(number()).toBe(`Slide ${total} / ${total}`);
    key('Home');
    expect(number()).toBe(`Slide 1 / ${total}`);
  });

  it('goes back to a slide fully revealed', () => {
    audience();
    const tp = indexOf('teaching-points');
    window.location.hash = `#/${tp + 2}`;
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(slide().getAttribute('data-slide-id')).toBe('references');
    key('ArrowLeft');
    expect(slide().getAttribute('data-slide-id')).toBe('teaching-points');
    expect(slide().querySelectorAll('.fragment--visible').length).toBe(study.teachingPoints.length);
  });

  it('starts where the hash says', () => {
    window.history.replaceState(null, '', '/en/present/sins-t11/#/3');
    audience();
    expect(slide().getAttribute('data-slide-id')).toBe('imaging');
  });

  it('blanks the screen with B or full stop, and back', () => {
    audience();
    key('b');
    expect(screen.getByTestId('blank-screen')).toBeTruthy();
    key('.');
    expect(screen.queryByTestId('blank-screen')).toBeNull();
  });

  it('opens the overview with O, picks a slide, and closes with Escape', async () => {
    const user = userEvent.setup();
    audience();
    key('o');
    const overview = screen.getByTestId('overview');
    const buttons = within(overview).getAllByRole('button', { name: /^\d+\. / });
    expect(buttons.length).toBe(total);
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(buttons[2]);
    await user.keyboard('{Enter}');
    expect(screen.queryByTestId('overview')).toBeNull();
    expect(slide().getAttribute('data-slide-id')).toBe('imaging');
    key('Escape');
    expect(screen.getByTestId('overview')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('overview')).toBeNull();
  });

  it('goes to a slide with G then its number, and refuses a number out of range', async () => {
    const user = userEvent.setup();
    audience();
    key('g');
    const input = screen.getByTestId('goto-input');
    expect(document.activeElement).toBe(input);
    await user.keyboard(`${total + 5}{Enter}`);
    expect(screen.getByRole('alert').textContent).toBe(`Type a whole number from 1 to ${total}.`);
    await user.clear(input);
    await user.keyboard('4{Enter}');
    expect(screen.queryByTestId('goto-dialog')).toBeNull();
    expect(number()).toBe(`Slide 4 / ${total}`);
  });

  it('asks for full screen with F, and lists the keys with ?', () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { configurable: true, value: request });
    audience();
    key('f');
    expect(request).toHaveBeenCalledTimes(1);
    key('?');
    expect(within(screen.getByTestId('help-dialog')).getAllByRole('row').length).toBeGreaterThan(8);
  });

  it('opens the speaker view in a second window with S, at the same position', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    audience();
    key('ArrowRight');
    key('s');
    expect(open).toHaveBeenCalledWith('/en/present/sins-t11/?view=speaker#/2', 'percutanea-speaker', expect.any(String));
    // A blocked pop-up is explained, with a link to open it by hand.
    expect(screen.getByRole('alert').textContent).toContain('blocked');
  });

  it('switches the slides to the other language live, without leaving the page', async () => {
    const user = userEvent.setup();
    audience();
    await user.click(screen.getByTestId('audience-lang'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(study.title.it);
    expect(document.documentElement.lang).toBe('it');
    expect(screen.getByTestId('slide-notice').textContent).toBe('A scopo didattico, non per decisioni cliniche.');
    expect(window.location.pathname).toBe('/en/present/sins-t11/');
  });

  it('does not move the deck while typing or when space activates a button', async () => {
    const user = userEvent.setup();
    audience();
    screen.getByRole('button', { name: 'Overview' }).focus();
    await user.keyboard(' ');
    expect(screen.getByTestId('overview')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(number()).toBe(`Slide 1 / ${total}`);
  });

  it('links the score slide to the prefilled calculator', () => {
    window.history.replaceState(null, '', `/en/present/sins-t11/#/${indexOf('score-sins') + 1}`);
    audience();
    expect(screen.getByTestId('slide-link').getAttribute('href')).toBe('/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');
  });
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
    expect(screen.getByTestId('slide').getAttribute('data-slide-id')).toBe('presentation');
    expect(screen.getByTestId('speaker-next').getAttribute('data-slide-id')).toBe('imaging');
  });

  it('switches the language of notes and slides', async () => {
    const user = userEvent.setup();
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'speaker' }} />);
    await user.click(screen.getByTestId('speaker-lang-it'));
    expect(screen.getByTestId('speaker-lang-it').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('speaker-notes').textContent).toContain(study.summary.it);
    expect(screen.getByText('Vista relatore', { exact: false })).toBeTruthy();
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
    const deckA = () => within(a.container).getByTestId('deck');
    const deckB = () => within(b.container).getByTestId('deck');
    fireEvent.click(within(a.container).getByTestId('next'));
    await waitFor(() => expect(deckB().dataset.slide).toBe('1'));
    fireEvent.click(within(b.container).getByTestId('next'));
    fireEvent.click(within(b.container).getByTestId('next'));
    await waitFor(() => expect(deckA().dataset.slide).toBe('3'));
    fireEvent.click(within(b.container).getByTestId('speaker-lang-it'));
    await waitFor(() => expect(deckA().dataset.lang).toBe('it'));
    fireEvent.click(within(b.container).getByTestId('speaker-blank'));
    await waitFor(() => expect(within(a.container).queryByTestId('blank-screen')).not.toBeNull());
  });
});

describe('Presenter, handout', () => {
  it('prints one slide per page with every fragment shown and the notice on each page', () => {
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'print', layout: 'single', notes: false }} />);
    const pages = screen.getAllByTestId('handout-page');
    expect(pages.length).toBe(total);
    for (const p of pages) expect(p.textContent).toContain('For education, not for clinical decisions.');
    expect(document.querySelectorAll('.fragment:not(.fragment--visible)').length).toBe(0);
    expect(screen.queryAllByTestId('handout-notes').length).toBe(0);
  });

  it('adds the notes, or packs six slides a page', () => {
    const { unmount } = render(<Presenter deck={deck} lang="it" path="/it/present/sins-t11/" exitHref="/it/present/" initialMode={{ view: 'print', layout: 'single', notes: true }} />);
    expect(screen.getAllByTestId('handout-notes').length).toBe(total);
    expect(screen.getAllByTestId('handout-notes')[0]?.textContent).toContain(study.summary.it);
    unmount();
    render(<Presenter deck={deck} lang="en" path="/en/present/sins-t11/" exitHref="/en/present/" initialMode={{ view: 'print', layout: 'grid', notes: false }} />);
    expect(screen.getAllByTestId('handout-page').length).toBe(Math.ceil(total / 6));
  });

  it('reads the mode from the address', () => {
    expect(modeFromSearch('')).toEqual({ view: 'audience' });
    expect(modeFromSearch('?view=speaker')).toEqual({ view: 'speaker' });
    expect(modeFromSearch('?print=1')).toEqual({ view: 'print', layout: 'single', notes: false });
    expect(modeFromSearch('?print=grid&notes=1')).toEqual({ view: 'print', layout: 'grid', notes: true });
    expect(modeFromSearch('?print=0&view=speaker')).toEqual({ view: 'speaker' });
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PresentBuilder, { type BuilderCatalog } from './PresentBuilder';

const catalog: BuilderCatalog = {
  case: [
    { id: 'sins-t11', title: 'T11 metastasis', meta: 'SINS 12' },
    { id: 'cryo-l5', title: 'Cryoablation at L5' },
  ],
  lesson: [{ id: 'm06-vertebroplasty', title: 'M6 · Percutaneous vertebroplasty' }],
  algorithm: [{ id: 'a4-noms', title: 'NOMS' }],
};

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const order = () => within(screen.getByTestId('playlist-order')).getAllByRole('listitem').map((li) => li.getAttribute('data-item'));

describe('PresentBuilder', () => {
  it('reads the lecture from the address, in order, and reports ignored items', () => {
    window.history.replaceState(null, '', '/en/present/?items=algorithm:a4-noms,case:sins-t11,case:ghost,talk:x');
    render(<PresentBuilder lang="en" catalog={catalog} />);
    expect(order()).toEqual(['algorithm:a4-noms', 'case:sins-t11']);
    expect(screen.getByRole('checkbox', { name: /T11 metastasis/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /Cryoablation/ })).toHaveProperty('checked', false);
    const notices = screen.getByTestId('query-notices').textContent ?? '';
    expect(notices).toContain('case:ghost');
    expect(notices).toContain('talk:x');
    expect(screen.getByTestId('start-playlist').getAttribute('href')).toBe('/en/present/playlist/?items=algorithm:a4-noms,case:sins-t11');
  });

  it('builds a lecture with the checkboxes and the move buttons, keeping the address in step', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/it/present/');
    render(<PresentBuilder lang="it" catalog={catalog} />);
    expect(screen.getByText('Ancora nessuna scelta: spunta casi, moduli o algoritmi.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /T11 metastasis/ }));
    await user.click(screen.getByRole('checkbox', { name: /vertebroplasty/ }));
    await user.click(screen.getByRole('checkbox', { name: /NOMS/ }));
    expect(order()).toEqual(['case:sins-t11', 'lesson:m06-vertebroplasty', 'algorithm:a4-noms']);
    expect(window.location.search).toBe('?items=case:sins-t11,lesson:m06-vertebroplasty,algorithm:a4-noms');

    const up = screen.getByRole('button', { name: 'Sposta su: NOMS' });
    await user.click(up);
    expect(order()).toEqual(['case:sins-t11', 'algorithm:a4-noms', 'lesson:m06-vertebroplasty']);
    // Focus stays on the moved item's button, so it can be moved again with the keyboard.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sposta su: NOMS' }));
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['algorithm:a4-noms', 'case:sins-t11', 'lesson:m06-vertebroplasty']);
    // At the top "up" is disabled: focus moves to "down" of the same item.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sposta giù: NOMS' }));
    expect(screen.getByTestId('builder-announcement').textContent).toBe('NOMS ora è il numero 1 di 3');

    await user.click(screen.getByRole('button', { name: 'Togli: T11 metastasis' }));
    expect(order()).toEqual(['algorithm:a4-noms', 'lesson:m06-vertebroplasty']);
    expect(screen.getByRole('checkbox', { name: /T11 metastasis/ })).toHaveProperty('checked', false);
    expect(window.location.search).toBe('?items=algorithm:a4-noms,lesson:m06-vertebroplasty');
    expect(screen.getByTestId('start-playlist').getAttribute('href')).toBe('/it/present/playlist/?items=algorithm:a4-noms,lesson:m06-vertebroplasty');
    expect(screen.getByTestId('playlist-handout').getAttribute('href')).toBe('/it/present/playlist/?items=algorithm:a4-noms,lesson:m06-vertebroplasty&print=1');

    await user.click(screen.getByRole('checkbox', { name: /NOMS/ }));
    await user.click(screen.getByRole('checkbox', { name: /vertebroplasty/ }));
    expect(screen.queryByTestId('playlist-order')).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('offers each deck on its own too', () => {
    render(<PresentBuilder lang="en" catalog={catalog} />);
    expect(screen.getByRole('link', { name: 'Present alone: T11 metastasis' }).getAttribute('href')).toBe('/en/present/sins-t11/');
    expect(screen.getByRole('link', { name: 'Present alone: NOMS' }).getAttribute('href')).toBe('/en/present/algorithm/a4-noms/');
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Documented cases',
      'Modules: objectives, key points and self-check',
      'Algorithms, one question at a time',
      'Your own slides',
    ]);
  });
});

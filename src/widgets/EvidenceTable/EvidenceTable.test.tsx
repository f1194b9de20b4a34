// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EvidenceTable from './EvidenceTable';
import EvidenceTableTool from './EvidenceTableTool';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });
const order = () => [...document.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-study'));

describe('EvidenceTable', () => {
  it('sorts by patients by keyboard and announces the sort on the header', async () => {
    const user = userEvent.setup();
    render(<EvidenceTable lang="en" />);
    expect(order()[0]).toBe('gronemeyer');
    screen.getByRole('button', { name: 'Sort by Patients' }).focus();
    await user.keyboard('{Enter}');
    expect(order()[0]).toBe('goetz');
    expect(screen.getByRole('button', { name: 'Sort by Patients' }).closest('th')!.getAttribute('aria-sort')).toBe('descending');
    await user.keyboard('{Enter}');
    expect(order()[0]).toBe('gronemeyer');
  });
  it('filters cement events and summarizes as a range, Italian decimals', async () => {
    const user = userEvent.setup();
    render(<EvidenceTable lang="it" />);
    expect(screen.getByTestId('ev-summary').textContent).toBe('7 studi, 134 pazienti; migliorati 74,4–100% (un intervallo: studi così diversi non si mediano).');
    await user.selectOptions(screen.getByTestId('ev-events'), 'cement');
    expect(order()).toEqual(['hoffmann', 'munk']);
    expect(document.querySelector('[data-study="gronemeyer"]')).toBeNull();
  });

  it('on its tool page loads filter and sort from a shared link, names what it ignored and writes each change back', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/en/tools/vp-rfa-evidence/?sort=patients&design=bogus&page=2');
    render(<EvidenceTableTool lang="en" />);
    expect(order()[0]).toBe('goetz');
    expect(screen.getByRole('button', { name: 'Sort by Patients' }).closest('th')!.getAttribute('aria-sort')).toBe('descending');
    const notices = screen.getByTestId('query-notices').textContent!;
    expect(notices).toContain('bogus');
    expect(notices).toContain('page');
    screen.getByRole('button', { name: 'Sort by Patients' }).focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?sort=patients&dir=asc');
    await user.selectOptions(screen.getByTestId('ev-design'), 'prospective');
    expect(window.location.search).toBe('?design=prospective&sort=patients&dir=asc');
  });
});

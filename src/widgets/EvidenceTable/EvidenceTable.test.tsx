// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EvidenceTable from './EvidenceTable';

afterEach(cleanup);
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
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RtResponseChart from './RtResponseChart';

afterEach(cleanup);

describe('RtResponseChart', () => {
  it('shows complete response first and switches measure by keyboard (Italian decimals)', async () => {
    const user = userEvent.setup();
    render(<RtResponseChart lang="it" />);
    expect(screen.getByTestId('rtr-chart').getAttribute('aria-label')).toBe('Risposta completa a 12 settimane (VAS 0): RFA + radioterapia (n = 15) 53,3%, Sola radioterapia (n = 30) 16,6%');
    expect(screen.getByTestId('rtr-difference').textContent).toBe('Differenza, RFA + RT meno sola RT: 36,7 punti percentuali.');
    screen.getByRole('radio', { name: /Risposta completa/ }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByTestId('rtr-difference').textContent).toBe('Differenza, RFA + RT meno sola RT: −6 settimane.');
  });
});

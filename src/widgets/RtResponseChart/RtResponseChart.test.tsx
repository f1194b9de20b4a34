// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RtResponseChart from './RtResponseChart';
import RtResponseChartTool from './RtResponseChartTool';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });

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

  it('on its tool page loads the measure from a shared link, names what it ignored and writes each choice back', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/en/tools/rt-response/?measure=weeks&measure=partial&week=12');
    render(<RtResponseChartTool lang="en" />);
    expect(screen.getByRole('radio', { name: /Time to response/i })).toHaveProperty('checked', true);
    const notices = screen.getByTestId('query-notices').textContent!;
    expect(notices).toContain('measure');
    expect(notices).toContain('week');
    screen.getByRole('radio', { name: /Time to response/i }).focus();
    await user.keyboard('{ArrowDown}');
    expect(window.location.search).toBe('?measure=baseline');
  });

  it('embedded in a lesson it leaves the address alone', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/en/modules/m05/?measure=weeks');
    render(<RtResponseChart lang="en" />);
    expect(screen.getByRole('radio', { name: /Complete response/i })).toHaveProperty('checked', true);
    screen.getByRole('radio', { name: /Complete response/i }).focus();
    await user.keyboard('{ArrowDown}');
    expect(window.location.search).toBe('?measure=weeks');
    expect(screen.queryByTestId('query-notices')).toBeNull();
  });
});

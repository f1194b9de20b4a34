// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ThermalProtectionChooser from './ThermalProtectionChooser';
import { protectionTextsIn } from '../../core/lesson-tools/thermal-protection/protection-texts';

afterEach(cleanup);
const row = (i: string) => document.querySelector(`[data-insulator="${i}"]`)!;

describe('ThermalProtectionChooser', () => {
  it('RF under CT: dextrose first, saline never; cryo flips fluids to never and CO2 to first choice', async () => {
    const user = userEvent.setup();
    render(<ThermalProtectionChooser lang="en" texts={protectionTextsIn('en')} />);
    expect(row('dextrose').getAttribute('data-status')).toBe('preferred');
    expect(row('saline').getAttribute('data-status')).toBe('never');
    expect(screen.getByTestId('tp-advice').textContent).toContain('45 °C');
    await user.click(screen.getByRole('radio', { name: 'Cryoablation' }));
    expect(row('co2').getAttribute('data-status')).toBe('preferred');
    expect(row('dextrose').getAttribute('data-status')).toBe('never');
    expect(row('dextrose').textContent).toContain('they freeze on contact with the ice ball');
  });
  it('ultrasound rules out CO2, reached by keyboard, in Italian', async () => {
    const user = userEvent.setup();
    render(<ThermalProtectionChooser lang="it" texts={protectionTextsIn('it')} />);
    screen.getByRole('radio', { name: 'TC' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Ecografia' })).toHaveProperty('checked', true);
    expect(row('co2').getAttribute('data-status')).toBe('never');
    expect(row('co2').textContent).toContain('artefatti');
  });
  it('no intact cortex with RF: relative contraindication and a short active tip', async () => {
    const user = userEvent.setup();
    render(<ThermalProtectionChooser lang="en" texts={protectionTextsIn('en')} />);
    await user.click(screen.getByRole('radio', { name: 'No intact cortex' }));
    expect(document.querySelector('[data-advice="no-cortex"]')).toBeTruthy();
    expect(document.querySelector('[data-advice="short-tip"]')!.textContent).toContain('1 cm');
  });
});

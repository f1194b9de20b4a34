// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import VertebroplastyCheck from './VertebroplastyCheck';
import { vpCheckTextsIn } from '../../core/lesson-tools/vertebroplasty/candidate-texts';

afterEach(cleanup);
const verdict = () => screen.getByTestId('vp-verdict').getAttribute('data-verdict');

describe('VertebroplastyCheck', () => {
  it('goes from no indication to candidate to never-cement when cord compression is ticked (keyboard only)', async () => {
    const user = userEvent.setup();
    render(<VertebroplastyCheck lang="en" texts={vpCheckTextsIn('en')} />);
    expect(verdict()).toBe('no-indication');
    screen.getByRole('checkbox', { name: /Symptomatic metastasis at risk/ }).focus();
    await user.keyboard(' ');
    expect(verdict()).toBe('candidate');
    screen.getByRole('checkbox', { name: /Symptomatic spinal cord compression/ }).focus();
    await user.keyboard(' ');
    expect(verdict()).toBe('contraindicated');
    expect(screen.getByTestId('vp-actions').textContent).toContain('Never cement: urgent consultation with the spine surgeon');
    expect(screen.getByTestId('vp-actions').textContent).toContain('Salapura and Jeromel 2014');
  });

  it('a relative contraindication asks for a team decision, in Italian', async () => {
    const user = userEvent.setup();
    render(<VertebroplastyCheck lang="it" texts={vpCheckTextsIn('it')} />);
    await user.click(screen.getByRole('checkbox', { name: /Lesione osteolitica vertebrale dolorosa/ }));
    await user.click(screen.getByRole('checkbox', { name: /vertebra plana/ }));
    expect(verdict()).toBe('team-decision');
    expect(screen.getByTestId('vp-verdict').textContent).toContain('Possibile candidato: decidere nel team multidisciplinare');
  });
});

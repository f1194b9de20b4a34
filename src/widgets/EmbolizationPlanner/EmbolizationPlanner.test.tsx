// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EmbolizationPlanner from './EmbolizationPlanner';
import { emboTextsIn } from '../../core/lesson-tools/embolization/embolization-texts';

afterEach(cleanup);
const verdict = () => screen.getByTestId('emb-verdict').getAttribute('data-verdict');

describe('EmbolizationPlanner', () => {
  it('sequences radiotherapy before and ablation after; Adamkiewicz stops it (keyboard)', async () => {
    const user = userEvent.setup();
    render(<EmbolizationPlanner lang="en" texts={emboTextsIn('en')} />);
    expect(verdict()).toBe('proceed');
    await user.click(screen.getByRole('checkbox', { name: 'Radiotherapy' }));
    await user.click(screen.getByRole('checkbox', { name: 'Thermal ablation' }));
    expect(screen.getByTestId('emb-sequence').textContent).toMatch(/Radiotherapy before embolization.*Thermal ablation as soon as possible after/);
    screen.getByRole('checkbox', { name: /Adamkiewicz/ }).focus();
    await user.keyboard(' ');
    expect(verdict()).toBe('stop');
    expect(screen.getByTestId('emb-verdict').textContent).toContain('paraplegia');
  });
  it('a relative contraindication in Italian; collaterals switch the agent', async () => {
    const user = userEvent.setup();
    render(<EmbolizationPlanner lang="it" texts={emboTextsIn('it')} />);
    await user.click(screen.getByRole('checkbox', { name: 'Insufficienza renale' }));
    expect(verdict()).toBe('caution');
    await user.click(screen.getByRole('checkbox', { name: /Collaterali/ }));
    expect(screen.getByTestId('emb-agents').textContent).toContain('spugna di gelatina');
  });
});

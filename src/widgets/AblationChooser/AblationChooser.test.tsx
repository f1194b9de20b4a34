// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AblationChooser from './AblationChooser';
import { ablationTextsIn } from '../../core/lesson-tools/ablation-choice/ablation-texts';

afterEach(cleanup);
const fit = (m: string) => document.querySelector(`[data-modality="${m}"]`)!.getAttribute('data-fit');

describe('AblationChooser', () => {
  it('small lesion away from nerves: RF fits; very close: cryo fits and microwaves are only possible', async () => {
    const user = userEvent.setup();
    render(<AblationChooser lang="en" texts={ablationTextsIn('en')} />);
    expect(fit('rf')).toBe('fits');
    await user.click(screen.getByRole('radio', { name: 'Very close' }));
    expect(fit('cryo')).toBe('fits');
    expect(fit('mw')).toBe('possible');
    expect(document.querySelector('[data-modality="mw"]')!.textContent).toContain('Embolization lecture');
  });
  it('fracture risk (keyboard): ethanol to avoid and consolidation advice appears, in Italian', async () => {
    const user = userEvent.setup();
    render(<AblationChooser lang="it" texts={ablationTextsIn('it')} />);
    const group = document.querySelector('[data-group="fractureRisk"]')!;
    (group.querySelector('input[value="no"]') as HTMLInputElement).focus();
    await user.keyboard('{ArrowDown}');
    expect(fit('ethanol')).toBe('avoid');
    expect(screen.getByTestId('abl-consolidation').textContent).toContain('chirurgia per le ossa lunghe');
  });
});

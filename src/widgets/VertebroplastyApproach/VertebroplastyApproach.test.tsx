// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import VertebroplastyApproach from './VertebroplastyApproach';
import VertebroplastyApproachTool from './VertebroplastyApproachTool';
import { approachTextsIn } from '../../core/lesson-tools/vertebroplasty/approach-texts';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });
const result = () => screen.getByTestId('vp-approach-result');

describe('VertebroplastyApproach', () => {
  it('lumbar: transpedicular; a lateral tip through one pedicle asks for a second needle', async () => {
    const user = userEvent.setup();
    render(<VertebroplastyApproach lang="en" texts={approachTextsIn('en')} />);
    expect(result().getAttribute('data-route')).toBe('transpedicular');
    await user.click(screen.getByRole('radio', { name: 'Lateral half of the body' }));
    expect(screen.getByTestId('vp-outcome').textContent).toMatch(/add a second needle/);
    await user.click(screen.getByRole('radio', { name: 'Two (bipedicular)' }));
    expect(result().getAttribute('data-outcome')).toBe('both-sides');
  });

  it('cervical by arrow keys: anterolateral route, both gauges with their sources', async () => {
    const user = userEvent.setup();
    render(<VertebroplastyApproach lang="it" texts={approachTextsIn('it')} />);
    screen.getByRole('radio', { name: 'Lombare' }).focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Cervicale' })).toHaveProperty('checked', true);
    expect(result().getAttribute('data-route')).toBe('anterolateral');
    expect(screen.getByTestId('vp-gauges').textContent).toContain('15 G (tratto cervicale) (linee guida CIRSE, Gangi 2010)');
    expect(screen.getByTestId('vp-cervical-note')).toBeTruthy();
  });

  it('on its tool page loads the approach from a shared link, names what it ignored and writes each choice back', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/en/tools/vertebroplasty-approach/?region=thoracic&filling=bipedicular&tip=sideways');
    render(<VertebroplastyApproachTool lang="en" texts={approachTextsIn('en')} />);
    expect(result().getAttribute('data-route')).toBe('transpedicular');
    expect(screen.getByRole('radio', { name: /Bipedicular/i })).toHaveProperty('checked', true);
    expect(screen.getByTestId('query-notices').textContent).toContain('sideways');
    await user.click(screen.getByRole('radio', { name: 'Lateral half of the body' }));
    expect(window.location.search).toBe('?region=thoracic&tip=lateral&filling=bipedicular');
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sinsNextTexts } from '../../core/scores/sins/mechanical-indication';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { sumScoreIn } from '../../core/scores/sum-score';
import SinsCalculator from './SinsCalculator';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = () => screen.getByTestId('score-total').textContent;
const band = () => screen.getByTestId('score-band').getAttribute('data-band');

describe('SinsCalculator (the generic view with the spine picker)', () => {
  it('starts incomplete and lists every missing component, never NaN', () => {
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} />);
    expect(total()).toBe('—');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe(
      'Missing: Location, Pain, Bone lesion, Radiographic alignment, Vertebral body collapse, Posterolateral elements',
    );
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('computes the T11 worked example by clicking the spine and the options', async () => {
    const user = userEvent.setup();
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} />);
    await user.click(document.querySelector('[data-level="T11"]')!);
    expect(screen.getByTestId('sins-level').textContent).toContain('T11');
    const pick = (group: string, option: RegExp) => user.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));
    await pick('Pain', /^Mechanical/);
    await pick('Bone lesion', /^Lytic/);
    await pick('Radiographic alignment', /^Normal/);
    await pick('Vertebral body collapse', /^> 50% collapse/);
    await pick('Posterolateral elements', /^Unilateral/);
    expect(total()).toBe('12');
    expect(band()).toBe('indeterminate');
    expect(screen.getByTestId('score-announcement').textContent).toBe('Total 12: Possible instability (indeterminate)');
  });

  it('moves along the spine with the arrow keys and derives the location', async () => {
    const user = userEvent.setup();
    render(<SinsCalculator lang="it" def={sumScoreIn(sinsDefinition, 'it')} nextTexts={sinsNextTexts('it')} />);
    const c0 = document.querySelector<SVGGElement>('[data-level="C0"]')!;
    c0.focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const c3 = document.querySelector('[data-level="C3"]')!;
    expect(c3.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(c3);
    expect(screen.getByTestId('sins-level').textContent).toBe('Livello C3: Rachide mobile (C3–C6, L2–L4)');
    await user.keyboard('{End}');
    expect(screen.getByTestId('sins-level').textContent).toContain('S5');
  });

  it('reads its state from the URL, notes illegal values and writes changes back', async () => {
    window.history.replaceState(null, '', '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=sideways');
    const user = userEvent.setup();
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} syncUrl />);
    expect(await screen.findByTestId('query-notices')).toHaveProperty('textContent', expect.stringContaining('posterior=sideways'));
    expect(band()).toBe('incomplete');
    await user.click(within(screen.getByRole('group', { name: 'Posterolateral elements' })).getByRole('radio', { name: /^Unilateral/ }));
    expect(total()).toBe('12');
    expect(window.location.search).toBe('?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');
  });

  it('choosing the location directly clears the level', async () => {
    const user = userEvent.setup();
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} />);
    await user.click(document.querySelector('[data-level="T5"]')!);
    await user.click(screen.getByRole('radio', { name: /^Rigid/ }));
    expect(screen.getByTestId('sins-level').textContent).toBe('No level chosen');
    expect(document.querySelector('[data-level="T5"]')!.getAttribute('aria-checked')).toBe('false');
  });

  it('reset empties every choice', async () => {
    const user = userEvent.setup();
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} />);
    await user.click(document.querySelector('[data-level="L5"]')!);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByTestId('sins-level').textContent).toBe('No level chosen');
    expect(band()).toBe('incomplete');
  });
});

describe('SinsCalculator next step', () => {
  it('T11 (12, mechanical pain): stabilization or cement, a surgeon’s opinion, the cement check and a link to NOMS', () => {
    window.history.replaceState(null, '', '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} syncUrl />);
    const next = screen.getByTestId('sins-next');
    expect(next.getAttribute('data-indication')).toBe('stabilization');
    expect([...next.querySelectorAll('li')].map((li) => li.getAttribute('data-reason'))).toEqual(['sins-indeterminate', 'mechanical-pain']);
    expect(screen.getByTestId('sins-cement-check').textContent).toContain('Symptomatic spinal cord compression');
    expect(screen.getByTestId('sins-to-noms').getAttribute('href')).toBe(
      '/en/tools/noms/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
    );
  });

  it('stable without mechanical pain: no procedure, no cement check; nothing before the total is complete', () => {
    window.history.replaceState(null, '', '/it/tools/sins/?level=T5&pain=occasional&lesion=blastic&alignment=normal&collapse=none&posterior=none');
    render(<SinsCalculator lang="it" def={sumScoreIn(sinsDefinition, 'it')} nextTexts={sinsNextTexts('it')} syncUrl />);
    expect(screen.getByTestId('sins-next').getAttribute('data-indication')).toBe('none');
    expect(screen.queryByTestId('sins-cement-check')).toBeNull();
    cleanup();
    render(<SinsCalculator lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} />);
    expect(screen.queryByTestId('sins-next')).toBeNull();
  });
});

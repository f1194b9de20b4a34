// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CryoPlanner from './CryoPlanner';
import CryoPlannerTool from './CryoPlannerTool';
import { cryoScenarioTextsIn } from '../../core/lesson-tools/cryo/scenario-texts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const probe = (n: number) => document.querySelector<SVGGElement>(`[data-probe="${n}"]`)!;
const text = (id: string) => screen.getByTestId(id).textContent;

describe('CryoPlanner', () => {
  it('starts with one probe at the lesion centre and reports, in English, why one probe is not enough', () => {
    render(<CryoPlanner lang="en" texts={cryoScenarioTextsIn('en')} />);
    expect(probe(1).getAttribute('aria-label')).toBe('Probe 1: x 45 mm, y 40 mm');
    // One probe at the centre of a 40 × 24 mm lesion: the ice (r 20) just reaches both ends.
    expect(text('cryo-ice')).toBe('Ice beyond the tumour (0 °C edge): 0 mm at the thinnest point.');
    expect(screen.getByTestId('cryo-lethal').getAttribute('data-covers')).toBe('false');
    expect(screen.getByTestId('cryo-review').getAttribute('data-verdict')).toBe('below');
    expect(text('cryo-not-tool')).toMatch(/not a dosimetry or planning tool/);
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('builds the textbook two-probe plan by keyboard and meets both margin criteria', async () => {
    const user = userEvent.setup();
    render(<CryoPlanner lang="en" texts={cryoScenarioTextsIn('en')} />);
    probe(1).focus();
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}'); // 45 → 35
    expect(probe(1).getAttribute('aria-label')).toBe('Probe 1: x 35 mm, y 40 mm');
    await user.click(screen.getByTestId('cryo-add')); // new probe at 40, 40, selected
    probe(2).focus();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}'); // 40 → 55
    expect(probe(2).getAttribute('aria-label')).toBe('Probe 2: x 55 mm, y 40 mm');
    expect(text('cryo-ice')).toBe('Ice beyond the tumour (0 °C edge): 5.3 mm at the thinnest point.');
    expect(screen.getByTestId('cryo-cirse').getAttribute('data-met')).toBe('true');
    expect(screen.getByTestId('cryo-lethal').getAttribute('data-covers')).toBe('true');
    expect(text('cryo-structure')).toBe('Gap between the ice and the bowel loop: 4 mm (lethal zone: 7 mm).');
    expect(text('cryo-layout')).toContain('nearest probe 20 mm away: about 2 cm');
    expect(text('cryo-announcement')).toBe('Probe 2: x 55 mm, y 40 mm. Ice margin 5.3 mm; lethal zone covers the tumour; 4 mm from the structure.');
  });

  it('warns when the ice reaches the structure and names CO2, never fluid — in Italian with decimal commas', async () => {
    const user = userEvent.setup();
    render(<CryoPlanner lang="it" texts={cryoScenarioTextsIn('it')} />);
    await user.click(screen.getByRole('radio', { name: 'Corpo vertebrale e canale spinale' }));
    expect(screen.getByTestId('cryo-structure').getAttribute('data-state')).toBe('ice-reaches');
    expect(screen.getByRole('alert').textContent).toContain('mai con liquidi');
    await user.click(screen.getByRole('radio', { name: /Dopo il primo congelamento/ }));
    expect(screen.getByTestId('cryo-structure').getAttribute('data-state')).toBe('clear');
    probe(1).focus();
    await user.keyboard('{ArrowUp}');
    expect(probe(1).getAttribute('aria-label')).toBe('Sonda 1: x 50 mm, y 37 mm');
    probe(1).focus();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowLeft}');
    expect(text('cryo-ice')).toMatch(/^Ghiaccio oltre il tumore \(bordo a 0 °C\): \d+(,\d)? mm/);
    expect(document.body.textContent).not.toMatch(/\d\.\d mm/);
  });

  it('removes the selected probe and shows the empty state', async () => {
    const user = userEvent.setup();
    render(<CryoPlanner lang="en" texts={cryoScenarioTextsIn('en')} />);
    await user.click(screen.getByTestId('cryo-remove'));
    expect(screen.getByTestId('cryo-report').getAttribute('data-state')).toBe('empty');
    expect(screen.getByTestId('cryo-remove')).toHaveProperty('disabled', true);
  });

  it('loads a shared plan from the URL on its tool page and names what it ignored', () => {
    window.history.replaceState(null, '', '/en/tools/cryo-planner/?scenario=iliac&cycle=first&probes=35,40;55,40;abc');
    render(<CryoPlannerTool lang="en" texts={cryoScenarioTextsIn('en')} />);
    expect(probe(2).getAttribute('aria-label')).toBe('Probe 2: x 55 mm, y 40 mm');
    expect(screen.getByTestId('cryo-review').getAttribute('data-verdict')).toBe('not-covered');
    expect(document.body.textContent).toContain('probes=abc');
  });
});

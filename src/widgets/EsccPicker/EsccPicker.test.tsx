// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nomsRulesForGrade } from '../../core/scores/escc/escc-in-noms';
import { esccNomsTexts } from '../../core/scores/noms/noms-texts';
import { esccDrawings } from '../shared/escc-drawings';
import EsccPicker from './EsccPicker';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = () => screen.getByTestId('score-total').textContent;
const band = () => screen.getByTestId('score-band').getAttribute('data-band');

describe('EsccPicker', () => {
  it('starts with no grade, says what is missing, never NaN', () => {
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} />);
    expect(total()).toBe('—');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe('Missing: ESCC grade');
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('offers six cards, each with its own drawing, as one radio group', () => {
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} />);
    const group = screen.getByRole('group', { name: 'ESCC grade (Bilsky)' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['0', '1a', '1b', '1c', '2', '3']);
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    const drawings = [...document.querySelectorAll('[data-escc-drawing]')];
    expect(drawings.map((d) => d.getAttribute('data-escc-drawing'))).toEqual(['0', '1a', '1b', '1c', '2', '3']);
    // Every drawing is different.
    expect(new Set(drawings.map((d) => d.innerHTML.replace(/escc-hatch-[^"')]+/g, ''))).size).toBe(6);
    // The radio is named by the grade and described by its one line.
    expect(screen.getByRole('radio', { name: 'Grade 1b' })).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: 'Grade 1b', description: /thecal sac is deformed, but/ })).toBeTruthy();
  });

  it('picking a card gives the grade, low/high band, and the NOMS consequences', async () => {
    const user = userEvent.setup();
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} />);
    await user.click(screen.getByText('The thecal sac is deformed and the disease abuts the cord without compressing it.'));
    expect(total()).toBe('1c');
    expect(band()).toBe('low');
    expect(screen.getByTestId('score-band').textContent).toBe('Low-grade compression (0–1c)');
    const rules = [...screen.getByTestId('escc-noms').querySelectorAll('li')].map((li) => li.getAttribute('data-rule'));
    expect(rules).toEqual(['radiosensitive-any-escc', 'radioresistant-low-grade']);
    expect(screen.getByTestId('escc-to-noms').getAttribute('href')).toBe('/en/tools/noms/?escc=1c');
    expect(screen.getByTestId('score-announcement').textContent).toBe('Grade 1c: Low-grade compression (0–1c)');
  });

  it('marks the chosen card with a visible tag, not by colour alone', async () => {
    const user = userEvent.setup();
    render(<EsccPicker lang="it" texts={esccNomsTexts('it')} drawings={esccDrawings} />);
    await user.click(screen.getByRole('radio', { name: 'Grado 2' }));
    const card = document.querySelector('[data-grade="2"]')!;
    expect(card.classList.contains('is-checked')).toBe(true);
    expect(card.textContent).toContain('✓ Selezionato');
    expect(document.querySelectorAll('.escc-card__tag')).toHaveLength(1);
    expect(band()).toBe('high');
  });

  it('moves between grades with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} />);
    await user.click(screen.getByRole('radio', { name: 'Grade 0' }));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Grade 2' })).toHaveProperty('checked', true);
    expect(total()).toBe('2');
    expect(band()).toBe('high');
    await user.keyboard('{ArrowLeft}');
    expect(total()).toBe('1c');
  });

  it('reads ?escc= from the URL, notes an illegal value, and writes changes back', async () => {
    window.history.replaceState(null, '', '/en/tools/escc/?escc=1b');
    const user = userEvent.setup();
    const { unmount } = render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} syncUrl />);
    expect(await screen.findByText('1b', { selector: '[data-testid="score-total"]' })).toBeTruthy();
    expect(band()).toBe('low');
    await user.click(screen.getByRole('radio', { name: 'Grade 3' }));
    expect(window.location.search).toBe('?escc=3');
    unmount();

    window.history.replaceState(null, '', '/en/tools/escc/?escc=4&foo=1');
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} syncUrl />);
    const notices = await screen.findByTestId('query-notices');
    expect(notices.textContent).toContain('escc=4');
    expect(notices.textContent).toContain('foo');
    expect(band()).toBe('incomplete');
  });

  it('copies a plain-text summary', async () => {
    const user = userEvent.setup();
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} />);
    await user.click(screen.getByRole('radio', { name: 'Grade 3' }));
    await user.click(screen.getByTestId('copy-result'));
    const text = await navigator.clipboard.readText();
    expect(text).toContain('Grade 3: Cord compression with no cerebrospinal fluid visible around the cord.');
    expect(text).toContain('High-grade compression (2–3)');
    expect(text).toContain('Separation surgery, then SRS.');
    expect(text).toContain('For education, not for clinical decisions.');
  });

  it('reset clears the grade', async () => {
    const user = userEvent.setup();
    render(<EsccPicker lang="en" texts={esccNomsTexts('en')} drawings={esccDrawings} />);
    await user.click(screen.getByRole('radio', { name: 'Grade 3' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(band()).toBe('incomplete');
    expect(screen.getByRole('radio', { name: 'Grade 3' })).toHaveProperty('checked', false);
  });
});

describe('nomsRulesForGrade', () => {
  it('asks the NOMS core what each grade can lead to', () => {
    expect(nomsRulesForGrade('0').map((r) => r.id)).toEqual(['radiosensitive-any-escc', 'radioresistant-low-grade']);
    expect(nomsRulesForGrade('3').map((r) => r.id)).toEqual([
      'radiosensitive-any-escc',
      'radioresistant-high-grade-fit',
      'radioresistant-high-grade-unfit',
      'symptomatic-compression-urgent-review',
      'symptomatic-compression-no-cement',
    ]);
  });
});

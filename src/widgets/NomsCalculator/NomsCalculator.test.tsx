// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decideNoms } from '../../core/scores/noms/decide-noms';
import { parseNomsQuery } from '../../core/scores/noms/noms-query';
import { nomsTexts } from '../../core/scores/noms/noms-texts';
import { esccDrawings } from '../shared/escc-drawings';
import NomsCalculator from './NomsCalculator';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = () => screen.getByTestId('score-total').textContent;
const band = () => screen.getByTestId('score-band').getAttribute('data-band');
const t11 = 'level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';
const group = (name: string | RegExp) => screen.getByRole('group', { name });

describe('NomsCalculator', () => {
  it('starts incomplete and names all four assessments, never NaN', () => {
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    expect(total()).toBe('—');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe(
      'Missing: ESCC grade, Radiosensitivity (histology or category), SINS, Tolerance of surgery',
    );
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('reuses the ESCC cards: six grades, each named, described and drawn from the markup the wrapper passes', () => {
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    const radios = within(group('ESCC grade (Bilsky)')).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['0', '1a', '1b', '1c', '2', '3']);
    for (const r of radios) {
      const grade = r.getAttribute('value')!;
      expect(screen.getByRole('radio', { name: grade === '0' ? 'Grade 0' : `Grade ${grade}` })).toBe(r);
      const drawing = r.closest('label')!.querySelector(`svg[data-escc-drawing="${grade}"]`)!;
      expect(drawing.getAttribute('aria-hidden')).toBe('true');
      expect(drawing.querySelectorAll('ellipse').length).toBeGreaterThan(3);
      // The hatch pattern has an id of this widget's own, and the tumour uses it.
      const hatch = drawing.querySelector('pattern')!.id;
      expect(hatch).toMatch(new RegExp(`^escc-hatch-${grade}-noms`));
      expect(drawing.innerHTML).toContain(`url(#${hatch})`);
    }
    expect(screen.getByRole('radio', { name: 'Grade 2', description: /Cord compression with cerebrospinal fluid still visible/ })).toBeTruthy();
    expect(document.querySelectorAll('.escc-key .escc-swatch')).toHaveLength(5);
  });

  it('reuses the SINS inputs, shown at first: the items mode scores the six items with the SINS core', async () => {
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    expect(screen.getByRole('radio', { name: 'Score the six SINS items here' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('sins-level').textContent).toBe('No level chosen');
    await user.click(document.querySelector('[data-level="T11"]')!);
    for (const [legend, option] of [['Pain', /^Mechanical/], ['Bone lesion', /^Lytic/], ['Radiographic alignment', /^Normal/], ['Vertebral body collapse', /^> 50% collapse/], ['Posterolateral elements', /^Unilateral/]] as const) {
      await user.click(within(group(new RegExp(`^${legend}`))).getByRole('radio', { name: option }));
    }
    expect(screen.getByTestId('noms-sins').textContent).toBe('SINS 12: Possible instability (indeterminate)');
    expect(screen.getByTestId('score-missing').textContent).toBe('Missing: ESCC grade, Radiosensitivity (histology or category), Tolerance of surgery');
  });

  it('T11 link with high-grade ESCC: asks the deficit and surgery, then gives what the core decides', async () => {
    const search = `?escc=2&histology=renal&${t11}`;
    window.history.replaceState(null, '', `/en/tools/noms/${search}`);
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} syncUrl />);
    expect(await screen.findByText('SINS 12: Possible instability (indeterminate)')).toBeTruthy();
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe('Missing: Neurological deficit, Tolerance of surgery');
    expect(screen.getByTestId('noms-category').textContent).toContain('Radioresistant');

    await user.click(within(group(/^Neurological deficit/)).getByRole('radio', { name: 'Absent' }));
    await user.click(within(screen.getByTestId('noms-surgery-fit')).getByRole('radio', { name: 'No' }));
    const expected = decideNoms({ ...parseNomsQuery(search).input, myelopathy: 'no', surgeryFit: 'no' });
    expect(expected.kind === 'result' && expected.code).toBe('cement-augmentation+palliative-cebrt');
    expect(band()).toBe('cement-augmentation+palliative-cebrt');
    expect(total()).toBe('Cement augmentation → Palliative cEBRT');
    expect(screen.getByTestId('noms-drivers').getAttribute('data-drivers')).toBe('N,O,M,S');
    expect(window.location.search).toBe(`?escc=2&myelopathy=no&histology=renal&${t11}&surgeryFit=no`);
    expect(screen.getByTestId('score-announcement').textContent).toBe('Recommendation: Cement augmentation → Palliative cEBRT');
    expect(screen.getByTestId('noms-steps').querySelectorAll('li')).toHaveLength(2);
    expect([...document.querySelectorAll('[data-testid="noms-note"]')].map((n) => n.getAttribute('data-note'))).toEqual(['cement-epidural-caution']);

    // The same lesion with a deficit: no cement, and a brace instead.
    await user.click(within(group(/^Neurological deficit/)).getByRole('radio', { name: 'Present' }));
    expect(band()).toBe('orthosis-no-cement+palliative-cebrt');
    expect([...document.querySelectorAll('[data-testid="noms-note"]')].map((n) => n.getAttribute('data-note'))).toEqual(['symptomatic-compression-urgent', 'cement-contraindicated']);
  });

  it('radiosensitive high-grade ESCC with a deficit shows where NOMS and the surgical view disagree', async () => {
    window.history.replaceState(null, '', '/it/tools/noms/?escc=3&myelopathy=yes&histology=myeloma&sins=4&mechanicalPain=no&surgeryFit=yes');
    render(<NomsCalculator lang="it" texts={nomsTexts('it')} drawings={esccDrawings} syncUrl />);
    expect(await screen.findByText('Consulto chirurgico urgente → cEBRT', { selector: '[data-testid="score-total"]' })).toBeTruthy();
    const notes = [...document.querySelectorAll('[data-testid="noms-note"]')];
    expect(notes.map((n) => n.getAttribute('data-note'))).toEqual(['symptomatic-compression-urgent', 'deficit-sources-disagree', 'cement-contraindicated']);
    expect(notes[0]?.textContent).toContain('trattamento urgente');
    expect(notes[1]?.textContent).toContain('Le fonti non concordano');
    expect(notes[1]?.textContent).toContain('Neurosurgery Wiki');
  });

  it('does not ask about surgery when nothing depends on it', async () => {
    window.history.replaceState(null, '', '/it/tools/noms/?escc=3&myelopathy=no&radiosensitivity=sensitive&sins=4&mechanicalPain=no');
    render(<NomsCalculator lang="it" texts={nomsTexts('it')} drawings={esccDrawings} syncUrl />);
    expect(await screen.findByTestId('noms-surgery-not-needed')).toBeTruthy();
    expect(screen.queryByTestId('noms-surgery-fit')).toBeNull();
    expect(band()).toBe('cebrt');
    expect(total()).toBe('cEBRT');
    expect(screen.getByTestId('noms-drivers').getAttribute('data-drivers')).toBe('O');
    expect(screen.getByRole('radio', { name: 'Inserisci un totale SINS già noto' })).toHaveProperty('checked', true);
    expect((screen.getByLabelText('Totale SINS (0–18)') as HTMLInputElement).value).toBe('4');
  });

  it('derives the category from a histology, and a direct category clears the histology', async () => {
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    const select = screen.getByLabelText('Histology') as HTMLSelectElement;
    await user.selectOptions(select, 'breast');
    expect(screen.getByTestId('noms-category').textContent).toBe('NOMS category for this histology: Radiosensitive to conventional radiotherapy');
    expect(screen.getByRole('radio', { name: 'Radiosensitive to conventional radiotherapy' })).toHaveProperty('checked', true);
    // Each histology's category and the studies' agreement come from the server-resolved props.
    await user.selectOptions(select, 'renal');
    expect(screen.getByTestId('noms-category').textContent).toBe('NOMS category for this histology: Radioresistant to conventional radiotherapy');
    expect(screen.getByRole('radio', { name: 'Radioresistant to conventional radiotherapy' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('link', { name: 'See the radiosensitivity table' })).toBeNull();
    // Where the studies disagree (colon), the note links to the table for that histology.
    await user.selectOptions(select, 'colon');
    expect(screen.getByRole('radio', { name: 'Radioresistant to conventional radiotherapy' })).toHaveProperty('checked', true);
    expect(screen.getByRole('link', { name: 'See the radiosensitivity table' }).getAttribute('href')).toBe('/en/tools/radiosensitivity/?histology=colon');
    await user.selectOptions(select, 'breast');
    await user.click(screen.getByRole('radio', { name: 'Radioresistant to conventional radiotherapy' }));
    expect(select.value).toBe('');
    expect(screen.getByRole('radio', { name: 'Radioresistant to conventional radiotherapy' })).toHaveProperty('checked', true);
  });

  it('takes a SINS total instead of the items, and rejects one out of range', async () => {
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    await user.click(screen.getByRole('radio', { name: 'Grade 1a' }));
    await user.click(screen.getByRole('radio', { name: 'Radioresistant to conventional radiotherapy' }));
    await user.click(screen.getByRole('radio', { name: 'Enter a SINS total I already have' }));
    const box = screen.getByLabelText('SINS total (0–18)');
    await user.type(box, '19');
    expect(band()).toBe('invalid');
    expect(screen.getByTestId('noms-sins').textContent).toBe('The SINS total must be a whole number from 0 to 18');
    await user.clear(box);
    await user.type(box, '9');
    expect(screen.getByTestId('score-missing').textContent).toBe('Missing: Mechanical pain, Tolerance of surgery');
    await user.click(within(screen.getByTestId('noms-mechanical-pain')).getByRole('radio', { name: 'No' }));
    expect(band()).toBe('surgical-consultation+srs');
    expect(screen.getByTestId('noms-surgery-not-needed')).toBeTruthy();
    await user.clear(box);
    await user.type(box, '14');
    expect(band()).toBe('incomplete');
    await user.click(within(screen.getByTestId('noms-surgery-fit')).getByRole('radio', { name: 'No' }));
    expect(band()).toBe('cement-augmentation+srs');
    expect(total()).toBe('Cement augmentation → SRS');
    const rules = [...screen.getByTestId('noms-rules').querySelectorAll('li')].map((li) => li.getAttribute('data-rule'));
    expect(rules).toEqual(['radioresistant-low-grade', 'sins-unstable', 'stabilization-unfit-percutaneous']);
  }, 15_000);

  it('calls cEBRT palliative when a radioresistant high-grade lesion cannot be operated on', async () => {
    window.history.replaceState(null, '', '/en/tools/noms/?escc=3&histology=melanoma&sins=2&mechanicalPain=no&surgeryFit=no&myelopathy=yes');
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} syncUrl />);
    expect(await screen.findByText('Palliative cEBRT', { selector: '[data-testid="score-total"]' })).toBeTruthy();
    expect(band()).toBe('palliative-cebrt');
    const n = screen.getByTestId('noms-drivers').querySelector('[data-dim="N"]')!;
    expect(n.textContent).toContain('neurological deficit present');
    expect(n.getAttribute('data-role')).toBe('decisive');
  });

  it('lists the SINS items still missing', async () => {
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    await user.click(document.querySelector('[data-level="L3"]')!);
    expect(screen.getByTestId('score-missing').textContent).toContain(
      'SINS (Pain, Bone lesion, Radiographic alignment, Vertebral body collapse, Posterolateral elements)',
    );
  });

  it('shows ignored URL parameters and keeps the rest', async () => {
    window.history.replaceState(null, '', '/en/tools/noms/?escc=5&sins=19&surgeryFit=maybe&x=1&myelopathy=yes');
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} syncUrl />);
    const notices = await screen.findByTestId('query-notices');
    for (const s of ['escc=5', 'sins=19', 'surgeryFit=maybe', 'x']) expect(notices.textContent).toContain(s);
    expect(within(group(/^Neurological deficit/)).getByRole('radio', { name: 'Present' })).toHaveProperty('checked', true);
    expect(band()).toBe('incomplete');
  });

  it('copies a plain-text summary of the four assessments and the recommendation', async () => {
    window.history.replaceState(null, '', `/en/tools/noms/?escc=1b&histology=breast&${t11}&surgeryFit=yes`);
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} syncUrl />);
    await screen.findByText('Stabilization or cement augmentation → cEBRT', { selector: '[data-testid="score-total"]' });
    await user.click(screen.getByTestId('copy-result'));
    const text = await navigator.clipboard.readText();
    expect(text.split('\n').slice(0, 6)).toEqual([
      'NOMS — decision walkthrough',
      'N — Neurologic: Grade 1b — Low-grade compression (0–1c)',
      'O — Oncologic: Breast carcinoma: Radiosensitive to conventional radiotherapy',
      'M — Mechanical: SINS 12: Possible instability (indeterminate); Mechanical pain',
      'S — Systemic: Able to tolerate surgery',
      'Recommendation: Stabilization or cement augmentation → cEBRT',
    ]);
    expect(text).toContain('For education, not for clinical decisions.');
  });

  it('reset empties every assessment', async () => {
    const user = userEvent.setup();
    render(<NomsCalculator lang="en" texts={nomsTexts('en')} drawings={esccDrawings} />);
    await user.click(screen.getByRole('radio', { name: 'Grade 2' }));
    await user.click(screen.getByRole('radio', { name: 'Enter a SINS total I already have' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('radio', { name: 'Grade 2' })).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: 'Score the six SINS items here' })).toHaveProperty('checked', true);
    expect(band()).toBe('incomplete');
  });
});

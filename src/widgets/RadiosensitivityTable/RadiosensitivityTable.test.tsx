// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RadiosensitivityTable from './RadiosensitivityTable';
import { classifyRadiosensitivity } from '../../core/scores/radiosensitivity/classify-radiosensitivity';
import { mostFrequent, radiosensitivityText, studyLabels } from './study-view';
import { radiosensitivityTextsIn } from '../../core/scores/radiosensitivity/radiosensitivity-texts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = () => screen.getByTestId('score-total').textContent;
const band = () => screen.getByTestId('score-band').getAttribute('data-band');
const select = () => screen.getByLabelText('Histology of the primary tumour') as HTMLSelectElement;

describe('RadiosensitivityTable', () => {
  it('starts incomplete, asking for a histology', () => {
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} />);
    expect(total()).toBe('—');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe('Missing: Histology of the primary tumour');
    expect(screen.queryByTestId('rs-studies')).toBeNull();
  });

  it('radioresistant with agreeing studies: renal cell carcinoma', async () => {
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} />);
    await user.selectOptions(select(), 'renal');
    expect(total()).toBe('Radioresistant');
    expect(band()).toBe('radioresistant');
    expect(screen.getByTestId('rs-agreement').textContent).toBe('The studies agree: unfavourable in all 7 rows.');
    expect(screen.getByTestId('rs-agreement').getAttribute('data-disagreement')).toBe('false');
    expect(screen.getByTestId('rs-caveat').textContent).toContain('not which histology each column belongs to');
    expect(screen.getByRole('link', { name: 'Continue with NOMS for this histology' }).getAttribute('href')).toBe('/en/tools/noms/?histology=renal');
  });

  it('radiosensitive with disagreeing studies: prostate, and the odd ratings are highlighted', async () => {
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} />);
    await user.selectOptions(select(), 'prostate');
    expect(total()).toBe('Radiosensitive');
    expect(band()).toBe('radiosensitive');
    expect(screen.getByTestId('rs-agreement').textContent).toBe('The studies disagree: favourable in 4, intermediate in 2, unfavourable in 1.');
    const rows = [...screen.getByTestId('rs-studies').querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-rating'))).toEqual(['U', 'F', 'I', 'F', 'F', 'F', 'I']);
    expect(rows.filter((r) => r.classList.contains('is-different')).map((r) => r.getAttribute('data-study'))).toEqual(['gilbert', 'rades-1', 'rades-3']);
    expect(rows[0]!.textContent).toContain('differs from the most frequent rating');
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['Gilbert', 'Maranzano (1)', 'Rades (1)', 'Rades (2)', 'Katagiri', 'Maranzano (2)', 'Rades (3)']);
  });

  it('a histology outside the study table says so and shows no per-study cells', async () => {
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="it" texts={radiosensitivityTextsIn('it')} />);
    await user.selectOptions(screen.getByLabelText('Istotipo del tumore primitivo'), 'thyroid');
    expect(total()).toBe('Radioresistente');
    expect(screen.getByTestId('rs-agreement').textContent).toContain('Nessuno studio della tabella valuta questo istotipo');
    expect(screen.queryByTestId('rs-caveat')).toBeNull();
  });

  it('reads the URL, writes it back and notes an unknown histology', async () => {
    window.history.replaceState(null, '', '/en/tools/radiosensitivity/?histology=kidney');
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} syncUrl />);
    expect((await screen.findByTestId('query-notices')).textContent).toContain('histology=kidney');
    expect(band()).toBe('incomplete');
    await user.selectOptions(select(), 'myeloma');
    expect(band()).toBe('radiosensitive');
    expect(window.location.search).toBe('?histology=myeloma');
    cleanup();
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} syncUrl />);
    await waitFor(() => expect(select().value).toBe('myeloma'));
    expect(total()).toBe('Radiosensitive');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(band()).toBe('incomplete');
    expect(window.location.search).toBe('');
  });

  it('is reachable by keyboard: the select is the first tab stop and the sort headers are buttons', async () => {
    // jsdom does not move a native select with the arrows; the browser test does (tests/e2e/radiosensitivity.spec.ts).
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} />);
    await user.tab();
    expect(document.activeElement).toBe(select());
    await user.selectOptions(select(), 'lymphoma');
    expect(band()).toBe('radiosensitive');
    expect(screen.getByTestId('score-announcement').textContent).toBe('Lymphoma: Radiosensitive to conventional radiotherapy');
    const sortButton = screen.getByTestId('sort-histology');
    sortButton.focus();
    await user.keyboard('{Enter}');
    expect(sortButton.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('the full table lists every histology, marks disagreement and sorts by histology', async () => {
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="en" texts={radiosensitivityTextsIn('en')} />);
    await user.selectOptions(select(), 'nsclc');
    const full = screen.getByTestId('rs-full');
    const order = () => [...full.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-histology'));
    expect(order()).toHaveLength(14);
    expect(order()[0]).toBe('lymphoma');
    expect(full.querySelector('tr[data-histology="nsclc"]')!.className).toContain('is-selected');
    expect(full.querySelector('tr[data-histology="nsclc"]')!.className).toContain('is-disagreement');
    expect(full.querySelector('tr[data-histology="renal"]')!.className).not.toContain('is-disagreement');
    const header = within(full).getByRole('button', { name: /^Histology/ });
    await user.click(header);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(order()[0]).toBe('breast');
    expect(order().at(-1)).toBe('thyroid');
    await user.click(header);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(order()[0]).toBe('thyroid');
    await user.click(within(full).getByRole('button', { name: /^NOMS category/ }));
    expect(order().slice(0, 7)).toEqual(['colon', 'hepatocellular', 'melanoma', 'nsclc', 'renal', 'sarcoma', 'thyroid']);
    expect(full.textContent).toContain('not which histology each column belongs to');
  });

  it('sorts Italian names with Italian collation', async () => {
    const user = userEvent.setup();
    render(<RadiosensitivityTable lang="it" texts={radiosensitivityTextsIn('it')} />);
    const full = screen.getByTestId('rs-full');
    await user.click(within(full).getByRole('button', { name: /^Istotipo/ }));
    const names = [...full.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names[0]).toBe('Carcinoma del colon');
    expect(names.at(-1)).toBe('Seminoma');
  });
});

describe('study-view helpers', () => {
  it('numbers repeated authors', () => {
    expect(Object.values(studyLabels())).toEqual(['Gilbert', 'Maranzano (1)', 'Rades (1)', 'Rades (2)', 'Katagiri', 'Maranzano (2)', 'Rades (3)']);
  });

  it('finds the most frequent rating, or none on a tie', () => {
    const r = classifyRadiosensitivity('breast');
    if (r.kind !== 'result') throw new Error('expected a result');
    expect(mostFrequent(r.studies)).toBe('F');
    expect(mostFrequent([{ study: 'a', author: 'A', rating: 'F' }, { study: 'b', author: 'B', rating: 'U' }])).toBeUndefined();
    expect(mostFrequent([])).toBeUndefined();
  });

  it('copies a plain-text summary with the caveat', () => {
    const text = radiosensitivityText(classifyRadiosensitivity('breast'), 'en', radiosensitivityTextsIn('en'));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Radiosensitivity by histology',
      '- Histology of the primary tumour: Breast carcinoma',
      'NOMS category: Radiosensitive to conventional radiotherapy',
      '- Gilbert: Favourable',
    ]);
    expect(text).toContain('The studies disagree: favourable in 5, intermediate in 2.');
    expect(text).toContain('not which histology each column belongs to');
    expect(radiosensitivityText(classifyRadiosensitivity(undefined), 'it', radiosensitivityTextsIn('it'))).toContain('Mancano: Istotipo del tumore primitivo');
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PainResponseCalculator from './PainResponseCalculator';
import { painResponseText } from './pain-response-text';
import { assessPainResponse } from '../../core/scores/pain-response/assess-pain-response';
import { painResponseTextsIn } from '../../core/scores/pain-response/pain-response-texts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = () => screen.getByTestId('score-total').textContent;
const band = () => screen.getByTestId('score-band').getAttribute('data-band');

async function type(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label, { exact: false });
  await user.clear(input);
  if (value) await user.type(input, value);
}

describe('PainResponseCalculator', () => {
  it('starts incomplete, lists the two VAS values, never NaN', () => {
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    expect(total()).toBe('—');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe('Missing: VAS before treatment, VAS after treatment');
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('labels every field and asks for decimal input', () => {
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    for (const label of ['VAS before treatment', 'VAS after treatment', 'ODI before treatment', 'ODI after treatment']) {
      const input = screen.getByLabelText(label, { exact: false });
      expect(input.getAttribute('inputmode')).toBe('decimal');
      expect(input.getAttribute('aria-invalid')).toBeNull();
    }
  });

  it.each([
    ['complete', '7', '0', '-7', 'true'],
    ['partial', '8', '5', '-3', 'false'],
    ['partial', '8', '3.5', '-4.5', 'true'],
    ['none', '8', '6', '-2', 'false'],
    ['none', '5', '7', '+2', 'false'],
  ])('reaches %s (VAS %s → %s)', async (code, before, after, change, significant) => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    await type(user, 'VAS before treatment', before);
    await type(user, 'VAS after treatment', after);
    expect(band()).toBe(code);
    expect(total()).toBe(change);
    expect(screen.getByTestId('pain-significant').getAttribute('data-significant')).toBe(significant);
    expect(screen.getByTestId('pain-odi').textContent).toBe('ODI not entered');
  });

  it('the urothelial L2 preset gives a partial response without significant relief, ODI −13 (−33.3%)', async () => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    await user.click(screen.getByRole('button', { name: 'Urothelial L2 case (VAS 9 → 6, ODI 39 → 26)' }));
    expect(band()).toBe('partial');
    expect(total()).toBe('-3');
    expect(screen.getByTestId('pain-vas').textContent).toBe('VAS change: 9 → 6: -3 points (-33.3%)');
    expect(screen.getByTestId('pain-significant').textContent).toBe('Significant relief (> 50%): no');
    expect(screen.getByTestId('pain-odi').textContent).toBe('ODI change: 39 → 26: -13 points (-33.3%)');
  });

  it('accepts the Italian decimal comma and writes numbers the Italian way', async () => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="it" texts={painResponseTextsIn('it')} />);
    await type(user, 'VAS prima del trattamento', '6,5');
    await type(user, 'VAS dopo il trattamento', '2,5');
    expect(band()).toBe('partial');
    expect(total()).toBe('-4');
    expect(screen.getByTestId('pain-vas').textContent).toBe('Variazione del VAS: 6,5 → 2,5: -4 punti (-61,5%)');
    expect(screen.getByTestId('pain-significant').getAttribute('data-significant')).toBe('true');
  });

  it('shows the reason by the field, with aria-invalid and aria-describedby, and no result', async () => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    await type(user, 'VAS before treatment', '12');
    await type(user, 'VAS after treatment', 'abc');
    const before = screen.getByLabelText('VAS before treatment', { exact: false });
    expect(before.getAttribute('aria-invalid')).toBe('true');
    const described = before.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).toContain('VAS before: 12 is out of range (allowed values 0 to 10).');
    expect(screen.getByTestId('error-vasAfter').textContent).toBe('VAS after: "abc" is not a number (allowed values 0 to 10).');
    expect(band()).toBe('invalid');
    expect(total()).toBe('—');
    expect(document.body.textContent).not.toContain('NaN');
    await type(user, 'VAS before treatment', '9');
    await type(user, 'VAS after treatment', '6');
    expect(before.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByTestId('error-vasAfter')).toBeNull();
    expect(band()).toBe('partial');
  });

  it('asks for the other ODI value once one is given, and handles ODI 0 and VAS 0 before', async () => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    await type(user, 'VAS before treatment', '0');
    await type(user, 'VAS after treatment', '0');
    await type(user, 'ODI before treatment', '0');
    expect(band()).toBe('not-applicable');
    expect(screen.getByTestId('pain-odi').textContent).toBe('ODI change: Missing: ODI after treatment');
    await type(user, 'ODI after treatment', '10');
    expect(band()).toBe('not-applicable');
    expect(total()).toBe('—');
    expect(screen.getByTestId('pain-odi').textContent).toContain('no percentage');
  });

  it('keeps the VAS verdict on screen while the ODI is typed, and reads "8." and "4," as numbers', async () => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    await type(user, 'VAS before treatment', '8.');
    await type(user, 'VAS after treatment', '4,');
    expect(band()).toBe('partial');
    expect(total()).toBe('-4');
    await type(user, 'ODI before treatment', '40');
    expect(band()).toBe('partial');
    expect(total()).toBe('-4');
    expect(screen.getByTestId('pain-odi').textContent).toBe('ODI change: Missing: ODI after treatment');
    await type(user, 'ODI after treatment', '30');
    expect(screen.getByTestId('pain-odi').textContent).toBe('ODI change: 40 → 30: -10 points (-25%)');
  });

  it('reads and writes the URL, and notes unknown parameters', async () => {
    window.history.replaceState(null, '', '/en/tools/pain-response/?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26&colour=red');
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} syncUrl />);
    expect((await screen.findByTestId('query-notices')).textContent).toContain('colour');
    expect(band()).toBe('partial');
    await type(user, 'VAS after treatment', '0');
    expect(band()).toBe('complete');
    expect(window.location.search).toBe('?vasBefore=9&vasAfter=0&odiBefore=39&odiAfter=26');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(band()).toBe('incomplete');
    expect(window.location.search).toBe('');
  });

  it('shows a refused URL value by its field', async () => {
    window.history.replaceState(null, '', '/it/tools/pain-response/?vasBefore=abc&vasAfter=6');
    render(<PainResponseCalculator lang="it" texts={painResponseTextsIn('it')} syncUrl />);
    expect((await screen.findByTestId('error-vasBefore')).textContent).toBe('VAS prima: «abc» non è un numero (ammessi valori da 0 a 10).');
    expect(band()).toBe('invalid');
  });

  it('is operable by keyboard: Tab through the fields, type, press the preset', async () => {
    const user = userEvent.setup();
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('VAS before treatment', { exact: false }));
    await user.keyboard('10');
    await user.tab();
    await user.keyboard('4');
    expect(band()).toBe('partial');
    expect(screen.getByTestId('pain-significant').getAttribute('data-significant')).toBe('true');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('preset-urothelial'));
    await user.keyboard('{Enter}');
    expect(total()).toBe('-3');
  });

  it('shows the definitions and the trial figures from the core data', () => {
    render(<PainResponseCalculator lang="en" texts={painResponseTextsIn('en')} />);
    const defs = screen.getByTestId('pain-definitions').textContent!;
    expect(defs).toContain('Complete response: VAS 0 after treatment');
    expect(defs).toContain('more than 2 points');
    expect(defs).toContain('more than 50%');
    const trial = screen.getByTestId('pain-trial').textContent!;
    for (const s of ['20 Gy in 5 fractions', '53.3%', '16.6%', '40%', '43.3%', '93.3%', '59.9%', '6.3', '6.5', '3 weeks', '9 weeks', '5/15 (33%)', '2/30 (6.6%)']) {
      expect(trial).toContain(s);
    }
  });

  it('copies a plain-text summary', () => {
    const input = { vasBefore: '9', vasAfter: '6', odiBefore: '39', odiAfter: '26' };
    const text = painResponseText(input, assessPainResponse(input), 'en', painResponseTextsIn('en'));
    expect(text).toBe([
      'Pain response (VAS and ODI)',
      '- VAS before treatment: 9',
      '- VAS after treatment: 6',
      '- ODI before treatment: 39',
      '- ODI after treatment: 26',
      'Partial response — VAS change: 9 → 6: -3 points (-33.3%)',
      'Significant relief (> 50%): no',
      'ODI change: 39 → 26: -13 points (-33.3%)',
      'For education, not for clinical decisions.',
    ].join('\n'));
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../../core/i18n/translate';
import { tokuhashiCalculatorProps } from '../../core/scores/tokuhashi/tokuhashi-view';
import SumScoreCalculator from './SumScoreCalculator';

/** The revised Tokuhashi as its wrapper renders it: the generic view with the props tokuhashi-view.ts resolves. */
function TokuhashiCalculator({ lang, ...rest }: { lang: Locale; syncUrl?: boolean; children?: ReactNode }) {
  return <SumScoreCalculator lang={lang} {...tokuhashiCalculatorProps(lang, getT(lang))} {...rest} />;
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = () => screen.getByTestId('score-total').textContent;
const band = () => screen.getByTestId('score-band').getAttribute('data-band');
const contract = '?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none';

/** Clicks the option with the given value (its URL id) in each named group. */
async function fill(user: ReturnType<typeof userEvent.setup>, choices: Record<string, string>) {
  for (const [group, value] of Object.entries(choices)) {
    await user.click(screen.getByRole('group', { name: group }).querySelector<HTMLInputElement>(`input[value="${value}"]`)!);
  }
}

describe('SumScoreCalculator: the revised Tokuhashi', () => {
  it('starts incomplete and lists every missing item, never NaN', () => {
    render(<TokuhashiCalculator lang="en" />);
    expect(total()).toBe('—');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toBe(
      'Missing: General condition (Karnofsky performance status), Extraspinal bone metastases, Metastases in the vertebral bodies, Metastases to major internal organs, Primary site of the cancer, Spinal cord palsy',
    );
    expect(screen.queryByTestId('tokuhashi-treatment')).toBeNull();
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('lists Karnofsky from 100 down to 10 with a one-line description and its points', () => {
    render(<TokuhashiCalculator lang="en" />);
    const radios = within(screen.getByRole('group', { name: /Karnofsky/ })).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['100', '90', '80', '70', '60', '50', '40', '30', '20', '10']);
    const kps40 = screen.getByRole('radio', { name: /^KPS 40%/ }).closest('label')!;
    expect(kps40.textContent).toContain('0 points');
    expect(kps40.textContent).toContain('Disabled');
  });

  it('groups the primary sites by points', () => {
    render(<TokuhashiCalculator lang="en" />);
    const five = screen.getByRole('group', { name: '5 points' });
    expect(within(five).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['thyroid', 'breast', 'prostate', 'carcinoid']);
    expect(within(screen.getByRole('group', { name: '0 points' })).getAllByRole('radio')).toHaveLength(6);
    expect(within(screen.getByRole('group', { name: '4 points' })).getByRole('radio', { name: 'Rectum' })).toBeTruthy();
  });

  it('explains the Frankel grades next to the palsy options', () => {
    render(<TokuhashiCalculator lang="it" />);
    const group = screen.getByRole('group', { name: 'Deficit neurologico midollare' });
    expect(group.textContent).toContain('Frankel A–B');
    expect(group.textContent).toContain('B: resta solo la sensibilità');
    expect(group.textContent).toContain('E: funzione motoria e sensitiva normali');
  });

  it.each([
    // 0 + 0 + 0 + 0 + 0 + 0 = 0
    ['lt6m', ['10', '3+', '3+', 'unremovable', 'lung', 'complete'], '0', /Conservative or palliative/],
    // 1 + 1 + 1 + 1 + 3 + 1 = 8, the top of the band
    ['lt6m', ['70', '1-2', '2', 'removable', 'uterus', 'incomplete'], '8', /Conservative or palliative/],
    // 1 + 1 + 2 + 1 + 2 + 2 = 9
    ['gte6m', ['60', '1-2', '1', 'removable', 'other', 'none'], '9', /Palliative surgery/],
    // 2 + 2 + 2 + 2 + 1 + 2 = 11
    ['gte6m', ['100', '0', '1', 'none', 'gallbladder', 'none'], '11', /Palliative surgery/],
    // 2 + 2 + 2 + 2 + 3 + 1 = 12
    ['gte1y', ['80', '0', '1', 'none', 'kidney', 'incomplete'], '12', /Excisional surgery/],
  ] as const)('reaches band %s by clicking', async (code, [kps, extra, vert, organs, primary, palsy], expectedTotal, treatment) => {
    const user = userEvent.setup();
    render(<TokuhashiCalculator lang="en" />);
    await fill(user, {
      'General condition (Karnofsky performance status)': kps,
      'Extraspinal bone metastases': extra,
      'Metastases in the vertebral bodies': vert,
      'Metastases to major internal organs': organs,
      'Primary site of the cancer': primary,
      'Spinal cord palsy': palsy,
    });
    expect(total()).toBe(expectedTotal);
    expect(band()).toBe(code);
    expect(screen.getByTestId('tokuhashi-treatment').textContent).toMatch(treatment);
    expect(document.querySelector(`.calc-bands tr[data-band="${code}"]`)!.className).toBe('is-current');
    expect(screen.getByTestId('score-announcement').textContent).toMatch(new RegExp(`^Total ${expectedTotal}: `));
  });

  it('reads the public contract from the URL: 15, gte1y, and shows the breakdown', async () => {
    window.history.replaceState(null, '', `/en/tools/tokuhashi/${contract}`);
    render(<TokuhashiCalculator lang="en" syncUrl />);
    expect(await screen.findByText('15')).toBeTruthy();
    expect(band()).toBe('gte1y');
    expect(screen.getByTestId('score-band').textContent).toBe('Expected survival of 1 year or more');
    const rows = [...document.querySelectorAll('.result__breakdown tr')].map((r) => r.querySelector('td')!.textContent);
    expect(rows).toEqual(['2', '2', '2', '2', '5', '2']);
    expect(screen.queryByTestId('query-notices')).toBeNull();
  });

  it('accepts a literal "+" in 3+, notes illegal values and writes changes back to the URL', async () => {
    window.history.replaceState(null, '', '/it/tools/tokuhashi/?kps=95&extraspinal=3+&vertebral=3%2B&organs=none&primary=foo&palsy=none');
    const user = userEvent.setup();
    render(<TokuhashiCalculator lang="it" syncUrl />);
    const notices = await screen.findByTestId('query-notices');
    expect(notices.textContent).toContain('kps=95');
    expect(notices.textContent).toContain('primary=foo');
    expect(band()).toBe('incomplete');
    expect(screen.getByTestId('score-missing').textContent).toContain('Sede del tumore primitivo');
    expect((screen.getByRole('group', { name: 'Metastasi ossee extravertebrali' }).querySelector('input[value="3+"]') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: /^KPS 70%/ }));
    await user.click(screen.getByRole('radio', { name: 'Prostata' }));
    // 1 + 0 + 0 + 2 + 5 + 2 = 10
    expect(total()).toBe('10');
    expect(band()).toBe('gte6m');
    expect(window.location.search).toBe('?kps=70&extraspinal=3%2B&vertebral=3%2B&organs=none&primary=prostate&palsy=none');
  });

  it('is operable by keyboard: arrows move within a group', async () => {
    window.history.replaceState(null, '', `/en/tools/tokuhashi/${contract}`);
    const user = userEvent.setup();
    render(<TokuhashiCalculator lang="en" syncUrl />);
    await screen.findByText('15');
    const breast = screen.getByRole('radio', { name: 'Breast' });
    breast.focus();
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: 'Prostate' }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // past the end of the 5-point group the arrow reaches the first site of the list (lung, 0 points)
    expect((screen.getByRole('radio', { name: 'Lung' }) as HTMLInputElement).checked).toBe(true);
    expect(total()).toBe('10');
    expect(band()).toBe('gte6m');
  });

  it('shows the static 1990 note its wrapper renders below the bands, and reset empties every choice', async () => {
    // The note's text is rendered by Tokuhashi1990Note.astro (checked in tests/e2e/tokuhashi.spec.ts).
    window.history.replaceState(null, '', `/en/tools/tokuhashi/${contract}`);
    const user = userEvent.setup();
    render(<TokuhashiCalculator lang="en" syncUrl><details data-testid="tokuhashi-1990-note" /></TokuhashiCalculator>);
    await screen.findByText('15');
    expect(screen.getByTestId('tokuhashi-1990-note').closest('.calc__result')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(band()).toBe('incomplete');
    expect(window.location.search).toBe('');
  });

  it('offers a link with the state when embedded in a lesson', async () => {
    const user = userEvent.setup();
    render(<TokuhashiCalculator lang="en" />);
    await user.click(screen.getByRole('radio', { name: /^KPS 50%/ }));
    expect(screen.getByRole('link', { name: 'Link to this result' }).getAttribute('href')).toBe('/en/tools/tokuhashi/?kps=50');
  });
});

import { test, expect, waitForHydration } from './fixtures';
import { decideNoms } from '../../src/core/scores/noms/decide-noms';
import { parseNomsQuery } from '../../src/core/scores/noms/noms-query';

// The public link of the SINS calculator for the T11 worked example (SINS 12).
const sinsT11 = 'level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';

/** What the NOMS core decides for a query string: the expected band of the page. */
function coreCode(search: string): string {
  const r = decideNoms(parseNomsQuery(search).input);
  if (r.kind !== 'result') throw new Error(`the core gives ${r.kind} for ${search}`);
  return r.code;
}

const examples = [
  {
    lang: 'en',
    search: `?escc=0&radiosensitivity=sensitive&${sinsT11}&surgeryFit=yes`,
    code: 'stabilization-or-augmentation+cebrt',
    total: 'Stabilization or cement augmentation → cEBRT',
  },
  {
    lang: 'it',
    search: `?escc=1b&histology=renal&${sinsT11}&surgeryFit=no`,
    code: 'cement-augmentation+srs',
    total: 'Cementoplastica → SRS',
  },
] as const;

test.describe('NOMS walkthrough', () => {
  test('the T11 example (mechanical pain) never ends at radiotherapy alone: what the core decides, in English and Italian', async ({ page }) => {
    for (const ex of examples) {
      expect(coreCode(ex.search)).toBe(ex.code);
      await page.goto(`/${ex.lang}/tools/noms/${ex.search}`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', ex.code);
      await expect(page.getByTestId('score-total')).toHaveText(ex.total);
      await expect(page.getByTestId('noms-sins')).toContainText('SINS 12');
      await expect(page.getByTestId('sins-level')).toContainText('T11');
      await expect(page.getByTestId('noms-drivers')).toHaveAttribute('data-drivers', /M/);
      await expect(page.getByTestId('noms-next').locator('li'), ex.code).toHaveCount(3);
    }
  });

  test('asks the deficit and surgery only when they matter, then decides, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      const search = `?escc=2&histology=renal&${sinsT11}`;
      await page.goto(`/${lang}/tools/noms/${search}`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
      await expect(page.getByTestId('score-missing')).toHaveText(
        lang === 'it' ? 'Mancano: Deficit neurologico, Tolleranza all’intervento' : 'Missing: Neurological deficit, Tolerance of surgery',
      );
      const absent = page.getByRole('group', { name: lang === 'it' ? /^Deficit neurologico/ : /^Neurological deficit/ }).getByRole('radio', { name: lang === 'it' ? 'Assente' : 'Absent' });
      await absent.focus();
      await page.keyboard.press('Space');
      const yes = page.getByTestId('noms-surgery-fit').getByRole('radio', { name: lang === 'it' ? 'Sì' : 'Yes' });
      await yes.focus();
      await page.keyboard.press('Space');
      const code = coreCode(`${search}&myelopathy=no&surgeryFit=yes`);
      expect(code).toBe('separation-surgery-srs');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', code);
      await expect(page.getByTestId('score-total')).toHaveText(lang === 'it' ? 'Chirurgia di separazione + SRS' : 'Separation surgery + SRS');
      await expect(page.getByTestId('noms-drivers')).toHaveAttribute('data-drivers', 'N,O,M,S');
      await expect(page).toHaveURL(new RegExp(`/${lang}/tools/noms/\\?escc=2&myelopathy=no&histology=renal&level=T11&.*&surgeryFit=yes$`));
    }
  });

  test('high-grade ESCC without and with a deficit: different, safe plans, and the disagreement shown', async ({ page }) => {
    await page.goto('/en/tools/noms/?escc=3&myelopathy=no&radiosensitivity=sensitive&sins=4&mechanicalPain=no');
    await waitForHydration(page);
    await expect(page.getByTestId('noms-surgery-not-needed')).toBeVisible();
    await expect(page.getByTestId('noms-surgery-fit')).toHaveCount(0);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'cebrt');
    await page.getByRole('group', { name: /^Neurological deficit/ }).getByRole('radio', { name: 'Present' }).check();
    await page.getByTestId('noms-surgery-fit').getByRole('radio', { name: 'Yes' }).check();
    expect(coreCode('?escc=3&myelopathy=yes&radiosensitivity=sensitive&sins=4&mechanicalPain=no&surgeryFit=yes')).toBe('urgent-surgical-consultation+cebrt');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'urgent-surgical-consultation+cebrt');
    await expect(page.getByTestId('noms-note').first()).toContainText('Neurological deficit: urgent treatment');
    await expect(page.getByTestId('noms-note').nth(1)).toContainText('The sources disagree: Neurological deficit');
    await expect(page.getByTestId('noms-note').nth(2)).toContainText('absolute contraindication to vertebroplasty');
  });

  test('is operable by keyboard alone, and the URL follows', async ({ page }) => {
    await page.goto('/en/tools/noms/');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    // N: the ESCC cards are one radio group; arrows move the grade.
    await page.getByRole('radio', { name: 'Grade 0' }).focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Grade 1c' })).toBeChecked();
    // O: choose the category directly.
    const resistant = page.getByRole('radio', { name: 'Radioresistant to conventional radiotherapy' });
    await page.getByRole('radio', { name: 'Radiosensitive to conventional radiotherapy' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(resistant).toBeChecked();
    // M: switch to a known total and type it.
    await page.getByRole('radio', { name: 'Score the six SINS items here' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Enter a SINS total I already have' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('SINS total (0–18)')).toBeFocused();
    await page.keyboard.type('15');
    await expect(page.getByTestId('noms-sins')).toHaveText('SINS 15: Unstable');
    // S: surgery matters because the spine is unstable.
    await page.getByTestId('noms-surgery-fit').getByRole('radio', { name: 'No' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'cement-augmentation+srs');
    await expect(page.getByTestId('score-total')).toHaveText('Cement augmentation → SRS');
    await expect(page.getByTestId('score-announcement')).toHaveText('Recommendation: Cement augmentation → SRS');
    await expect(page).toHaveURL(/\/en\/tools\/noms\/\?escc=1c&radiosensitivity=resistant&sins=15&surgeryFit=no$/);
  });

  test('illegal parameters are ignored with a visible note, never a crash', async ({ page }) => {
    await page.goto('/en/tools/noms/?escc=5&histology=urothelial&sins=19&surgeryFit=maybe&x=1');
    await waitForHydration(page);
    const notices = page.getByTestId('query-notices');
    for (const s of ['escc=5', 'histology=urothelial', 'sins=19', 'surgeryFit=maybe', 'x']) await expect(notices).toContainText(s);
    await expect(page.getByTestId('score-total')).toHaveText('—');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page.getByTestId('score-missing')).toContainText('ESCC grade');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('switching language keeps the state', async ({ page }) => {
    await page.goto(`/it/tools/noms/?escc=2&myelopathy=no&histology=breast&${sinsT11}&surgeryFit=yes`);
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'stabilization-or-augmentation+cebrt');
    await page.getByRole('link', { name: 'Leggi questa pagina in inglese' }).click();
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'stabilization-or-augmentation+cebrt');
    await expect(page.getByTestId('score-total')).toHaveText('Stabilization or cement augmentation → cEBRT');
  });

  test('symptomatic compression in a patient unfit for surgery: orthosis, no cement, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/tools/noms/?escc=2&myelopathy=yes&histology=renal&${sinsT11}&surgeryFit=no`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'orthosis-no-cement+palliative-cebrt');
    }
  });

  test('on a laptop the result never scrolls inside the page: rules and buttons are reached with the page, the recommendation stays in view', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/it/tools/noms/?escc=2&myelopathy=no&histology=renal&sins=12&mechanicalPain=yes&surgeryFit=yes');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'separation-surgery-srs');
    // No element of the result column is a scroller holding more than it shows.
    const scrollers = () => page.evaluate(() => [...document.querySelectorAll('.calc__result, .calc__result *')]
      .filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1).map((e) => e.className));
    expect(await scrollers()).toEqual([]);
    // Filling the last input, far down the page: the recommendation is still on screen.
    const lastInput = page.getByTestId('noms-surgery-fit').getByRole('radio', { name: 'Sì' });
    await lastInput.scrollIntoViewIfNeeded();
    await expect(lastInput).toBeInViewport();
    await expect(page.getByTestId('score-total')).toBeInViewport();
    // The rules and the buttons below them are reached by scrolling the page itself.
    await page.getByTestId('noms-rules').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('noms-rules')).toBeInViewport();
    await page.getByRole('button', { name: 'Copia il risultato' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Copia il risultato' })).toBeInViewport();
  });
});

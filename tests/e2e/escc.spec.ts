import { test, expect, waitForHydration } from './fixtures';

const bandText = {
  low: { it: 'Compressione di basso grado (0–1c)', en: 'Low-grade compression (0–1c)' },
  high: { it: 'Compressione di alto grado (2–3)', en: 'High-grade compression (2–3)' },
};

test.describe('ESCC grade picker', () => {
  test('a link opens the grade and its band, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/tools/escc/?escc=1b`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-total')).toHaveText('1b');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'low');
      await expect(page.getByTestId('score-band')).toHaveText(bandText.low[lang]);
      await expect(page.getByRole('radio', { name: lang === 'it' ? 'Grado 1b' : 'Grade 1b' })).toBeChecked();
      await expect(page.locator('[data-grade="1b"]')).toContainText(lang === 'it' ? 'Selezionato' : 'Selected');

      await page.goto(`/${lang}/tools/escc/?escc=3`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-total')).toHaveText('3');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'high');
      await expect(page.getByTestId('score-band')).toHaveText(bandText.high[lang]);
    }
  });

  test('is operable by keyboard alone, and the URL follows', async ({ page }) => {
    await page.goto('/en/tools/escc/');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page.getByTestId('score-missing')).toHaveText('Missing: ESCC grade');
    const first = page.getByRole('radio', { name: 'Grade 0' });
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Grade 2' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Grade 2' })).toBeFocused();
    await expect(page.getByTestId('score-total')).toHaveText('2');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'high');
    await expect(page.getByTestId('score-announcement')).toHaveText('Grade 2: High-grade compression (2–3)');
    await expect(page).toHaveURL(/\/en\/tools\/escc\/\?escc=2$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'low');
    await expect(page).toHaveURL(/\?escc=1c$/);
  });

  test('illegal parameters are ignored with a visible note, never a crash', async ({ page }) => {
    await page.goto('/en/tools/escc/?escc=4&foo=1');
    await waitForHydration(page);
    await expect(page.getByTestId('query-notices')).toContainText('escc=4');
    await expect(page.getByTestId('query-notices')).toContainText('foo');
    await expect(page.getByTestId('score-total')).toHaveText('—');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('the grade carries over into the NOMS walkthrough', async ({ page }) => {
    await page.goto('/it/tools/escc/?escc=2');
    await waitForHydration(page);
    await page.getByTestId('escc-to-noms').click();
    await expect(page).toHaveURL(/\/it\/tools\/noms\/\?escc=2$/);
    await waitForHydration(page);
    await expect(page.getByRole('radio', { name: 'Grado 2' })).toBeChecked();
  });

  test('reset clears the grade and the URL', async ({ page }) => {
    await page.goto('/en/tools/escc/?escc=1a');
    await waitForHydration(page);
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page).toHaveURL(/\/en\/tools\/escc\/$/);
  });
});

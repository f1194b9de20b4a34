import { test, expect, waitForHydration } from './fixtures';

test.describe('Radiosensitivity table', () => {
  for (const lang of ['it', 'en'] as const) {
    test(`the renal link reads radioresistant, studies agreeing; the prostate link shows the disagreement between studies (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/tools/radiosensitivity/?histology=renal`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-total')).toHaveText(lang === 'it' ? 'Radioresistente' : 'Radioresistant');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'radioresistant');
      await expect(page.getByTestId('rs-agreement')).toHaveAttribute('data-disagreement', 'false');
      await expect(page.getByTestId('rs-caveat')).toBeVisible();

      await page.goto(`/${lang}/tools/radiosensitivity/?histology=prostate`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'radiosensitive');
      await expect(page.getByTestId('rs-agreement')).toHaveAttribute('data-disagreement', 'true');
      await expect(page.getByTestId('rs-studies').locator('tr.is-different')).toHaveCount(3);
    });
  }

  test('is operable by keyboard alone: select, open the full table, sort', async ({ page }) => {
    await page.goto('/en/tools/radiosensitivity/');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await page.getByLabel('Histology of the primary tumour').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'radiosensitive');
    await expect(page).toHaveURL(/\?histology=lymphoma$/);
    await expect(page.getByTestId('score-announcement')).toHaveText('Lymphoma: Radiosensitive to conventional radiotherapy');
    const summary = page.getByTestId('rs-full').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const sort = page.getByTestId('sort-histology');
    await expect(sort).toBeVisible();
    await sort.focus();
    await page.keyboard.press('Enter');
    const rows = page.getByTestId('rs-full').locator('tbody tr');
    await expect(rows.first()).toHaveAttribute('data-histology', 'breast');
    await expect(page.getByTestId('rs-full').locator('th[aria-sort="ascending"]')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(rows.first()).toHaveAttribute('data-histology', 'thyroid');
    await expect(page.getByTestId('rs-full').locator('tr[data-histology="lymphoma"]')).toHaveClass(/is-selected/);
  });

  test('illegal parameters are ignored with a visible note', async ({ page }) => {
    await page.goto('/it/tools/radiosensitivity/?histology=kidney&colour=red');
    await waitForHydration(page);
    await expect(page.getByTestId('query-notices')).toContainText('histology=kidney');
    await expect(page.getByTestId('query-notices')).toContainText('colour');
    await expect(page.getByTestId('score-total')).toHaveText('—');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page.getByTestId('score-missing')).toHaveText('Mancano: Istotipo del tumore primitivo');
  });

  test('reset clears the choice and the URL; the NOMS link carries the histology', async ({ page }) => {
    await page.goto('/en/tools/radiosensitivity/?histology=melanoma');
    await waitForHydration(page);
    await expect(page.getByRole('link', { name: 'Continue with NOMS for this histology' })).toHaveAttribute('href', '/en/tools/noms/?histology=melanoma');
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page).toHaveURL(/\/en\/tools\/radiosensitivity\/$/);
  });
});

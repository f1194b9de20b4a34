import { test, expect, waitForHydration } from './fixtures';

const contract = '?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';

test.describe('SINS calculator', () => {
  test('the public link reads 12 / indeterminate, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/tools/sins/${contract}`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-total')).toHaveText('12');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'indeterminate');
      await expect(page.getByTestId('score-band')).toHaveText(lang === 'it' ? 'Possibile instabilità (indeterminato)' : 'Possible instability (indeterminate)');
      await expect(page.getByTestId('sins-level')).toContainText('T11');
      // Mechanical pain: stabilization or cement, the same next step as NOMS, with the cement check.
      await expect(page.getByTestId('sins-next')).toHaveAttribute('data-indication', 'stabilization');
      await expect(page.getByTestId('sins-cement-check')).toBeVisible();
      await expect(page.getByTestId('sins-to-noms')).toHaveAttribute('href', `/${lang}/tools/noms/${contract}`);
    }
  });

  test('is operable by keyboard alone, and the URL follows', async ({ page }) => {
    await page.goto('/en/tools/sins/');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    // The spine is one tab stop; arrows move the chosen level.
    const c0 = page.locator('[data-level="C0"]');
    await c0.focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-level="T12"]')).toHaveAttribute('aria-checked', 'true');
    await expect(page.locator('[data-level="T12"]')).toBeFocused();
    // Radio groups: Tab into each, arrows choose.
    const choose = async (name: string, label: string) => {
      const escaped = label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const radio = page.getByRole('group', { name }).getByRole('radio', { name: new RegExp(`^${escaped}`) });
      await radio.focus();
      await page.keyboard.press('Space');
      await expect(radio).toBeChecked();
    };
    await choose('Pain', 'Mechanical');
    await choose('Bone lesion', 'Lytic');
    await choose('Radiographic alignment', 'Subluxation/translation');
    await choose('Vertebral body collapse', '> 50% collapse');
    await page.keyboard.press('ArrowDown'); // arrows move within the group: < 50% collapse
    await choose('Posterolateral elements', 'Bilateral');
    // T12 junctional 3 + mechanical 3 + lytic 2 + subluxation 4 + <50% 2 + bilateral 3 = 17
    await expect(page.getByTestId('score-total')).toHaveText('17');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'unstable');
    await expect(page).toHaveURL(/level=T12&pain=mechanical&lesion=lytic&alignment=subluxation&collapse=lt50&posterior=bilateral/);
    await expect(page.getByTestId('score-announcement')).toHaveText('Total 17: Unstable');
  });

  test('switching language keeps the state', async ({ page }) => {
    await page.goto(`/it/tools/sins/${contract}`);
    await waitForHydration(page);
    await page.getByRole('radio', { name: 'Bilaterale' }).check();
    await expect(page.getByTestId('score-total')).toHaveText('14');
    await page.getByRole('link', { name: 'Leggi questa pagina in inglese' }).click();
    await expect(page).toHaveURL(/\/en\/tools\/sins\/\?level=T11&.*posterior=bilateral/);
    await waitForHydration(page);
    await expect(page.getByTestId('score-total')).toHaveText('14');
    await expect(page.getByTestId('score-band')).toHaveText('Unstable');
  });

  test('illegal parameters are ignored with a visible note, never a crash', async ({ page }) => {
    await page.goto('/en/tools/sins/?level=T13&pain=awful&lesion=lytic');
    await waitForHydration(page);
    await expect(page.getByTestId('query-notices')).toContainText('level=T13');
    await expect(page.getByTestId('query-notices')).toContainText('pain=awful');
    await expect(page.getByTestId('score-total')).toHaveText('—');
    await expect(page.getByTestId('score-missing')).toContainText('Location, Pain, Radiographic alignment');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('reset clears the result and the URL', async ({ page }) => {
    await page.goto(`/en/tools/sins/${contract}`);
    await waitForHydration(page);
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page).toHaveURL(/\/en\/tools\/sins\/$/);
  });

  test('copy result puts plain text on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/tools/sins/${contract}`);
    await waitForHydration(page);
    await page.getByTestId('copy-result').click();
    await expect(page.getByText('Result copied to the clipboard')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Total: 12 — Possible instability (indeterminate)');
    expect(text).toContain('Spinal level: T11');
  });

  test('print opens the browser print dialog and the printout keeps the result', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    await page.goto(`/en/tools/sins/${contract}`);
    await waitForHydration(page);
    await page.getByTestId('print-page').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-page')).toBeHidden();
    await expect(page.getByTestId('score-total')).toHaveText('12');
    await expect(page.getByTestId('edu-notice')).toBeVisible();
  });
});

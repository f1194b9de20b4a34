import { test, expect } from './fixtures';

test.describe('site shell', () => {
  for (const lang of ['it', 'en'] as const) {
    test(`home (${lang}) has lang, notice, nav, footer and hreflang alternates`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByTestId('edu-notice')).toHaveText(lang === 'it' ? 'A scopo didattico, non per decisioni cliniche.' : 'For education, not for clinical decisions.');
      await expect(page.locator('header nav a').first()).toBeVisible();
      await expect(page.locator('footer')).toBeVisible();
      await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute('href', 'https://percutanea.example/it/');
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', 'https://percutanea.example/en/');
    });
  }

  test('the root sends an English browser to /en/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('the root sends a German browser to Italian', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/it\/$/);
    await context.close();
  });

  test('the root works without JavaScript: two plain links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Italiano' })).toHaveAttribute('href', '/it/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });

  test('an unknown English URL gets the English 404', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('an unknown Italian URL gets the Italian 404', async ({ page }) => {
    await page.goto('/it/pagina-inesistente/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata');
  });

  test('the language switch lands on the same page in the other language', async ({ page }) => {
    await page.goto('/it/lessons/');
    await page.getByRole('link', { name: 'Leggi questa pagina in inglese' }).click();
    await expect(page).toHaveURL(/\/en\/lessons\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('print hides navigation but keeps the education notice', async ({ page }) => {
    await page.goto('/en/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.lang-switch')).toBeHidden();
    await expect(page.getByTestId('edu-notice')).toBeVisible();
  });


  test('dark theme follows the system', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(16, 21, 28)');
    await context.close();
  });
});

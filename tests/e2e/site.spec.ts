import { test, expect } from './fixtures';

test.describe('site shell', () => {
  test('the home page in both languages: lang, notice, nav, footer and hreflang alternates; in print and in the dark theme', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByTestId('edu-notice')).toHaveText(lang === 'it' ? 'A scopo didattico, non per decisioni cliniche.' : 'For education, not for clinical decisions.');
      await expect(page.locator('header nav a').first()).toBeVisible();
      await expect(page.locator('footer')).toBeVisible();
      await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute('href', 'https://percutanea.example/it/');
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', 'https://percutanea.example/en/');
    }
    // Print hides navigation but keeps the education notice.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.lang-switch')).toBeHidden();
    await expect(page.getByTestId('edu-notice')).toBeVisible();
    // The dark theme follows the system.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(16, 21, 28)');
  });

  test('the root sends an English browser to /en/ and a German one to Italian, and works without JavaScript: two plain links', async ({ browser }) => {
    for (const [locale, lang] of [['en-GB', 'en'], ['de-DE', 'it']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page, locale).toHaveURL(new RegExp(`/${lang}/$`));
      await context.close();
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Italiano' })).toHaveAttribute('href', '/it/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });

  test('an unknown URL gets the 404 page in its language', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/it/pagina-inesistente/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata');
  });

  test('the language switch lands on the same page in the other language', async ({ page }) => {
    await page.goto('/it/lessons/');
    await page.getByRole('link', { name: 'Leggi questa pagina in inglese' }).click();
    await expect(page).toHaveURL(/\/en\/lessons\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

import { test, expect, waitForHydration } from './fixtures';
import type { Page } from '@playwright/test';

/** The lesson embeds several client:visible islands: bring each into view so all of them hydrate. */
async function hydrateAll(page: Page) {
  for (const island of await page.locator('astro-island').all()) {
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
    await page.waitForTimeout(150);
  }
  await waitForHydration(page);
}

test.describe('M4 lesson', () => {
  for (const lang of ['it', 'en'] as const) {
    test(`renders objectives, key points, references and the embedded calculator (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/lessons/m04-scores/`);
      await expect(page.getByTestId('objectives')).toBeVisible();
      await expect(page.getByTestId('key-points')).toBeVisible();
      await expect(page.locator('[data-ref="fisher2010"]')).toBeVisible();
      await expect(page.getByTestId('edu-notice')).toBeVisible();
      const calc = page.locator('[data-widget="sins"]');
      await hydrateAll(page);
      await expect(calc.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    });
  }

  test('a citation links to its entry in the reference list', async ({ page }) => {
    await page.goto('/en/lessons/m04-scores/');
    const cite = page.locator('a[data-cite="fisher2010"]').first();
    await expect(cite).toHaveAttribute('href', '#ref-fisher2010');
  });

  test('the lessons index lists M4 in both languages', async ({ page }) => {
    for (const lang of ['it', 'en']) {
      await page.goto(`/${lang}/lessons/`);
      await expect(page.getByTestId('lesson-list').locator(`a[href="/${lang}/lessons/m04-scores/"]`)).toBeVisible();
    }
  });
});

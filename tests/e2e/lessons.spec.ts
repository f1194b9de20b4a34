import { test, expect, waitForHydration } from './fixtures';
import { testBuilt, builtPage, shown, textOf } from './built-site';
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
  test('renders objectives, key points, references and the embedded calculator, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/lessons/m04-scores/`);
      await expect(page.getByTestId('objectives')).toBeVisible();
      await expect(page.getByTestId('key-points')).toBeVisible();
      await expect(page.locator('[data-ref="fisher2010"]')).toBeVisible();
      await expect(page.getByTestId('edu-notice')).toBeVisible();
      // A citation links to its entry in the reference list.
      await expect(page.locator('a[data-cite="fisher2010"]').first()).toHaveAttribute('href', '#ref-fisher2010');
      // The four score tools load when opened (issue 12): one button each, pressed from the keyboard.
      await hydrateAll(page);
      const open = page.getByTestId('open-tool');
      await expect(open).toHaveCount(4);
      await open.first().focus();
      await page.keyboard.press('Enter');
      const calc = page.locator('[data-widget="sins"]');
      await expect(calc.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
      await expect(page.getByTestId('on-demand-tool').first()).toBeFocused();
      await expect(open).toHaveCount(3);
    }
  });
});

testBuilt('the lessons index lists M4 in both languages', () => {
  for (const lang of ['it', 'en']) {
    const link = builtPage(`/${lang}/lessons/`).querySelector(`[data-testid="lesson-list"] a[href="/${lang}/lessons/m04-scores/"]`);
    expect(shown(link) && textOf(link) !== '', lang).toBe(true);
  }
});

import { test, expect } from './fixtures';
import { moduleSlugs } from '../../src/core/content/lesson-slugs';

const slugs = Object.values(moduleSlugs);

test.describe('curriculum', () => {
  // Split into groups of modules so both browser workers share the crawl.
  const groups = [slugs.slice(0, 5), slugs.slice(5, 10), slugs.slice(10)];
  for (const [g, group] of groups.entries()) {
    for (const lang of ['it', 'en'] as const) {
      test(`modules ${g * 5 + 1}–${g * 5 + group.length} render with objectives, key points, self-check and references (${lang})`, async ({ page }) => {
        for (const slug of group) {
          await page.goto(`/${lang}/lessons/${slug}/`);
          await expect(page.locator('html'), slug).toHaveAttribute('lang', lang);
          await expect(page.getByTestId('objectives'), slug).toBeVisible();
          await expect(page.getByTestId('key-points'), slug).toBeVisible();
          await expect(page.locator('.selfcheck li'), slug).not.toHaveCount(0);
          await expect(page.locator('.references li'), slug).not.toHaveCount(0);
          await expect(page.getByTestId('edu-notice'), slug).toBeVisible();
        }
      });
    }

    test(`the two locales of modules ${g * 5 + 1}–${g * 5 + group.length} have the same sections and figures`, async ({ page }) => {
      for (const slug of group) {
        const shape = async (lang: string) => {
          await page.goto(`/${lang}/lessons/${slug}/`);
          return {
            sections: await page.locator('article.lesson h2').count(),
            figures: await page.locator('article.lesson figure[data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure'))),
            widgets: await page.locator('article.lesson [data-widget]').count(),
          };
        };
        expect(await shape('en'), slug).toEqual(await shape('it'));
      }
    });
  }

  test('there are fifteen modules in three groups', () => {
    expect(groups.flat()).toEqual(slugs);
    expect(slugs).toHaveLength(15);
  });

  test('modules link to the previous and next module', async ({ page }) => {
    await page.goto('/en/lessons/m06-vertebroplasty/');
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/en/lessons/m05-radiotherapy/');
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/en/lessons/m07-kyphoplasty-osteoplasty/');
  });

  test('a self-check answer is revealed on demand', async ({ page }) => {
    await page.goto('/it/lessons/m06-vertebroplasty/');
    const first = page.locator('.selfcheck details').first();
    await expect(first.locator('p').first()).toBeHidden();
    await first.locator('summary').click();
    await expect(first.locator('p').first()).toBeVisible();
  });

  test('a glossary term shows the other-language term and definition on keyboard focus', async ({ page }) => {
    await page.goto('/it/lessons/m06-vertebroplasty/');
    const term = page.locator('.term').first();
    const tip = term.locator('.term__tip');
    await expect(tip).toBeHidden();
    await term.locator('.term__word').focus();
    await expect(tip).toBeVisible();
    await expect(tip.locator('[lang="en"]')).not.toBeEmpty();
  });

  for (const [lang, word, other] of [['it', 'vertebroplastica', 'en'], ['en', 'cryoablation', 'it']] as const) {
    test(`search finds "${word}" among ${lang} pages only`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('searchbox', { name: lang === 'it' ? 'Cerca nel corso' : 'Search the course' }).first().fill(word);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=${word}`));
      const links = page.getByTestId('search-results').locator('a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      expect(hrefs.every((h) => h.startsWith(`/${lang}/`))).toBe(true);
      expect(hrefs.some((h) => h.startsWith(`/${other}/`))).toBe(false);
    });
  }

  test('the glossary lists term pairs with definitions', async ({ page }) => {
    await page.goto('/en/glossary/');
    const entry = page.locator('[data-term="vertebroplasty"]');
    await expect(entry).toContainText(/vertebroplastica/i);
    expect(await page.locator('.glossary__entry').count()).toBeGreaterThanOrEqual(80);
  });
});

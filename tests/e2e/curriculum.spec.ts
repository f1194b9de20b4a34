import { test, expect } from './fixtures';
import { testBuilt, builtPage, shown, textOf } from './built-site';
import { moduleSlugs } from '../../src/core/content/lesson-slugs';

const slugs = Object.values(moduleSlugs);
const langs = ['it', 'en'] as const;

// Every module, both languages, from the built HTML (no browser needed for what a page contains); the
// behaviour of a lesson page (reveal, focus, search) in the browser below.
testBuilt.describe('curriculum, built pages', () => {
  testBuilt('fifteen modules, each with objectives, key points, self-check, references and the notice, in both languages', () => {
    expect(slugs).toHaveLength(15);
    const missing: string[] = [];
    for (const lang of langs) {
      for (const slug of slugs) {
        const doc = builtPage(`/${lang}/lessons/${slug}/`);
        const at = `${lang}/${slug}`;
        if (doc.documentElement.lang !== lang) missing.push(`${at}: lang="${doc.documentElement.lang}"`);
        for (const id of ['objectives', 'key-points', 'edu-notice']) {
          const el = doc.querySelector(`[data-testid="${id}"]`);
          if (!shown(el) || !textOf(el)) missing.push(`${at}: ${id}`);
        }
        if (doc.querySelectorAll('.selfcheck li').length === 0) missing.push(`${at}: self-check items`);
        if (doc.querySelectorAll('.references li').length === 0) missing.push(`${at}: references`);
      }
    }
    expect(missing).toEqual([]);
  });

  testBuilt('the two locales of each module have the same sections, figures and widgets', () => {
    const shape = (lang: string, slug: string) => {
      const doc = builtPage(`/${lang}/lessons/${slug}/`);
      return {
        sections: doc.querySelectorAll('article.lesson h2').length,
        figures: [...doc.querySelectorAll('article.lesson figure[data-figure]')].map((e) => e.getAttribute('data-figure')),
        widgets: doc.querySelectorAll('article.lesson [data-widget]').length,
      };
    };
    for (const slug of slugs) expect(shape('en', slug), slug).toEqual(shape('it', slug));
  });

  testBuilt('modules link to the previous and next module, in the page language', () => {
    for (const lang of langs) {
      for (const [i, slug] of slugs.entries()) {
        const doc = builtPage(`/${lang}/lessons/${slug}/`);
        const prev = slugs[i - 1];
        const next = slugs[i + 1];
        expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, `${lang}/${slug} prev`).toBe(prev ? `/${lang}/lessons/${prev}/` : null);
        expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null, `${lang}/${slug} next`).toBe(next ? `/${lang}/lessons/${next}/` : null);
      }
    }
  });

  testBuilt('the glossary lists term pairs with definitions', () => {
    const doc = builtPage('/en/glossary/');
    expect(textOf(doc.querySelector('[data-term="vertebroplasty"]'))).toMatch(/vertebroplastica/i);
    expect(doc.querySelectorAll('.glossary__entry').length).toBeGreaterThanOrEqual(80);
  });
});

test.describe('curriculum', () => {
  test('on a lesson, a self-check answer is revealed on demand and a glossary term shows the other-language term and definition on keyboard focus', async ({ page }) => {
    await page.goto('/it/lessons/m06-vertebroplasty/');
    const first = page.locator('.selfcheck details').first();
    await expect(first.locator('p').first()).toBeHidden();
    await first.locator('summary').click();
    await expect(first.locator('p').first()).toBeVisible();
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
});

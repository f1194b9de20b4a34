import { test, expect, waitForHydration } from './fixtures';

// One page of every type, in both languages: what a resident opens on a phone.
const pageTypes = [
  '', 'lessons/', 'lessons/m06-vertebroplasty/', 'tools/', 'tools/sins/', 'tools/tokuhashi/', 'tools/escc/',
  'tools/radiosensitivity/', 'tools/noms/', 'tools/pain-response/', 'algorithms/', 'algorithms/a4-noms/',
  'algorithms/a5-wallace-timing/', 'cases/', 'cases/sins-t11/', 'cases/sins-t11/quiz/', 'quiz/', 'quiz/review/',
  'progress/', 'present/', 'glossary/', 'references/', 'search/',
];

for (const lang of ['it', 'en'] as const) {
  test(`no page scrolls sideways on a 390 px phone (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflowing: string[] = [];
    for (const type of pageTypes) {
      await page.goto(`/${lang}/${type}`);
      await waitForHydration(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflowing.push(`/${lang}/${type} is ${width} px wide`);
    }
    expect(overflowing).toEqual([]);
  });
}

test('the phone header and notice leave the page its room', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/it/lessons/m06-vertebroplasty/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThan(150);
  await expect(page.getByTestId('edu-notice')).toBeInViewport();
});

test('switching language keeps the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/it/lessons/m06-vertebroplasty/');
  const toc = page.locator('.lesson-toc');
  await expect(toc).toBeVisible();
  const third = toc.locator('a').nth(2);
  const hash = (await third.getAttribute('href'))!;
  await third.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/en/lessons/m06-vertebroplasty/${hash}$`));
  await expect(page.locator(`h2${hash}`)).toBeInViewport();
});

test('glossary tips close with Esc; citations preview the reference and group, and the list links back', async ({ page }) => {
  await page.goto('/en/lessons/m06-vertebroplasty/');
  const term = page.locator('.term').first();
  const tip = term.locator('.term__tip');
  await term.locator('.term__word').focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term.locator('.term__word')).toBeFocused();

  const cite = page.locator('.cite__link').first();
  await cite.focus();
  await expect(page.locator('.cite__tip').first()).toBeVisible();
  await expect(page.locator('.cite__tip').first()).toContainText(/\d{4}/);
  // Two citations side by side read as one group: "(A 2014; B 1987)".
  await expect(page.locator('.cite', { has: page.locator('.cite__link').nth(1) }).first()).toBeVisible();
  const grouped = await page.locator('.cite').evaluateAll((els) => els.filter((e) => e.querySelectorAll('.cite__link').length > 1).length);
  expect(grouped).toBeGreaterThan(0);

  const id = (await cite.getAttribute('data-cite'))!;
  const back = page.locator(`#ref-${id} a.backlink`).first();
  await expect(back).toHaveAttribute('href', `#cite-${id}-1`);
  await back.click();
  await expect(cite).toBeInViewport();
});

test('on a phone the calculator result stays in view while the inputs are filled, and a tap expands it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/tools/sins/');
  await waitForHydration(page);
  const pain = page.locator('.choice-group').filter({ hasText: /mechanical/i }).first();
  await pain.scrollIntoViewIfNeeded();
  await pain.getByLabel(/mechanical/i).first().check();
  await expect(page.getByTestId('score-total')).toBeInViewport();
  const bar = page.locator('.calc__result');
  const collapsed = (await bar.boundingBox())!.height;
  await page.getByTestId('score-band').click();
  await expect(bar).toHaveAttribute('data-expanded', 'true');
  expect((await bar.boundingBox())!.height).toBeGreaterThan(collapsed);
});

test('search shows result types, the matched section and highlights, eight at a time, lessons first for their subject', async ({ page }) => {
  await page.goto('/en/search/?q=cement%20leakage');
  const results = page.getByTestId('search-results').locator('.search-result');
  await expect(results.first()).toBeVisible();
  await expect(results).toHaveCount(8);
  await expect(results.first()).toHaveAttribute('data-type', 'lesson');
  await expect(results.first().locator('.search-result__type')).toHaveText('Lesson');
  await expect(results.first().locator('.search-result__section')).toContainText('Section:');
  await expect(results.first().locator('mark').first()).toBeVisible();
  expect(await results.first().locator('a').getAttribute('href')).toMatch(/^\/en\/lessons\/.+#/);
  const more = page.getByTestId('search-more');
  await more.click();
  await expect.poll(() => results.count()).toBeGreaterThan(8);
  const types = await results.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
  expect(new Set(types).size).toBeGreaterThan(1);
});

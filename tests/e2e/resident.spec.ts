import { readdirSync } from 'node:fs';
import { test, expect, waitForHydration } from './fixtures';

// One page of every type, in both languages: what a resident opens on a phone (and the page a wrong link shows).
const pageTypes = [
  '', 'lessons/', 'lessons/m06-vertebroplasty/', 'tools/', 'tools/sins/', 'tools/tokuhashi/', 'tools/escc/',
  'tools/radiosensitivity/', 'tools/noms/', 'tools/pain-response/', 'algorithms/', 'algorithms/a4-noms/',
  'algorithms/a5-ablation-indications-timing/', 'cases/', 'cases/sins-t11/', 'cases/sins-t11/quiz/', 'quiz/', 'quiz/review/',
  'progress/', 'present/', 'present/sins-t11/', 'present/lesson/m04-scores/', 'present/algorithm/a4-noms/',
  'present/playlist/?items=case:sins-t11', 'glossary/', 'references/', 'search/?q=SINS',
];
const missingPage = 'no-such-page/';

for (const lang of ['it', 'en'] as const) {
  test(`no page scrolls sideways on a 390 px phone (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflowing: string[] = [];
    for (const type of [...pageTypes, missingPage]) {
      const response = await page.goto(`/${lang}/${type}`);
      // A page that is not there would be measured as the 404 page: only the wrong link itself may be one.
      expect(response?.status(), `/${lang}/${type}`).toBe(type === missingPage ? 404 : 200);
      await waitForHydration(page);
      // What folds away (a blueprint table, a trial's details) must fit too once opened.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflowing.push(`/${lang}/${type} is ${width} px wide`);
    }
    expect(overflowing).toEqual([]);
  });
}

test('a wide lesson table scrolls inside its own box on a phone, by keyboard too, with a shadow on the side still to read', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/it/lessons/m08-thermal-chemical-ablation/');
  const wide = page.locator('.prose table').filter({ has: page.locator('th') }).nth(1);
  const size = () => wide.evaluate((t) => ({ scroll: t.scrollWidth, box: t.clientWidth, left: t.scrollLeft }));
  const before = await size();
  expect(before.scroll).toBeGreaterThan(before.box);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The cue: a shadow drawn at each edge (scroll-attached) and covered where the box has nothing more to show.
  const bg = await wide.evaluate((t) => getComputedStyle(t));
  expect(bg.backgroundImage.match(/radial-gradient/g)).toHaveLength(2);
  expect(bg.backgroundAttachment).toBe('local, local, scroll, scroll');
  // A keyboard user reaches the box and scrolls it with the arrow keys.
  await wide.focus();
  await expect(wide).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await size()).left).toBeGreaterThan(0);
});

test('the home page shows at a glance what the course offers, each door with its icon, count and a page behind it', async ({ page, request }) => {
  const count = (dir: string) => readdirSync(`content/${dir}`).filter((f) => /\.(mdx|yaml)$/.test(f)).length;
  const doors = {
    it: [['Lezioni', count('lessons/it')], ['Calcolatori', count('tools/it')], ['Algoritmi', 5], ['Casi', count('cases')], ['Autovalutazione', 0], ['Presenta', 0]],
    en: [['Lessons', count('lessons/en')], ['Calculators', count('tools/en')], ['Algorithms', 5], ['Cases', count('cases')], ['Self-assessment', 0], ['Present', 0]],
  } as const;
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const lang of ['it', 'en'] as const) {
    await page.goto(`/${lang}/`);
    const items = page.getByTestId('ways-in').locator('li');
    await expect(items).toHaveCount(doors[lang].length);
    for (const [i, [label, n]] of doors[lang].entries()) {
      const link = items.nth(i).getByRole('link');
      await expect(link).toHaveText(n > 0 ? `${n} ${label}` : label);
      await expect(items.nth(i).locator('svg')).toBeVisible();
      await expect(items.nth(i).locator('.offer__text')).not.toBeEmpty();
      expect((await request.get((await link.getAttribute('href'))!)).status(), label).toBe(200);
    }
    // Every module, each with where the learner stands (the badge reads the progress store).
    await expect(page.getByTestId('module-list').locator('li')).toHaveCount(count(`lessons/${lang}`));
    await expect(page.getByTestId('module-list').locator('.progress-badge')).toHaveCount(count(`lessons/${lang}`));
    await expect(page.locator('.hero-figure')).toBeVisible();
  }
});

test('on a phone a question that wraps stays inside its box, never across its top border', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/en/tools/tokuhashi/', '/it/tools/noms/', '/it/lessons/m06-vertebroplasty/']) {
    await page.goto(path);
    await waitForHydration(page);
    const across = await page.evaluate(() => [...document.querySelectorAll('fieldset > legend')]
      .filter((l) => l.getBoundingClientRect().height > 0 && getComputedStyle(l).position !== 'absolute')
      .filter((l) => {
        const box = l.parentElement!;
        return l.getBoundingClientRect().top < box.getBoundingClientRect().top + parseFloat(getComputedStyle(box).borderTopWidth);
      })
      .map((l) => l.textContent?.slice(0, 40)));
    expect(across, path).toEqual([]);
  }
});

test('the phone header and notice leave the page its room', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/it/lessons/m06-vertebroplasty/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThan(150);
  await expect(page.getByTestId('edu-notice')).toBeInViewport();
  // Visible but small: one line of small type.
  const notice = page.getByTestId('edu-notice');
  expect((await notice.boundingBox())!.height).toBeLessThan(40);
  expect(parseFloat(await notice.evaluate((n) => getComputedStyle(n).fontSize))).toBeLessThanOrEqual(15);
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

  // Two works by one author in one year keep their letters, as the reference list does.
  await page.goto('/it/lessons/m05-radiotherapy/');
  await expect(page.locator('a.cite__link[data-cite="wallace2015a"]').first()).toHaveText('Wallace 2015a');
  await expect(page.locator('a.cite__link[data-cite="wallace2015b"]').first()).toHaveText('Wallace 2015b');
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

test('on a phone a folded score bar shows its total and band whole, under a handle that says it opens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [
    '/it/tools/tokuhashi/?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none',
    '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
    '/en/tools/noms/?escc=2&myelopathy=no&histology=renal&sins=12&mechanicalPain=yes&surgeryFit=yes',
  ]) {
    await page.goto(path);
    await waitForHydration(page);
    const bar = (await page.locator('.calc__result').boundingBox())!;
    for (const part of ['score-total', 'score-band']) {
      const box = (await page.getByTestId(part).boundingBox())!;
      expect(box.y + box.height, `${path} ${part}`).toBeLessThanOrEqual(Math.min(bar.y + bar.height, 844) + 0.5);
    }
    expect(await page.locator('.calc__result').evaluate((el) => getComputedStyle(el, '::before').height), path).not.toBe('auto');
  }
});

test('on a phone every tool keeps its result bar in view at the foot of the screen from its first input on', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const tools = readdirSync('content/tools/en').map((f) => f.replace(/\.mdx$/, ''));
  const hidden: string[] = [];
  let checked = 0;
  for (const tool of tools) {
    await page.goto(`/en/tools/${tool}/`);
    await waitForHydration(page);
    // The evidence table has no result to keep in view.
    if ((await page.locator('.calc__result').count()) === 0) continue;
    checked++;
    const first = page.locator('.calc__inputs').first().locator('input, select, button').first();
    await first.scrollIntoViewIfNeeded();
    await first.focus();
    const bar = await page.locator('.calc__result').first().boundingBox();
    // Sticky at the bottom: the whole bar on screen, and low (the inputs keep the rest of the screen).
    if (!bar || bar.y < 844 / 2 || bar.y + bar.height > 844 + 1) hidden.push(`${tool}: bar at ${bar?.y}–${bar ? bar.y + bar.height : '?'}`);
  }
  expect(hidden).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(tools.length - 1);
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

import { test, expect, waitForHydration, axeViolations, darkRules } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { moduleSlugs } from '../../src/core/content/lesson-slugs';

/** The lesson tool ids, read from the registry's source (it imports .astro files, so it cannot be imported here). */
const lessonToolIds = (() => {
  const src = readFileSync(new URL('../../src/components/widgets/lesson-widgets.ts', import.meta.url), 'utf8');
  const block = src.slice(src.indexOf('export const lessonToolWidgets'));
  return [...block.slice(block.indexOf('{'), block.indexOf('}')).matchAll(/^\s*['"]?([a-z0-9-]+)['"]?\s*:/gm)].map((m) => m[1]!);
})();

/**
 * What a user notices: the URL (tool pages keep their state in it), the text of the widget's live regions and the
 * state attributes React renders. A native control changing on its own (a checkbox ticking) does not count.
 */
function widgetState(root: Locator) {
  return root.evaluate((el) => [
    location.search,
    ...[...el.querySelectorAll('[aria-live]')].map((r) => r.textContent),
    ...[...el.querySelectorAll('[aria-pressed],[aria-checked],[aria-sort],[data-verdict]')].map((r) => r.outerHTML.slice(0, r.outerHTML.indexOf('>'))),
  ].join('\n'));
}

/** Where the first control needs a particular key, name it here; otherwise the key follows the control's kind. */
const firstKeys: Record<string, string[]> = {};

/** Lesson islands hydrate when visible: scroll one into view and wait for that island only. */
async function hydrateWidget(page: Page, widget: string) {
  const root = page.locator(`[data-widget="${widget}"]`).first();
  await root.scrollIntoViewIfNeeded();
  const island = page.locator('astro-island', { has: root }).first();
  await expect.poll(() => island.evaluate((el) => el.hasAttribute('ssr'))).toBe(false);
  return root;
}

test.describe('lesson widgets (issue 15)', () => {
  test('a lesson tool keeps its state in a shareable link: notices for unknown input, the URL follows each choice', async ({ page }) => {
    await page.goto('/en/tools/embolization-planner/?indication=palliative&flags=adamkiewicz,teleport&colour=red');
    await waitForHydration(page);
    await expect(page.getByTestId('emb-verdict')).toHaveAttribute('data-verdict', 'stop');
    await expect(page.getByTestId('query-notices')).toContainText('colour');
    await expect(page.getByTestId('query-notices')).toContainText('teleport');
    await expect(page.getByLabel('Palliative', { exact: true })).toBeChecked();
    await expect(page).toHaveURL(/\?indication=palliative&flags=adamkiewicz$/);
    await page.getByLabel('Radiotherapy', { exact: true }).check();
    await expect(page).toHaveURL(/\?indication=palliative&radiotherapy=yes&flags=adamkiewicz$/);
    await page.goto('/it/tools/pain-generator/?load=yes&rest=no&radiating=no&deficit=no');
    await waitForHydration(page);
    await expect(page.getByTestId('check-verdict')).toHaveAttribute('data-verdict', 'mechanical');
  });

  test('every built lesson page embeds at least one widget, in both languages', async ({ request }) => {
    for (const lang of ['it', 'en'] as const) {
      for (const slug of Object.values(moduleSlugs)) {
        const html = await (await request.get(`/${lang}/lessons/${slug}/`)).text();
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        expect(main, `${lang}/${slug}`).toMatch(/<astro-island[^>]*>[\s\S]*?data-widget="/);
      }
    }
  });

  test('the cryoablation planner is driven by keyboard in the lesson; a shared plan opens in Italian and follows keyboard and pointer', async ({ page }) => {
    await page.goto('/en/lessons/m09-cryoablation/');
    const planner = await hydrateWidget(page, 'cryo-planner');
    const probe = (n: number) => planner.locator(`[data-probe="${n}"]`);
    await probe(1).focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(probe(1)).toHaveAttribute('aria-label', 'Probe 1: x 35 mm, y 40 mm');
    await planner.getByTestId('cryo-add').press('Enter');
    await probe(2).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(planner.getByTestId('cryo-ice')).toHaveText('Ice beyond the tumour (0 °C edge): 5.3 mm at the thinnest point.');
    await expect(planner.getByTestId('cryo-cirse')).toHaveAttribute('data-met', 'true');
    await expect(planner.getByTestId('cryo-structure')).toHaveAttribute('data-state', 'clear');
    // The link carries the plan to the tool page, where the Italian page reads it back.
    await page.goto('/it/tools/cryo-planner/?scenario=vertebra&cycle=second&probes=50,38');
    await expect(page.getByTestId('cryo-structure')).toHaveAttribute('data-state', 'ice-reaches');
    await expect(page.getByRole('alert')).toContainText('mai con liquidi');
    await page.locator('[data-probe="1"]').focus();
    await page.keyboard.press('Shift+ArrowUp');
    await expect(page).toHaveURL(/probes=50%2C33|probes=50,33/);
    // Pointer: drag the probe up and to the left; the plan and the link follow.
    const box = (await page.locator('[data-probe="1"] .cryo-probe__dot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 30, box.y - 20, { steps: 5 });
    await page.mouse.up();
    await expect(page.locator('[data-probe="1"]')).not.toHaveAttribute('aria-label', 'Sonda 1: x 50 mm, y 33 mm');
    await expect(page).not.toHaveURL(/probes=50%2C33|probes=50,33/);
  });

  test("a lesson's check stores the answer as a review card (the store loads on the click, issue 12)", async ({ page }) => {
    await page.goto('/en/lessons/m14-combined-iort/');
    const check = await hydrateWidget(page, 'lesson-check');
    const question = check.getByTestId('question').first();
    if ((await question.getAttribute('data-type')) === 'numeric') await question.getByTestId('numeric-answer').fill('1');
    else await question.locator('input').first().check();
    await check.getByTestId('lesson-check-submit').first().click();
    await expect(check.getByTestId('feedback').first()).toBeVisible();
    const reviews = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('percutanea');
            // Until the store's first write there is no log (nothing opens it at load): never create an empty one here.
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => resolve(-1);
            open.onsuccess = () => {
              const count = open.result.transaction('events').objectStore('events').index('type').count('review');
              count.onsuccess = () => (open.result.close(), resolve(count.result));
            };
          }),
      );
    await expect.poll(reviews).toBe(1);
  });

  test('a section "check yourself" block is answered by keyboard; every block on the page runs the same island script', async ({ page }) => {
    await page.goto('/it/lessons/m09-cryoablation/');
    const blocks = page.locator('[data-section-check]');
    await expect(blocks).toHaveCount(2);
    const urls = await page.locator('astro-island[component-url*="LessonCheck"]').evaluateAll((els) => els.map((el) => el.getAttribute('component-url')));
    expect(urls.length).toBeGreaterThanOrEqual(3);
    expect(new Set(urls).size).toBe(1);
    const block = blocks.first();
    await block.scrollIntoViewIfNeeded();
    const island = block.locator('astro-island').first();
    await expect.poll(() => island.evaluate((el) => el.hasAttribute('ssr'))).toBe(false);
    const item = block.getByTestId('lesson-check-item').first();
    await item.locator('input').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(item.getByTestId('feedback')).toBeVisible();
    await expect(item.getByTestId('feedback')).toHaveAttribute('data-verdict', /right|wrong|partial/);
  });

  for (const lang of ['it', 'en'] as const) {
    // Each widget is also checked by axe after it has responded, and for sideways scrolling: English on a desktop
    // in the light theme with the full rule set, Italian on a 390 px phone in the dark theme with the rules that
    // colours and a narrow screen can break (the markup is the same in both languages).
    const phone = lang === 'it';
    test(`every lesson widget responds to the keyboard on its tool page and passes axe (${lang}, ${phone ? '390 px, dark' : 'desktop, light'})`, async ({ page }) => {
      expect(lessonToolIds.length).toBeGreaterThanOrEqual(15);
      await page.emulateMedia({ colorScheme: phone ? 'dark' : 'light' });
      if (phone) await page.setViewportSize({ width: 390, height: 844 });
      for (const id of lessonToolIds) {
        await page.goto(`/${lang}/tools/${id}/`);
        await waitForHydration(page);
        const root = page.locator('main [data-widget]').first();
        const before = await widgetState(root);
        // Start from the heading and Tab, as a keyboard user does, until focus enters the widget.
        await page.locator('main h1').evaluate((h) => { h.tabIndex = -1; (h as HTMLElement).focus(); });
        let tabs = 0;
        while (!(await root.evaluate((el) => el.contains(document.activeElement)))) {
          expect(++tabs, `${lang}/${id}: Tab never reaches the widget`).toBeLessThan(25);
          await page.keyboard.press('Tab');
        }
        const control = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return { tag: el.tagName.toLowerCase(), type: el.type, checked: el.checked };
        });
        const keys = firstKeys[id]
          ?? (control.type === 'radio' ? [control.checked ? 'ArrowDown' : 'Space']
            : control.type === 'checkbox' ? ['Space']
            : control.tag === 'select' || control.type === 'range' || control.type === 'number' ? ['ArrowDown']
            : ['Enter']);
        for (const key of keys) await page.keyboard.press(key);
        await expect.poll(() => widgetState(root), { message: `${lang}/${id}: ${keys.join('+')} on ${control.tag}[${control.type}] changed nothing`, timeout: 3000 }).not.toBe(before);
        expect(await axeViolations(page, phone ? [...darkRules, 'scrollable-region-focusable'] : undefined), `${lang}/${id}: axe`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${lang}/${id}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });
  }
});

import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Reading a lesson: glossary tips and citation previews by mouse, keyboard and touch, and where a tip opens.

const lesson = (lang: string) => `/${lang}/lessons/m06-vertebroplasty/`;
/** Terms followed closely by a citation in the lesson: "… conscious sedation (Gangi 2010)". */
const termsBeforeCitations = ['vertebral-body', 'conscious-sedation'];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box of the first element after the term (in reading order) that a reader can focus or tap. */
async function nextInteractiveBox(term: Locator): Promise<Box & { text: string }> {
  return term.evaluate((el) => {
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')];
    const next = focusable.find((f) => !el.contains(f) && el.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)!;
    const r = next.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: next.textContent ?? '' };
  });
}

/** The tip is shown whole: inside the viewport, and over nothing the reader could want to tap next. */
async function expectTipClearOfNext(page: Page, term: Locator) {
  const tip = term.locator('.term__tip');
  await expect(tip).toBeVisible();
  const box = (await tip.boundingBox())!;
  const next = await nextInteractiveBox(term);
  expect(intersects(box, next), `tip ${JSON.stringify(box)} covers "${next.text}" ${JSON.stringify(next)}`).toBe(false);
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

for (const width of [390, 1366]) {
  test(`a glossary tip never covers the citation that follows the term, nor leaves the screen (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const lang of ['it', 'en']) {
      await page.goto(lesson(lang));
      for (const id of termsBeforeCitations) {
        const term = page.locator(`.term[data-term="${id}"]`).first();
        await term.scrollIntoViewIfNeeded();
        await term.locator('.term__word').hover();
        await expectTipClearOfNext(page, term);
        await term.locator('.term__word').focus();
        await expectTipClearOfNext(page, term);
        await page.keyboard.press('Escape');
        await page.mouse.move(0, 0);
      }
    }
  });
}

test('a citation previews its reference on mouse hover, only its own in a group, and closes when the mouse leaves or on Esc', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(lesson('en'));
  const cite = page.locator('.cite__link[data-cite="gangi2010"]').first();
  const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
  const reference = await page.locator('#ref-gangi2010').innerText();
  await cite.hover();
  await expect(tip).toBeVisible();
  expect(reference).toContain((await tip.innerText()).trim());
  await expect(tip).toContainText('Quality improvement guidelines for bone tumour management');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await cite.hover();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // In a group "(A 2014; B 1987)" the pointer over B previews B alone.
  const group = page.locator('.cite').filter({ has: page.locator('.cite__link').nth(1) }).first();
  const [first, second] = [group.locator('.cite__link').nth(0), group.locator('.cite__link').nth(1)];
  await second.scrollIntoViewIfNeeded();
  await second.hover();
  await expect(group.locator(`#${await second.getAttribute('aria-describedby')}`)).toBeVisible();
  await expect(group.locator(`#${await first.getAttribute('aria-describedby')}`)).toBeHidden();
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap on a glossary term shows its tip; a tap elsewhere or on the term again closes it', async ({ page }) => {
    await page.goto(lesson('it'));
    const term = page.locator('.term[data-term="conscious-sedation"]').first();
    const word = term.locator('.term__word');
    const tip = term.locator('.term__tip');
    await word.scrollIntoViewIfNeeded();
    await word.tap();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Conscious sedation');
    await expectTipClearOfNext(page, term);
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();

    await word.tap();
    await expect(tip).toBeVisible();
    await word.tap();
    await expect(tip).toBeHidden();
  });

  test('a tap on a citation previews the reference in place; a tap elsewhere closes it, a second tap opens the list', async ({ page }) => {
    await page.goto(lesson('it'));
    const cite = page.locator('.cite__link[data-cite="gangi2010"]').first();
    const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    const reference = await page.locator('#ref-gangi2010').innerText();
    await cite.scrollIntoViewIfNeeded();
    await cite.tap();
    await expect(tip).toBeVisible();
    expect(reference).toContain((await tip.innerText()).trim());
    await expect(tip).toBeInViewport({ ratio: 1 });
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();

    await cite.tap();
    await expect(tip).toBeVisible();
    await cite.tap();
    await expect(page).toHaveURL(/#ref-gangi2010$/);
    await expect(page.locator('#ref-gangi2010')).toBeInViewport();
  });
});

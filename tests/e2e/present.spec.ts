import { test, expect, expectNoAxeViolations, waitForHydration } from './fixtures';
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Lecturer mode: decks for cases, modules and algorithms; keyboard, fragments, speaker window in sync,
// playlist URL through the builder, printed handout, accessibility.

interface CaseFile { id: string; title: { it: string; en: string }; quiz: unknown[]; teachingPoints: unknown[] }
const cases: CaseFile[] = readdirSync('content/cases')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join('content/cases', f), 'utf8')) as CaseFile);
const lessonSlugs = readdirSync('content/lessons/it').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const algorithmIds = ['a1-cirse-algorithm', 'a2-cirse-strategy', 'a3-bone-metastases-management', 'a4-noms', 'a5-ablation-indications-timing'];

const slide = (page: Page) => page.getByTestId('slide');
const number = (page: Page) => page.getByTestId('slide-number');
const total = async (page: Page) => Number((await number(page).textContent())?.match(/\/\s*(\d+)/)?.[1]);

async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForHydration(page);
  await expect(page.getByTestId('deck')).toBeVisible();
}

test.describe('a deck for every case, in both languages', () => {
  test('there are cases to present', () => expect(cases.length).toBeGreaterThanOrEqual(16));
  for (const lang of ['it', 'en'] as const) {
    for (const c of cases) {
      test(`${c.id} (${lang})`, async ({ page }) => {
        await open(page, `/${lang}/present/${c.id}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title[lang]);
        await expect(page.getByTestId('slide-notice')).toHaveText(lang === 'it' ? 'A scopo didattico, non per decisioni cliniche.' : 'For education, not for clinical decisions.');
        const n = await total(page);
        // title, presentation, imaging, questions, (scores), decision, procedure, outcome, teaching points, references
        expect(n).toBeGreaterThanOrEqual(8 + c.quiz.length);
        await expect(page.locator('[data-testid="slide"][data-kind="question"]')).toHaveCount(0);
        await page.keyboard.press('End');
        await expect(slide(page)).toHaveAttribute('data-slide-id', 'references');
        await expect(number(page)).toContainText(`${n} / ${n}`);
        await expect(page.locator('body')).not.toContainText(/NaN|undefined/);
      });
    }
  }
});

test('every module and every algorithm has a deck in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['it', 'en'] as const) {
    for (const slug of lessonSlugs) {
      await open(page, `/${lang}/present/lesson/${slug}/`);
      await expect(page.getByTestId('slide-notice')).toBeVisible();
      expect(await total(page), slug).toBeGreaterThan(4);
    }
    for (const id of algorithmIds) {
      await open(page, `/${lang}/present/algorithm/${id}/`);
      await expect(page.getByTestId('slide-notice')).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(slide(page)).toHaveAttribute('data-kind', 'algorithm-question');
    }
  }
});

test('keyboard: arrows, space, PageDown/PageUp, fragments, overview, go to, blank, full screen', async ({ page }) => {
  await open(page, '/en/present/sins-t11/');
  await expect(number(page)).toContainText('1 / 12');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'presentation');
  await page.keyboard.press('PageDown');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'imaging');
  await page.keyboard.press('Space');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'question-sins-total');
  await expect(page).toHaveURL(/#\/4$/);

  // The answer is hidden until revealed, then comes step by step.
  const answer = slide(page).locator('.fragment').nth(0);
  const explanation = slide(page).locator('.fragment').nth(1);
  await expect(answer).toBeHidden();
  await expect(explanation).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(answer).toBeVisible();
  await expect(answer).toHaveText('Answer: 12 points');
  await expect(explanation).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(explanation).toBeVisible();
  await expect(page).toHaveURL(/#\/4\/2$/);
  await page.keyboard.press('PageUp');
  await expect(explanation).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'imaging');

  // Overview: O opens, arrows move, Enter goes, Escape closes.
  await page.keyboard.press('o');
  const overview = page.getByTestId('overview');
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button', { name: /^\d+\. / })).toHaveCount(12);
  await expect(overview.getByRole('button', { name: /^3\. / })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'question-sins-total');
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();

  // Go to: G then the number.
  await page.keyboard.press('g');
  await expect(page.getByTestId('goto-input')).toBeFocused();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(number(page)).toContainText('6 / 12');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'score-sins');
  await expect(page.getByTestId('slide-link')).toHaveAttribute('href', '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral');

  // Blank screen: B, then full stop (clickers send either).
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('blank-screen')).toHaveCount(0);

  // Full screen with F, and out again.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('deck');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  // A link to a position opens there.
  await page.goto('/en/present/sins-t11/#/4/1');
  await waitForHydration(page);
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'question-sins-total');
  await expect(slide(page).locator('.fragment').nth(0)).toBeVisible();
  await expect(slide(page).locator('.fragment').nth(1)).toBeHidden();
});

test('the speaker window stays in sync both ways and switches the audience language', async ({ page, context }) => {
  await open(page, '/it/present/sins-t11/');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'presentation');

  // S opens the speaker view in a second window at the same position.
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(popup).toHaveURL(/\/it\/present\/sins-t11\/\?view=speaker#\/2$/);
  await popup.close();

  const speaker = await context.newPage();
  await speaker.goto('/it/present/sins-t11/?view=speaker');
  await waitForHydration(speaker);
  await expect(speaker.getByTestId('speaker-view')).toBeVisible();
  // The newcomer adopts the audience's position.
  await expect(speaker.getByTestId('slide')).toHaveAttribute('data-slide-id', 'presentation');
  await expect(speaker.getByTestId('speaker-next')).toHaveAttribute('data-slide-id', 'imaging');
  await expect(speaker.getByTestId('speaker-notes')).toContainText("chiedete all'aula");
  await expect(speaker.getByTestId('speaker-elapsed')).toHaveText(/^\d\d:\d\d$/);
  await expect(speaker.getByTestId('speaker-clock')).toHaveText(/^\d\d:\d\d$/);

  // Speaker → audience.
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('ArrowRight');
  await speaker.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'question-sins-total');
  await expect(slide(page).locator('.fragment').nth(0)).toBeVisible();
  // Audience → speaker.
  await page.keyboard.press('ArrowLeft');
  await expect(speaker.getByTestId('slide')).toHaveAttribute('data-slide-id', 'question-sins-total');
  await expect(speaker.getByTestId('slide').locator('.fragment').nth(0)).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(speaker.getByTestId('slide')).toHaveAttribute('data-slide-id', 'imaging');

  // Language switch from the speaker view: both windows follow, the address stays.
  const audienceUrl = page.url();
  await speaker.getByTestId('speaker-lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imaging findings');
  await expect(speaker.getByTestId('speaker-notes')).toContainText('Let the room describe');
  expect(page.url()).toBe(audienceUrl);
  await speaker.getByTestId('speaker-lang-it').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reperti di imaging');

  // Blank from the speaker view.
  await speaker.getByTestId('speaker-blank').click();
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await page.keyboard.press('b');
  await expect(speaker.getByTestId('speaker-blank')).toHaveAttribute('aria-pressed', 'false');
});

test('the playlist URL round-trips through the lecture builder', async ({ page }) => {
  await page.goto('/en/present/?items=case:sins-t11,algorithm:a4-noms');
  await waitForHydration(page);
  const builder = page.getByTestId('present-builder');
  await expect(builder.locator('input[data-item="case:sins-t11"]')).toBeChecked();
  await expect(builder.locator('input[data-item="algorithm:a4-noms"]')).toBeChecked();
  await builder.locator('input[data-item="lesson:m06-vertebroplasty"]').check();
  await page.getByRole('button', { name: /^Move up: M6/ }).click();
  await expect(page).toHaveURL(/\/en\/present\/\?items=case:sins-t11,lesson:m06-vertebroplasty,algorithm:a4-noms$/);
  const start = page.getByTestId('start-playlist');
  await expect(start).toHaveAttribute('href', '/en/present/playlist/?items=case:sins-t11,lesson:m06-vertebroplasty,algorithm:a4-noms');
  await start.click();

  await expect(page).toHaveURL(/\/en\/present\/playlist\/\?items=case:sins-t11,lesson:m06-vertebroplasty,algorithm:a4-noms/);
  await waitForHydration(page);
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'agenda');
  const outline = slide(page).locator('ol.b-list li');
  await expect(outline).toHaveCount(3);
  await expect(outline.nth(2)).toHaveText('NOMS: neurologic, oncologic, mechanical, systemic');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'case-sins-t11/title');
  await page.keyboard.press('End');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'algorithm-a4-noms/references');

  // Back to the builder with the same lecture.
  await page.getByRole('link', { name: 'Exit' }).click();
  await expect(page).toHaveURL(/\/en\/present\/\?items=case:sins-t11,lesson:m06-vertebroplasty,algorithm:a4-noms$/);
  await waitForHydration(page);
  await expect(page.getByTestId('playlist-order').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('playlist-link')).toHaveValue(/\/en\/present\/playlist\/\?items=case:sins-t11,lesson:m06-vertebroplasty,algorithm:a4-noms$/);
});

test('a playlist with illegal items shows a notice and presents the rest', async ({ page }) => {
  await page.goto('/it/present/playlist/?items=case:nope,video:x,lesson:m06-vertebroplasty,lesson:m06-vertebroplasty');
  await waitForHydration(page);
  const notices = page.getByTestId('playlist-notices');
  await expect(notices).toContainText('case:nope');
  await expect(notices).toContainText('video:x');
  await expect(notices).toContainText('Voce ripetuta');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'agenda');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide-id', 'lesson-m06-vertebroplasty/title');

  await page.goto('/en/present/playlist/?items=nothing');
  await waitForHydration(page);
  await expect(page.getByTestId('playlist-notices')).toContainText('nothing');
  await expect(page.getByTestId('playlist-status')).toContainText('no slides yet');
});

function pdfPages(pdf: Buffer): { count: number; landscape: boolean } {
  const text = pdf.toString('latin1');
  const count = [...text.matchAll(/\/Type\s*\/Page(?![s\w])/g)].length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const landscape = box ? Number(box[3]) - Number(box[1]) > Number(box[4]) - Number(box[2]) : false;
  return { count, landscape };
}

test('the handout prints one slide per landscape page, or six per page', async ({ page }) => {
  await page.goto('/en/present/sins-t11/?print=1');
  await waitForHydration(page);
  const pages = page.getByTestId('handout-page');
  await expect(pages).toHaveCount(12);
  await expect(page.getByTestId('handout-notice')).toHaveText('For education, not for clinical decisions.');
  await page.emulateMedia({ media: 'print' });
  const breaks = await pages.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks.slice(0, -1)).toEqual(Array(11).fill('page'));
  await expect(page.getByTestId('handout').locator('.handout__toolbar')).toBeHidden();
  // Every fragment is printed.
  expect(await page.locator('.fragment').evaluateAll((els) => els.every((e) => getComputedStyle(e).visibility === 'visible'))).toBe(true);
  for (const p of await pages.all()) await expect(p).toContainText('For education, not for clinical decisions.');
  const single = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(single).toEqual({ count: 12, landscape: true });

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/en/present/sins-t11/?print=1&notes=1');
  await waitForHydration(page);
  await expect(page.getByTestId('handout-notes')).toHaveCount(12);

  await page.goto('/en/present/sins-t11/?print=grid');
  await waitForHydration(page);
  await expect(page.getByTestId('handout-page')).toHaveCount(2);
  const grid = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(grid).toEqual({ count: 2, landscape: true });
});

test.describe('accessibility', () => {
  test('audience view passes axe, title and question slides', async ({ page }) => {
    await open(page, '/en/present/sins-t11/');
    await expectNoAxeViolations(page);
    await page.goto('/it/present/sins-t11/#/4/2');
    await waitForHydration(page);
    await expect(slide(page).locator('.fragment').nth(1)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the overview passes axe', async ({ page }) => {
    await open(page, '/en/present/algorithm/a4-noms/');
    await page.keyboard.press('o');
    await expect(page.getByTestId('overview')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the speaker view passes axe', async ({ page }) => {
    await page.goto('/en/present/lesson/m04-scores/?view=speaker');
    await waitForHydration(page);
    await expect(page.getByTestId('speaker-view')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the lecture builder passes axe', async ({ page }) => {
    await page.goto('/it/present/?items=case:sins-t11,lesson:m04-scores');
    await waitForHydration(page);
    await expect(page.getByTestId('playlist-order').getByRole('listitem')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('the handout with notes passes axe', async ({ page }) => {
    await page.goto('/it/present/urothelial-l2/?print=1&notes=1');
    await waitForHydration(page);
    await expect(page.getByTestId('handout-notes').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

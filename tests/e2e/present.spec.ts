import { test, expect, waitForHydration } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Lecturer mode, a few journeys: decks on reveal.js with their figures, keys, swipe and the overview; the
// speaker window at 1280×800 with pacing that survives a reload; a lecture with an own Markdown slide and an
// own image, exported, cleared, imported and presented; handouts legible in print. (Every page load is
// checked for requests to other origins by the fixture.)

const present = (page: Page) => page.locator('.reveal .slides > section.present');

async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForHydration(page);
  await expect(page.locator('.reveal.ready')).toBeVisible();
}

test('case, module and algorithm decks show their figure in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const decks = [
    ['sins-t11', 's-imaging', 'case-schematic'],
    ['lesson/m06-vertebroplasty', 's-figure-transpedicular-path', 'transpedicular-path'],
    ['algorithm/a4-noms', 's-map', 'algorithm-map'],
  ] as const;
  const titles: Record<string, string[]> = {};
  for (const lang of ['it', 'en'] as const) {
    for (const [path, slideId, figure] of decks) {
      await open(page, `/${lang}/present/${path}/#/${slideId}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const fig = present(page).locator(`[data-testid="slide-figure"][data-figure-key="${figure}"] svg`);
      await expect(fig, `${lang} ${path}`).toBeVisible();
      const box = await fig.boundingBox();
      // Big enough to read on a 1366×768 projector.
      expect(box?.height ?? 0, `${lang} ${path}`).toBeGreaterThan(figure === 'case-schematic' ? 300 : 380);
      (titles[path] ??= []).push((await fig.locator('title').first().textContent()) ?? '');
    }
  }
  // Each language draws its own labels.
  for (const [path, [it, en]] of Object.entries(titles)) expect(it, path).not.toBe(en);
  // The algorithm's steps light the path on the map, and twin questions say where they come from.
  await open(page, '/en/present/algorithm/a4-noms/#/s-node-oncologic-low-grade');
  const map = present(page).locator('[data-testid="slide-figure"]');
  await expect(map.locator('[data-node="neurologic"]')).toHaveClass(/is-lit/);
  await expect(map.locator('[data-node="oncologic-low-grade"]')).toHaveClass(/is-current/);
  await expect(map.locator('[data-node="oncologic-high-grade-no-deficit"]')).not.toHaveClass(/is-lit/);
  await expect(present(page)).toContainText('Low grade');
  // The step's map is framed on its neighbourhood: the current step's words are readable at 1366×768.
  const words = map.locator('[data-node="oncologic-low-grade"] text');
  expect(await words.evaluate((el) => el.getBoundingClientRect().height / (el.querySelectorAll('tspan').length || 1))).toBeGreaterThan(12);
  // A module deck runs its lesson's widget live on a slide, loaded when the slide is shown.
  await open(page, '/en/present/lesson/m09-cryoablation/#/s-title');
  const widget = page.locator('[data-testid="slide-widget"][data-widget="CryoPlanner"]');
  await expect(widget).toHaveAttribute('data-loaded', 'false');
  await page.goto('/en/present/lesson/m09-cryoablation/#/s-widget-cryo-planner');
  await expect(present(page).locator('[data-testid="slide-widget"]')).toHaveAttribute('data-loaded', 'true');
  await expect(present(page).locator('[data-testid="slide-widget"] svg').first()).toBeVisible();
  // M4's SINS slide is the generic sum-score view with its spine picker: it scores on the slide.
  await page.goto('/en/present/lesson/m04-scores/#/s-widget-sins-calculator');
  const sins = present(page).locator('[data-testid="slide-widget"][data-widget="SinsCalculator"]');
  await expect(sins).toHaveAttribute('data-loaded', 'true');
  await sins.getByRole('radio', { name: /^Mechanical/ }).check();
  await expect(sins.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
  await expect(sins.getByTestId('score-missing')).not.toContainText('Pain');
  // Every module's widget is a slide (a unit test checks the decks): a checker, in Italian, then live in English,
  // inside the 1366×768 screen (it scrolls within the slide rather than shrinking the deck).
  await open(page, '/it/present/lesson/m01-multidisciplinary/#/s-widget-pain-generator-check');
  const checker = present(page).locator('[data-testid="slide-widget"][data-widget="PainGeneratorCheck"]');
  await expect(checker).toHaveAttribute('data-loaded', 'true');
  await expect(checker).toContainText('dolore');
  expect(await checker.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(768);
  await page.getByTestId('audience-lang').click();
  await expect(checker).toContainText('pain');
  await expect(checker).not.toContainText('dolore');
});

test('keys, swipe and an overview that keeps the answers hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '/en/present/sins-t11/');
  await expect(page.getByTestId('slide-notice').first()).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'presentation');
  await page.keyboard.press('ArrowRight');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'imaging');
  await page.keyboard.press('PageUp');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'presentation');
  // PowerPoint habit: a number, then Enter.
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deck')).toHaveAttribute('data-slide', '4');
  // The URL names the slide, and a reload lands there.
  await expect.poll(() => page.url()).toContain('#/s-');
  // Overview: the question's answer (not reached yet) stays hidden.
  await open(page, '/en/present/sins-t11/#/s-question-sins-band');
  await page.keyboard.press('o');
  await expect(page.locator('.reveal.overview')).toBeVisible();
  const answer = page.locator('section[data-slide-id="question-sins-band"] .b-text--answer');
  await expect(answer).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal.overview')).toHaveCount(0);
  // The answer comes when the lecturer steps to it.
  await page.keyboard.press('ArrowRight');
  await expect(answer).toBeVisible();
});

test('a swipe moves the slides on a touch screen and never leaves the deck', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await open(page, '/en/present/sins-t11/');
  const cdp = await context.newCDPSession(page);
  const swipe = async (fromX: number, toX: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y: 400 }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y: 400 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(800, 200);
  await expect(present(page)).toHaveAttribute('data-slide-id', 'presentation');
  await swipe(200, 800);
  await expect(present(page)).toHaveAttribute('data-slide-id', 'title');
  expect(page.url()).toContain('/en/present/sins-t11/');
  await context.close();
});

test('speaker view: fits 1280×800, drives the room, notes in its own language, pacing survives a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '/en/present/sins-t11/');
  const speaker = await page.context().newPage();
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await speaker.goto('/en/present/sins-t11/?view=speaker');
  await waitForHydration(speaker);
  await expect(speaker.getByTestId('speaker-view')).toBeVisible();
  // Nothing below the fold.
  expect(await speaker.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
  for (const id of ['speaker-notes', 'speaker-next', 'speaker-elapsed', 'speaker-pace', 'next']) await expect(speaker.getByTestId(id)).toBeInViewport();

  await speaker.getByTestId('next').click();
  await expect(present(page)).toHaveAttribute('data-slide-id', 'presentation');
  // The room in Italian, the notes still in English.
  await speaker.getByTestId('notes-lang-en').click();
  await speaker.getByTestId('speaker-lang-it').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(present(page).locator('.slide__title')).toHaveText('Presentazione clinica');
  await expect(speaker.getByTestId('speaker-notes')).toHaveAttribute('lang', 'en');

  // A 1-minute target, a timer that started 3 minutes ago: behind, and still so after a reload.
  await speaker.getByTestId('speaker-target').fill('1');
  await speaker.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('percutanea-speaker-timer:'));
    if (!key) throw new Error('no timer stored');
    const t = JSON.parse(localStorage.getItem(key) ?? '{}');
    localStorage.setItem(key, JSON.stringify({ ...t, start: Date.now() - 3 * 60_000 }));
  });
  await speaker.reload();
  await waitForHydration(speaker);
  await expect(speaker.getByTestId('speaker-target')).toHaveValue('1');
  await expect(speaker.getByTestId('speaker-elapsed')).toHaveText(/^0[3-4]:\d\d$/);
  await expect(speaker.getByTestId('speaker-pace')).toHaveAttribute('data-pace', 'behind');
});

test('a lecture with an own Markdown slide and an own image: built, exported, cleared, imported, presented', async ({ page }) => {
  await page.goto('/en/present/');
  await waitForHydration(page);
  // A 2×2 PNG picked from "disk".
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
  await page.getByTestId('own-title').fill('My own case');
  await page.getByTestId('own-markdown').fill('- CT after cement\n\nNotes:\nShow the leak.\n');
  await page.getByTestId('own-image').setInputFiles({ name: 'ct.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('own-markdown')).toHaveValue(/!\[ct\.png\]\(img:[a-z0-9]+\)/);
  await page.getByTestId('own-save').click();
  await page.locator('input[data-item="case:sins-t11"]').check();
  await page.getByTestId('lecture-title').fill('Cement day');
  await expect(page.getByTestId('playlist-order').locator('li')).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lecture-export').click()]);
  const exported = readFileSync((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'percutanea-lecture', title: 'Cement day' });

  // Another computer: nothing stored, no lecture in the address.
  await page.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('percutanea-lecturer'); q.onsuccess = q.onerror = q.onblocked = () => r(null); }));
  await page.goto('/en/present/');
  await waitForHydration(page);
  await expect(page.getByTestId('own-slides').locator('li')).toHaveCount(0);
  // A foreign file: a clear message, nothing changed.
  await page.getByTestId('lecture-import').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"percutanea-progress","version":2}') });
  await expect(page.getByTestId('lecture-file-message')).toContainText('not a lecture exported from Percutanea');
  await page.getByTestId('lecture-import').setInputFiles({ name: 'lecture.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByTestId('lecture-file-message')).toContainText('Lecture imported: Cement day');
  await expect(page.getByTestId('playlist-order').locator('li')).toHaveCount(2);

  await page.getByTestId('start-playlist').click();
  await waitForHydration(page);
  await expect(page.locator('.reveal.ready')).toBeVisible();
  await expect(page).toHaveTitle(/Cement day/);
  await page.keyboard.press('ArrowRight');
  await expect(present(page)).toHaveAttribute('data-slide-id', /^own-/);
  await expect(present(page)).toContainText('CT after cement');
  const img = present(page).locator('img');
  await expect(img).toHaveAttribute('src', /^blob:/);
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(2);
  // One merged reference list at the end, none left inside the case's own slides.
  await page.keyboard.press('End');
  await expect(present(page)).toHaveAttribute('data-kind', 'references');
  await expect(present(page)).toHaveAttribute('data-slide-id', /^references/);
  await expect(page.locator('.reveal .slides > section[data-slide-id$="/references"]')).toHaveCount(0);
});

test('a lecture skips the slides the lecturer left out, and names what it ignored in the address', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const query = '?items=case:sins-t11,algorithm:a4-noms&skip=case:sins-t11/imaging,case:sins-t11/presentation&utm_source=mail';
  await open(page, `/en/present/playlist/${query}`);
  await expect(page.locator('.reveal .slides > section[data-slide-id="case-sins-t11/title"]')).toHaveCount(1);
  await expect(page.locator('.reveal .slides > section[data-slide-id^="case-sins-t11/imaging"]')).toHaveCount(0);
  await expect(page.locator('.reveal .slides > section[data-slide-id^="case-sins-t11/presentation"]')).toHaveCount(0);
  // The speaker window says which parameter was ignored; the room does not see it.
  await expect(page.getByTestId('playlist-notices')).toHaveCount(0);
  await page.goto(`/en/present/playlist/${query}&view=speaker`);
  await waitForHydration(page);
  await expect(page.getByTestId('playlist-notices')).toContainText('Unknown parameter ignored: utm_source');
});

test('handouts: six per page without answers, no printed text under 9 pt', async ({ page }) => {
  await page.goto('/en/present/sins-t11/?print=grid&answers=0');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('handout')).toHaveAttribute('data-answers', 'false');
  await expect(page.locator('.handout__page .b-text--answer')).toHaveCount(0);
  const smallest = await page.evaluate(() => {
    let min = Infinity;
    for (const el of document.querySelectorAll('.handout__page *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (hasText) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });
  // 9 pt = 12 CSS px.
  expect(smallest).toBeGreaterThanOrEqual(12);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(1000);
  // With answers: they are printed.
  await page.goto('/en/present/sins-t11/?print=1');
  await waitForHydration(page);
  await expect(page.locator('.handout__page .b-text--answer').first()).toBeAttached();
  // reveal.js's own PDF view of the slides: one page per slide.
  await page.goto('/en/present/sins-t11/?print-pdf');
  await waitForHydration(page);
  await expect(page.locator('.reveal .pdf-page').first()).toBeAttached();
  expect(await page.locator('.reveal .pdf-page').count()).toBeGreaterThanOrEqual(await page.locator('.reveal .slides > section').count());
});

test('a deck names the page it presents as its canonical address, with a description, and is not hidden from search', async ({ page, request }) => {
  const decks = [
    ['/it/present/sins-t11/', '/it/cases/sins-t11/'],
    ['/en/present/lesson/m04-scores/', '/en/lessons/m04-scores/'],
    ['/it/present/algorithm/a4-noms/', '/it/algorithms/a4-noms/'],
    ['/en/present/playlist/?items=case:sins-t11', '/en/present/'],
  ] as const;
  for (const [deck, presents] of decks) {
    await page.goto(deck);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, deck).toBe(presents);
    expect((await request.get(new URL(canonical!).pathname)).status(), canonical!).toBe(200);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    expect(await page.locator('meta[name="description"]').getAttribute('content'), deck).toMatch(/\S{20,}|\S+ \S+ \S+/);
  }
});

test('the slide arrows are named in the deck\'s language', async ({ page }) => {
  await page.goto('/it/present/sins-t11/');
  await waitForHydration(page);
  await expect(page.locator('.reveal .controls .navigate-right')).toHaveAttribute('aria-label', 'Diapositiva successiva');
  await expect(page.locator('.reveal .controls .navigate-left')).toHaveAttribute('aria-label', 'Diapositiva precedente');
  await page.goto('/en/present/sins-t11/');
  await waitForHydration(page);
  await expect(page.locator('.reveal .controls .navigate-right')).toHaveAttribute('aria-label', 'Next slide');
});

test('an empty lecture still says it is for education, not for clinical decisions', async ({ page }) => {
  await page.goto('/it/present/playlist/');
  await waitForHydration(page);
  await expect(page.getByTestId('playlist-status')).toContainText('Questa lezione non ha ancora diapositive');
  await expect(page.getByTestId('playlist-status').getByRole('note')).toHaveText('A scopo didattico, non per decisioni cliniche.');
});

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { review } from '../../src/core/quiz/review';

// Never lose a review, work offline, tell the truth about privacy (issue 13). One journey per test.

const dist = join(process.cwd(), 'dist');

/** The folded view of the progress log, read straight from IndexedDB in the page. */
async function storedLessons(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('percutanea');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => {
            const events = (req.result as { type: string; slug: string; read: boolean; at: string; id: string }[])
              .filter((e) => e.type === 'lesson')
              .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
            const read = new Map<string, boolean>();
            for (const e of events) read.set(e.slug, e.read);
            open.result.close();
            resolve([...read].filter(([, r]) => r).map(([s]) => s).sort());
          };
        };
      }),
  );
}

async function setLegacy(page: Page, value: unknown) {
  await page.goto('/en/glossary/');
  await page.evaluate((v) => localStorage.setItem('percutanea.progress', JSON.stringify(v)), value);
}

const pressed = (page: Page) => page.getByTestId('mark-read').locator('button');

test('two pages saving at the same moment lose nothing over 50 rounds, and a third page follows live', async ({ context }) => {
  test.setTimeout(180_000);
  const a = await context.newPage();
  const b = await context.newPage();
  const progress = await context.newPage();
  await a.goto('/en/lessons/m04-scores/');
  await b.goto('/en/lessons/m09-cryoablation/');
  await progress.goto('/en/progress/');
  await expect(pressed(a)).toBeVisible();
  await expect(pressed(b)).toBeVisible();
  let lost = 0;
  for (let round = 1; round <= 50; round++) {
    const want = round % 2 === 1;
    // Both clicks are dispatched in the same instant, each tab writing its own transaction.
    await Promise.all([a.evaluate(() => document.querySelector<HTMLButtonElement>('mark-read button')!.click()), b.evaluate(() => document.querySelector<HTMLButtonElement>('mark-read button')!.click())]);
    await expect(pressed(a)).toHaveAttribute('aria-pressed', String(want));
    await expect(pressed(b)).toHaveAttribute('aria-pressed', String(want));
    const read = await storedLessons(a);
    const expected = want ? ['m04-scores', 'm09-cryoablation'] : [];
    if (JSON.stringify(read) !== JSON.stringify(expected)) lost++;
  }
  console.log(`two tabs: ${lost} of 100 concurrent marks lost over 50 rounds`);
  expect(lost).toBe(0);
  // Round 50 un-marked both; the progress page saw every change without a reload.
  await expect(progress.getByTestId('lessons-read-count')).toHaveText('Modules read: 0 of 15.');
  await b.evaluate(() => document.querySelector<HTMLButtonElement>('mark-read button')!.click());
  await expect(progress.getByTestId('lessons-read-count')).toHaveText('Modules read: 1 of 15.');
  // …and another lesson page showing the same lesson follows too.
  const c = await context.newPage();
  await c.goto('/en/lessons/m09-cryoablation/');
  await expect(pressed(c)).toHaveAttribute('aria-pressed', 'true');
  await b.evaluate(() => document.querySelector<HTMLButtonElement>('mark-read button')!.click());
  await expect(pressed(c)).toHaveAttribute('aria-pressed', 'false');
});

test('version-3 data with corrupt cards: moved once, cards repaired, review works, nothing thrown', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const day = 86_400_000;
  const card = { due: new Date(Date.now() - day).toISOString(), stability: 0, difficulty: 5, scheduled_days: 2, learning_steps: 0, reps: 3, lapses: 0, state: 'Review', last_review: new Date(Date.now() - 3 * day).toISOString() };
  await setLegacy(page, {
    version: 3,
    lessonsRead: { 'm04-scores': new Date().toISOString() },
    quizResults: [],
    caseQuizzes: { 'sins-t11': { best: 3, last: 2, date: new Date().toISOString() } },
    reviewCards: { 'm04-sins-12-band': card, 'm04-bad-card': { ...card, stability: null } },
    flashcardDecks: { x: 1 },
  });
  await page.goto('/en/progress/');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('data-problem', 'invalid-parts');
  await expect(notice).toContainText('"flashcardDecks": unknown section');
  await expect(notice).toContainText('card repaired (stability)');
  await expect(page.getByTestId('lessons-read-count')).toHaveText('Modules read: 1 of 15.');
  await expect(page.locator('[data-backup][data-reason="legacy"]')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('percutanea.progress'))).toBeNull();

  await page.goto('/en/quiz/review/');
  await waitForHydration(page);
  await page.getByTestId('start-review').click();
  const q = page.locator('[data-question-id]');
  await expect(q).toBeVisible();
  if (await page.getByRole('radio').count()) await page.getByRole('radio').first().check();
  else if (await page.getByRole('checkbox').count()) await page.getByRole('checkbox').first().check();
  else await page.getByTestId('numeric-answer').fill('1');
  await page.getByTestId('submit-answer').click();
  // The repaired card is graded like any other: the grade buttons appear with their next intervals.
  await expect(page.getByTestId('review-grades')).toBeVisible();
  expect(errors).toEqual([]);
});

test('data from a newer version is shown read-only, never rewritten', async ({ page }) => {
  await page.goto('/en/lessons/m04-scores/');
  await expect(pressed(page)).toBeVisible();
  await pressed(page).click();
  await expect(pressed(page)).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('percutanea');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put(99, 'dataVersion');
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      }),
  );
  await page.reload();
  await expect(pressed(page)).toBeDisabled();
  await page.goto('/en/progress/');
  await expect(page.getByTestId('storage-notice')).toHaveAttribute('data-problem', 'newer-version');
  await expect(page.getByTestId('storage-notice')).toContainText('will not change it');
  await expect(page.getByLabel('Import a progress file')).toBeDisabled();
  expect(await storedLessons(page)).toEqual(['m04-scores']);
});

test('storage full: "not saved", said plainly; storage disabled: said, nothing pretends to save', async ({ browser }) => {
  const full = await browser.newContext();
  // A full disk, as IndexedDB reports it: every write fails with QuotaExceededError.
  await full.addInitScript(() => {
    (window as unknown as { fillDisk: () => void }).fillDisk = () => {
      for (const method of ['put', 'add'] as const) {
        IDBObjectStore.prototype[method] = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
    };
  });
  const page = await full.newPage();
  await page.goto('/en/lessons/m04-scores/');
  await expect(pressed(page)).toBeVisible();
  await page.evaluate(() => (window as unknown as { fillDisk: () => void }).fillDisk());
  await pressed(page).click();
  await expect(page.getByTestId('mark-read').locator('[data-error]')).toBeVisible();
  await expect(page.getByTestId('mark-read').locator('[data-error]')).toContainText('Not saved');
  await expect(pressed(page)).toHaveAttribute('aria-pressed', 'false');
  await full.close();

  const off = await browser.newContext();
  await off.addInitScript(() => {
    for (const name of ['indexedDB', 'localStorage'] as const) {
      Object.defineProperty(window, name, { configurable: true, get: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });
    }
  });
  const p = await off.newPage();
  await p.goto('/en/progress/');
  await expect(p.getByTestId('storage-notice')).toHaveAttribute('data-problem', 'storage-unavailable');
  await p.goto('/en/lessons/m04-scores/');
  await p.waitForLoadState('networkidle');
  await expect(p.getByTestId('mark-read')).toBeHidden();
  await off.close();
});

test('export reads storage, not the page; import keeps the good records and lists the bad ones', async ({ context }) => {
  const progress = await context.newPage();
  await progress.goto('/en/progress/');
  await waitForHydration(progress);
  const other = await context.newPage();
  await other.goto('/en/lessons/m09-cryoablation/');
  await pressed(other).click();
  await expect(pressed(other)).toHaveAttribute('aria-pressed', 'true');

  const [download] = await Promise.all([progress.waitForEvent('download'), progress.getByTestId('export-progress').click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { version: number; events: { type: string; slug?: string }[] };
  expect(file.version).toBe(3);
  expect(file.events).toContainEqual(expect.objectContaining({ type: 'lesson', slug: 'm09-cryoablation' }));

  const at = new Date().toISOString();
  const upload = JSON.stringify({
    format: 'percutanea-progress',
    version: 3,
    events: [
      { id: 'imp-1', at, type: 'lesson', slug: 'm04-scores', read: true },
      { id: 'imp-2', at: 'not a date', type: 'lesson', slug: 'm05-radiotherapy', read: true },
      { id: 'imp-3', at, type: 'case', caseId: 'sins-t11', score: 1e6 },
      { id: 'imp-4', at, type: 'case', caseId: 'sins-t11', score: 2 },
    ],
  });
  await progress.getByLabel('Import a progress file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(upload) });
  await expect(progress.getByTestId('progress-message')).toContainText('Imported: 2 new records (2 skipped)');
  await expect(progress.getByTestId('import-skipped')).toContainText('imp-2: bad date');
  await expect(progress.getByTestId('import-skipped')).toContainText('imp-3: bad case score');
  await expect(progress.getByTestId('lessons-read-count')).toHaveText('Modules read: 2 of 15.');
  await expect(progress.locator('[data-case="sins-t11"]')).toContainText('2/');
  // The import was preceded by a backup, which the restore button brings back.
  await progress.locator('[data-reason="before-import"]').getByTestId('restore-backup').click();
  await expect(progress.getByTestId('lessons-read-count')).toHaveText('Modules read: 1 of 15.');
});

async function offlineReady(context: BrowserContext, lang: 'it' | 'en'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${lang}/`);
  const control = page.getByTestId('offline-control');
  await expect(control).toHaveAttribute('data-state', 'lang', { timeout: 60_000 });
  await page.getByTestId('offline-download').click();
  await expect(control).toHaveAttribute('data-state', 'all', { timeout: 90_000 });
  return page;
}

test('offline after the first visit: lessons, a calculator, a quiz, a deck and search in both languages', async ({ browser }) => {
  test.setTimeout(240_000);
  // The one journey with the service worker: every other test blocks it (playwright.config.ts).
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await offlineReady(context, 'en');
  await context.setOffline(true);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const lang of ['en', 'it'] as const) {
    await page.goto(`/${lang}/lessons/m06-vertebroplasty/`);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(`/${lang}/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral`);
    await waitForHydration(page);
    await expect(page.getByTestId('score-total')).toHaveText('12');
    await page.goto(`/${lang}/quiz/`);
    await waitForHydration(page);
    await expect(page.getByTestId('start-quiz')).toBeEnabled();
    // The review page's questions (every module and the case quizzes) come from cached JSON too. A learner with
    // no card fetches none, so this one has a card due (old-format progress, moved into the log on load).
    const card = { 'm06-approach-by-level': review(undefined, 'again', Date.now() - 5 * 86_400_000) };
    await page.evaluate((v) => localStorage.setItem('percutanea.progress', v), JSON.stringify({ version: 2, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: card }));
    await page.goto(`/${lang}/quiz/review/`);
    await expect(page.locator('[data-widget="review"]')).toHaveAttribute('data-bank', 'ready');
    await expect(page.getByTestId('review-due')).toHaveAttribute('data-due', '1');
    await page.goto(`/${lang}/present/lesson/m04-scores/`);
    await waitForHydration(page);
    await expect(page.getByTestId('deck')).toBeVisible();
    await expect(page.getByTestId('slide-notice')).toBeVisible();
    await page.goto(`/${lang}/search/?q=${lang === 'en' ? 'vertebroplasty' : 'vertebroplastica'}`);
    await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible({ timeout: 20_000 });
  }
  expect(errors).toEqual([]);

  // A new version is deployed: the page offers it and switches only when asked.
  await context.setOffline(false);
  const swPath = join(dist, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  try {
    writeFileSync(swPath, `${sw}\n// next deploy\n`);
    await page.goto('/en/');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByTestId('offline-update')).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), page.getByTestId('offline-update').getByRole('button').click()]);
    await expect(page.getByTestId('offline-update')).toBeHidden();
  } finally {
    writeFileSync(swPath, sw);
  }
  await context.close();
});

/** One page of each type (and each calculator island), as a deployer serving public/_headers would send it. */
const pageTypes = [
  '/', '/it/', '/en/lessons/', '/en/lessons/m04-scores/', '/it/lessons/m15-algorithms/', '/en/tools/', '/en/tools/sins/?pain=mechanical&pain=none',
  '/en/tools/noms/', '/it/tools/pain-response/?vasBefore=5&vasAfter=2.96', '/en/tools/escc/', '/en/tools/tokuhashi/', '/en/tools/radiosensitivity/',
  '/en/cases/?site=spine&site=femur&colour=red', '/en/cases/sins-t11/', '/en/cases/sins-t11/quiz/', '/en/algorithms/', '/en/algorithms/a4-noms/', '/en/quiz/', '/en/quiz/review/',
  '/en/progress/', '/en/glossary/', '/en/references/', '/it/search/?q=cemento', '/en/present/', '/en/present/sins-t11/',
  '/en/present/lesson/m04-scores/', '/en/present/algorithm/a4-noms/', '/en/present/playlist/?items=case:sins-t11', '/en/no-such-page/',
];

test('every page type loads under the Content-Security-Policy with no violation, and sends no referrer', async ({ page }) => {
  test.setTimeout(180_000);
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
  expect(policy, 'dist/_headers carries the policy with hashes filled in').toMatch(/'sha256-/);
  // Only addresses of pages are routed (every other request stays in the browser, unslowed); of those, only
  // documents served as HTML get the header, as a deployer's _headers would send it.
  await page.route((url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'), async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const type = response.headers()['content-type'] ?? '';
    await route.fulfill({ response, headers: type.includes('text/html') ? { ...response.headers(), 'content-security-policy': policy! } : response.headers() });
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const violations: string[] = [];
  for (const path of pageTypes) {
    // Service workers are blocked (playwright.config.ts), so every page, not only the first, comes from the
    // network with the header; the worker's own start under the page policy is the offline test's.
    await page.goto(path);
    await waitForHydration(page);
    if (path.includes('search')) await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
    if (path.startsWith('/en/tools/sins')) await expect(page.getByTestId('query-notices')).toContainText('Repeated parameter ignored: pain=none');
    if (path.startsWith('/en/cases/?')) await expect(page.getByTestId('case-filter-ignored')).toHaveText('Ignored address parameters: site=femur, colour=red');
    for (const v of await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) violations.push(`${path}: ${v}`);
    expect(await page.locator('meta[name="referrer"]').getAttribute('content'), path).toBe('no-referrer');
  }
  expect(violations).toEqual([]);
  // And every built page, not only these, carries the referrer policy and its own CSP.
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push(full);
    }
  };
  walk(dist);
  const missing = pages.filter((f) => {
    const html = readFileSync(f, 'utf8');
    return !html.includes('<meta name="referrer" content="no-referrer"') || !html.includes('http-equiv="Content-Security-Policy"') || /\son[a-z]+="/.test(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  });
  expect(missing).toEqual([]);
});

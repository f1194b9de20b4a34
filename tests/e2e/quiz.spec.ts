import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { review } from '../../src/core/quiz/review';

const KEY = 'percutanea.progress';
const text = { it: { read: 'Letto', quizBest: /autovalutazione: \d+%/ }, en: { read: 'Read', quizBest: /quiz: \d+%/ } } as const;

/** Opens a page with an island and waits until it has read the progress store. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForHydration(page);
  await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
}

/** Answers whatever question is on screen by keyboard: the first option, or 12,5. Returns its type. */
async function answerByKeyboard(page: Page) {
  await expect(page.getByTestId('question-heading')).toBeFocused();
  const type = await page.locator('[data-question-id]').getAttribute('data-type');
  await page.keyboard.press('Tab');
  if (type === 'numeric') await page.keyboard.type('12,5');
  else await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  return type;
}

/** Two real questions of the M4 bank, to seed review cards with. */
function m04Questions() {
  const bank = parse(readFileSync('content/questions/m04-scores.yaml', 'utf8')) as { id: string; type: string; correct: string }[];
  return bank.filter((q) => q.type === 'single').slice(0, 2);
}

/** The review cards in the progress log (IndexedDB): the latest review event of each question. */
async function storedCards(page: Page): Promise<Record<string, { due: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('percutanea');
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => {
            const cards: Record<string, { due: string }> = {};
            const reviews = (req.result as { type: string; at: string; questionId: string; card: { due: string } }[]).filter((e) => e.type === 'review');
            for (const e of reviews.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) cards[e.questionId] = e.card;
            open.result.close();
            resolve(cards);
          };
        };
      }),
  );
}
/** The quiz results in the progress log (IndexedDB), oldest first. */
async function storedQuizResults(page: Page): Promise<{ total: number; mistakes: unknown[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('percutanea');
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => {
            const quiz = (req.result as { type: string; at: string; result: { total: number; mistakes: unknown[] } }[]).filter((e) => e.type === 'quiz');
            open.result.close();
            resolve(quiz.sort((x, y) => Date.parse(x.at) - Date.parse(y.at)).map((e) => e.result));
          };
        };
      }),
  );
}

function seededState(cards: Record<string, unknown> = {}, lessonsRead: Record<string, string> = {}) {
  return JSON.stringify({ version: 2, lessonsRead, quizResults: [], caseQuizzes: {}, reviewCards: cards });
}

test.describe('self-assessment', () => {
  for (const lang of ['it', 'en'] as const) {
    test(`a practice session by keyboard, kept after a reload (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/quiz/`);
      await expect(page.getByTestId('due-count')).toHaveAttribute('data-due', '0');
      // Only M4, five questions, practice (the default mode).
      await page.getByTestId('modules-all').focus();
      await page.keyboard.press('Space');
      await expect(page.getByTestId('start-quiz')).toBeDisabled();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.locator('input[data-module="M4"]')).toBeFocused();
      await page.keyboard.press('Space');
      await page.getByTestId('question-count').focus();
      await page.keyboard.press('ArrowUp');
      await expect(page.getByTestId('question-count')).toHaveValue('5');
      await page.getByTestId('start-quiz').focus();
      await page.keyboard.press('Enter');

      for (let i = 1; i <= 5; i++) {
        await expect(page.getByTestId('question-heading')).toContainText(lang === 'it' ? `Domanda ${i} di 5` : `Question ${i} of 5`);
        await answerByKeyboard(page);
        const feedback = page.getByTestId('feedback');
        await expect(feedback).toBeVisible();
        await expect(feedback.locator('a[data-source="ref"]')).toHaveAttribute('href', new RegExp(`^/${lang}/references/#[a-z0-9-]+$`));
        await expect(page.getByTestId('submit-answer')).toBeFocused();
        await page.keyboard.press('Enter');
      }

      const results = page.getByTestId('quiz-results');
      await expect(results).toBeVisible();
      await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-total', '5');
      await expect(page.getByTestId('module-breakdown').locator('tbody tr')).toHaveCount(1);
      await expect(page.getByTestId('save-status')).toContainText(lang === 'it' ? 'Risultato salvato' : 'Result saved');
      const correct = Number(await page.getByTestId('quiz-score').getAttribute('data-correct'));
      if (correct < 5) await expect(page.getByTestId('mistakes').locator(':scope > li')).toHaveCount(5 - correct);

      await page.reload();
      await waitForHydration(page);
      await open(page, `/${lang}/progress/`);
      await expect(page.getByTestId('quiz-history').locator('tbody tr')).toHaveCount(1);
      await expect(page.getByTestId('quiz-history')).toContainText('M4');
      await expect(page.getByTestId('progress-due')).toContainText(lang === 'it' ? 'Domande nel ripasso: 5' : 'Questions in your review deck: 5');
      await page.goto(`/${lang}/`);
      await expect(page.locator('[data-progress-module="M4"]')).toHaveText(text[lang].quizBest);
      await expect(page.locator('[data-progress-module="M1"]')).toHaveText(lang === 'it' ? 'Da iniziare' : 'Not started');
    });
  }

  test('an exam survives a reload and a language switch with its clock; ending early records only what was answered', async ({ page }) => {
    await open(page, '/it/quiz/');
    await page.getByRole('radio', { name: /^Esame/ }).check();
    await page.getByTestId('start-quiz').click();
    await expect(page.getByRole('timer')).toContainText(/Tempo rimasto: (10:00|09:5\d)/);
    await answerByKeyboard(page);
    await expect(page.getByTestId('feedback')).toHaveCount(0);
    await expect(page.getByTestId('question-heading')).toContainText('Domanda 2 di 10');

    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('resume-notice')).toContainText('Risposte date: 1 su 10');
    await page.locator('a[data-lang-switch]').first().click();
    await waitForHydration(page);
    await expect(page.getByTestId('resume-notice')).toContainText('Answered 1 of 10');
    await page.getByTestId('resume').click();
    await expect(page.getByTestId('question-heading')).toContainText('Question 2 of 10');
    await expect(page.getByTestId('quiz-progress')).toHaveText('Answered: 1/10');
    // The clock kept running from the start, it did not restart.
    await expect(page.getByRole('timer')).toContainText(/Time left: 09:[0-5]\d/);

    await page.getByTestId('end-session').click();
    await expect(page.getByTestId('end-confirm')).toContainText('You answered 1 of 10: only those are recorded');
    await page.getByTestId('end-confirm-yes').click();
    await expect(page.getByTestId('quiz-results')).toHaveAttribute('data-end', 'submitted');
    await expect(page.getByTestId('unanswered-note')).toHaveAttribute('data-unanswered', '9');
    await expect.poll(async () => (await storedQuizResults(page)).length).toBe(1);
    const results = await storedQuizResults(page);
    expect(results[0]!.total).toBe(1);
    expect(results[0]!.mistakes.length).toBeLessThanOrEqual(1);
    expect(Object.keys(await storedCards(page))).toHaveLength(1);
  });
});

test('the bank arrives as JSON: when it cannot be fetched the quiz says so, and a retry loads it', async ({ browser }) => {
  // No service worker, so the route below sees every request.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/quiz-data/**', (route) => route.abort());
  await open(page, '/en/quiz/');
  await expect(page.getByTestId('bank-status')).toContainText('The questions could not be loaded');
  await expect(page.getByTestId('start-quiz')).toBeDisabled();
  await page.unroute('**/quiz-data/**');
  const fetched = page.waitForResponse((r) => r.url().endsWith('/quiz-data/en/M4.json') && r.ok());
  await page.getByTestId('bank-retry').click();
  await fetched;
  await expect(page.getByTestId('bank-status')).toHaveCount(0);
  await expect(page.getByTestId('start-quiz')).toBeEnabled();
  await context.close();
});

test.describe('lessons read', () => {
  for (const lang of ['it', 'en'] as const) {
    test(`mark a lesson read and see it on home and the lessons index (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/lessons/m06-vertebroplasty/`);
      const toggle = page.getByTestId('mark-read');
      await expect(toggle).toBeVisible();
      const button = toggle.getByRole('button');
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.focus();
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(toggle).toContainText(text[lang].read);

      await page.goto(`/${lang}/`);
      await expect(page.locator('[data-progress-slug="m06-vertebroplasty"]')).toHaveText(text[lang].read);
      await page.goto(`/${lang}/lessons/`);
      await expect(page.locator('[data-progress-slug="m06-vertebroplasty"]')).toHaveText(text[lang].read);
      await expect(page.locator('[data-progress-slug="m04-scores"]')).toHaveText(lang === 'it' ? 'Da iniziare' : 'Not started');
      await open(page, `/${lang}/progress/`);
      await expect(page.locator('[data-lesson="m06-vertebroplasty"]')).toHaveAttribute('data-read', 'true');

      // And unmark it again.
      await page.goto(`/${lang}/lessons/m06-vertebroplasty/`);
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await page.goto(`/${lang}/`);
      await expect(page.locator('[data-progress-slug="m06-vertebroplasty"]')).toHaveText(lang === 'it' ? 'Da iniziare' : 'Not started');
    });
  }

  test('without JavaScript the home page shows "not started" and the lesson no toggle', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/');
    await expect(page.locator('[data-progress-slug="m01-multidisciplinary"]')).toHaveText('Not started');
    await page.goto('/en/lessons/m01-multidisciplinary/');
    await expect(page.getByTestId('mark-read')).toBeHidden();
    await context.close();
  });
});

test.describe('progress page', () => {
  test('export, clear the browser, import the file back: progress returns', async ({ page }, testInfo) => {
    await page.goto('/en/lessons/m04-scores/');
    await page.getByTestId('mark-read').getByRole('button').click();
    // The page says "read" once the mark is stored (the writer loads on the click).
    await expect(page.getByTestId('mark-read').getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    await open(page, '/en/progress/');
    await expect(page.getByTestId('lessons-read-count')).toHaveText(/^Modules read: 1 of \d+\.$/);

    const download = page.waitForEvent('download');
    await page.getByTestId('export-progress').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^percutanea-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath('progress.json');
    await file.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'percutanea-progress', events: [expect.objectContaining({ type: 'lesson', slug: 'm04-scores', read: true })] });

    // A fresh browser: the progress database is deleted (from a page that holds no connection to it).
    await page.goto('/en/glossary/');
    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('percutanea').onsuccess = resolve)));
    await open(page, '/en/progress/');
    await expect(page.getByTestId('lessons-read-count')).toHaveText(/^Modules read: 0 of \d+\.$/);
    await page.getByLabel('Import a progress file').setInputFiles(path);
    await expect(page.getByTestId('progress-message')).toHaveAttribute('data-kind', 'ok');
    await expect(page.getByTestId('lessons-read-count')).toHaveText(/^Modules read: 1 of \d+\.$/);
    await page.goto('/en/');
    await expect(page.locator('[data-progress-slug="m04-scores"]')).toHaveText('Read');
  });

  for (const lang of ['it', 'en'] as const) {
    test(`a bad file gets a clear message (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/progress/`);
      const input = page.locator('input[type="file"]');
      await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('these are my notes') });
      await expect(page.getByRole('alert')).toHaveText(
        lang === 'it' ? 'Il file scelto non contiene JSON leggibile: non è un’esportazione dei progressi.' : 'The chosen file is not readable JSON, so it is not a progress export.',
      );
      await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'percutanea-progress', version: 7 })) });
      await expect(page.getByRole('alert')).toContainText(lang === 'it' ? 'versione 7' : 'version 7');
    });
  }

  test('a corrupt store is reported once and the page still works', async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, JSON.stringify({ version: 2, lessonsRead: { 'm04-scores': '2025-03-01T09:00:00.000Z' }, quizResults: 'lost', caseQuizzes: {}, reviewCards: {} })],
    );
    await open(page, '/en/progress/');
    await expect(page.getByTestId('storage-notice')).toContainText('quizResults: not a list');
    await expect(page.getByTestId('lessons-read-count')).toHaveText(/^Modules read: 1 of \d+\.$/);
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('lessons-read-count')).toHaveText(/^Modules read: 1 of \d+\.$/);
    await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  });
});

test.describe('spaced review', () => {
  test('grading by keyboard; a card graded Again returns in the same sitting', async ({ page }) => {
    const now = Date.now();
    const [q1, q2] = m04Questions();
    const cards = { [q1!.id]: review(undefined, 'again', now - 5 * 86_400_000), [q2!.id]: review(undefined, 'good', now - 40 * 86_400_000) };
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, seededState(cards)],
    );
    await open(page, '/en/quiz/');
    await expect(page.getByTestId('due-count')).toHaveAttribute('data-due', '2');
    await open(page, '/en/quiz/review/');
    await expect(page.getByTestId('review-due')).toHaveAttribute('data-due', '2');
    await page.getByTestId('start-review').click();

    // First (most overdue) card: Space reveals it unanswered; only Again is possible; 1 grades it.
    await expect(page.getByTestId('review-run')).toHaveAttribute('data-card', q2!.id);
    await expect(page.getByTestId('question-heading')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('feedback')).toHaveAttribute('data-verdict', 'unanswered');
    await expect(page.locator('[data-rating="good"]')).toBeDisabled();
    await expect(page.locator('[data-rating="again"]')).toBeFocused();
    await page.keyboard.press('1');

    // Second card: the right option by keyboard, Enter checks, 4 grades Easy.
    await expect(page.getByTestId('review-run')).toHaveAttribute('data-card', q1!.id);
    await page.locator(`[data-question-id="${q1!.id}"] input[value="${q1!.correct}"]`).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback')).toHaveAttribute('data-verdict', 'right');
    await page.keyboard.press('4');

    // The lapsed card comes back in the same sitting; this time right, Space gives Good.
    await expect(page.getByTestId('review-run')).toHaveAttribute('data-card', q2!.id);
    await page.locator(`[data-question-id="${q2!.id}"] input[value="${q2!.correct}"]`).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback')).toHaveAttribute('data-verdict', 'right');
    await page.getByTestId('question-heading').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-summary')).toHaveText('Reviews: 3 · Again: 1 · cards: 2.');
    await expect(page.getByTestId('review-stats')).toBeVisible();
    await expect.poll(async () => Object.keys(await storedCards(page)).length).toBeGreaterThanOrEqual(2);
    const storedNow = await storedCards(page);
    for (const id of [q1!.id, q2!.id]) expect(Date.parse(storedNow[id]!.due)).toBeGreaterThan(now);
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('review-due')).toHaveAttribute('data-due', '0');
  });

  test('answered questions come back once the clock moves on', async ({ page }) => {
    await page.clock.install({ time: new Date('2025-03-03T08:00:00') });
    await open(page, '/en/quiz/');
    await page.getByTestId('modules-all').click();
    await page.locator('input[data-module="M4"]').check();
    await page.getByTestId('question-count').selectOption('5');
    await page.getByTestId('start-quiz').click();
    for (let i = 0; i < 5; i++) {
      const type = await page.locator('[data-question-id]').getAttribute('data-type');
      // Any answer will do: the first option, or a number inside the question's range.
      if (type === 'numeric') await page.getByTestId('numeric-answer').fill('1');
      else await page.locator('[data-question-id] input').first().check();
      await page.getByTestId('submit-answer').click();
      if (await page.getByTestId('answer-error').isVisible()) {
        await page.getByTestId('numeric-answer').fill('2000');
        await page.getByTestId('submit-answer').click();
      }
      await expect(page.getByTestId('feedback')).toBeVisible();
      await page.getByTestId('submit-answer').click();
    }
    await expect(page.getByTestId('quiz-results')).toBeVisible();
    await open(page, '/en/quiz/review/');
    await expect(page.getByTestId('review-due')).toHaveAttribute('data-due', '0');
    await page.clock.setSystemTime(new Date('2025-04-20T08:00:00'));
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('review-due')).not.toHaveAttribute('data-due', '0');
  });
});

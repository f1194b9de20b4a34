import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, axeViolations, darkRules, waitForHydration } from './fixtures';
import type { Page } from '@playwright/test';
import { review } from '../../src/core/quiz/review';

// Accessibility, in one place: each page type (in the state that shows the most of it) gets the full axe rule
// set in the light theme, then the dark theme's colours are checked on the same page (the theme follows the
// system and only changes colours, so the dark pass runs the contrast rules). No other spec runs axe: a
// journey that reaches a new state adds a view here instead. Both locales are covered across the list.


/** The site follows the system's colour scheme. */
async function systemDark(page: Page) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(16, 21, 28)');
}

/** Slides and the speaker window keep light colours for projectors; dark is the lecturer's stored choice. */
async function lecturerDark(page: Page) {
  await page.evaluate(() => localStorage.setItem('percutanea-present-scheme', 'dark'));
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(13, 17, 23)');
}

async function checkBothThemes(page: Page, dark: (page: Page) => Promise<void>) {
  expect(await axeViolations(page), 'axe, light theme').toEqual([]);
  await dark(page);
  expect(await axeViolations(page, darkRules), 'axe, dark theme').toEqual([]);
}

/** Islands below the fold hydrate when visible: bring each into view, then wait for all of them. */
async function hydrateAll(page: Page) {
  for (const island of await page.locator('astro-island').all()) {
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView()); // astro-island is display: contents
  }
  await waitForHydration(page);
}

/** Presses Tab (only Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers the question on screen, in any mode: the first option, or a number the question accepts. */
async function answerAny(page: Page) {
  const type = await page.locator('[data-question-id]').getAttribute('data-type');
  if (type === 'numeric') await page.getByTestId('numeric-answer').fill('1');
  else await page.locator('[data-question-id] input').first().check();
  await page.getByTestId('submit-answer').click();
  if (type === 'numeric' && (await page.getByTestId('answer-error').count())) {
    await page.getByTestId('numeric-answer').fill('2000');
    await page.getByTestId('submit-answer').click();
  }
}

/** Stores progress in the old localStorage format before the first page loads (moved to IndexedDB once). */
async function seedLegacy(page: Page, state: object) {
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('percutanea.progress', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(state));
}

const sinsT11 = 'level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';
const present = (page: Page) => page.locator('.reveal .slides > section.present');

interface View {
  name: string;
  path: string;
  /** Runs before the page loads (stored data, viewport). */
  before?: (page: Page) => Promise<void>;
  /** Puts the page in the state to check, asserting that it got there. */
  prepare?: (page: Page) => Promise<void>;
  /** Switches to the dark colours (default: the system's dark scheme). */
  dark?: (page: Page) => Promise<void>;
}

const views: View[] = [
  { name: 'home', path: '/it/' },
  { name: 'lessons index', path: '/en/lessons/' },
  { name: 'calculators index', path: '/en/tools/' },
  {
    name: 'lesson with its four score tools opened',
    path: '/it/lessons/m04-scores/',
    prepare: async (page) => {
      for (const tool of ['sins', 'tokuhashi', 'escc', 'noms']) {
        const button = page.getByTestId('open-tool').first();
        await button.scrollIntoViewIfNeeded();
        // The button hydrates when it comes into view: press until the tool appears.
        await expect(async () => {
          if (await button.isVisible()) await button.click();
          await expect(page.locator(`[data-widget="${tool}"]`)).toBeVisible({ timeout: 1000 });
        }).toPass();
      }
    },
  },
  { name: 'lesson with figures', path: '/it/lessons/m09-cryoablation/' },
  { name: 'lesson with figures', path: '/en/lessons/m13-embolization/' },
  {
    name: 'lesson with a citation preview and a glossary tip open',
    path: '/it/lessons/m06-vertebroplasty/',
    prepare: async (page) => {
      await page.locator('.cite__link').first().hover();
      await page.locator('.term__word').first().focus();
      await expect(page.locator('.tip:visible')).toHaveCount(2);
    },
  },
  { name: 'glossary', path: '/it/glossary/' },
  { name: 'references', path: '/en/references/' },
  { name: 'search with results', path: '/it/search/?q=cemento', prepare: (page) => page.waitForLoadState('networkidle') },
  { name: 'SINS calculator with a result', path: `/it/tools/sins/?${sinsT11}` },
  {
    name: 'Tokuhashi calculator with the 1990 note open',
    path: '/en/tools/tokuhashi/?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none',
    prepare: (page) => page.getByTestId('tokuhashi-1990-note').locator('summary').click(),
  },
  { name: 'ESCC picker with a grade', path: '/it/tools/escc/?escc=1c' },
  { name: 'NOMS calculator with a recommendation', path: `/en/tools/noms/?escc=2&histology=renal&${sinsT11}&surgeryFit=yes` },
  {
    name: 'pain response with a result and the trial open',
    path: '/it/tools/pain-response/?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26',
    prepare: (page) => page.getByTestId('pain-trial').locator('summary').click(),
  },
  {
    name: 'pain response with an input error',
    path: '/en/tools/pain-response/?vasBefore=abc&vasAfter=6',
    prepare: (page) => expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'invalid'),
  },
  {
    name: 'radiosensitivity with the full table open and sorted',
    path: '/en/tools/radiosensitivity/?histology=nsclc',
    prepare: async (page) => {
      await page.getByTestId('rs-full').locator('summary').click();
      await page.getByTestId('sort-noms').click();
    },
  },
  { name: 'algorithms index', path: '/it/algorithms/' },
  { name: 'walkthrough at its first question', path: '/en/algorithms/a1-cirse-algorithm/' },
  {
    name: 'walkthrough with a recommendation and a notice',
    path: '/it/algorithms/a4-noms/?path=high-grade.no-deficit.radioresistant.cannot-tolerate-surgery.unstable.more',
    prepare: async (page) => {
      await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', 'cement-augmentation--palliative-cebrt--cement-epidural-caution');
      await expect(page.getByTestId('algo-notices')).toBeVisible();
    },
  },
  {
    name: 'walkthrough with a recommendation in the large flowchart',
    path: '/en/algorithms/a5-ablation-indications-timing/',
    prepare: async (page) => {
      await tabTo(page, '[data-option="max-rt-dose"]');
      await page.keyboard.press('Enter');
      await tabTo(page, '[data-option="cement"]');
      await page.keyboard.press('Space');
      await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', 'ablation-then-cement');
      await page.getByRole('button', { name: 'Full size' }).click();
      await expect(page.getByTestId('chart-zoom-level')).toHaveText('100%');
    },
  },
  { name: 'cases index with the filter', path: '/it/cases/', prepare: (page) => expect(page.locator('form[data-case-filter]')).toBeVisible() },
  { name: 'case page (spine)', path: '/en/cases/rcc-th12-vp/' },
  { name: 'case page (skeleton)', path: '/it/cases/ewing-hip/' },
  { name: 'case page (series)', path: '/en/cases/ljubljana-series/' },
  { name: 'case page (bone tumour)', path: '/it/cases/oo-femur-rfa/' },
  {
    name: 'case quiz with the SINS scorer open',
    path: '/en/cases/sins-t11/quiz/',
    prepare: async (page) => {
      await page.getByTestId('quiz-next').click();
      await page.getByTestId('quiz-next').click();
      await page.getByText('Score it item by item').click();
      await expect(page.getByTestId('sins-item-scorer')).toHaveAttribute('open', '');
    },
  },
  {
    name: 'case quiz with feedback on a wrong answer (numeric)',
    path: '/en/cases/sins-t11/quiz/',
    prepare: async (page) => {
      await page.getByTestId('quiz-next').click();
      await page.getByTestId('quiz-next').click();
      await page.getByLabel('Your answer').fill('11');
      await page.getByTestId('quiz-submit').click();
      await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');
    },
  },
  {
    name: 'case quiz with feedback on a wrong answer (choices)',
    path: '/it/cases/hifu-breast/quiz/',
    prepare: async (page) => {
      await page.getByTestId('quiz-next').click();
      await page.getByTestId('quiz-next').click();
      await page.getByRole('checkbox').first().check();
      await page.getByTestId('quiz-submit').click();
      await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');
    },
  },
  { name: 'self-assessment setup', path: '/en/quiz/' },
  {
    name: 'self-assessment with feedback on an answer',
    path: '/en/quiz/',
    prepare: async (page) => {
      await page.getByTestId('start-quiz').click();
      await answerAny(page);
      await expect(page.getByTestId('feedback')).toBeVisible();
    },
  },
  {
    name: 'exam results after ending early',
    path: '/it/quiz/',
    prepare: async (page) => {
      await page.getByRole('radio', { name: /^Esame/ }).check();
      await page.getByTestId('start-quiz').click();
      await answerAny(page);
      await expect(page.getByTestId('question-heading')).toContainText('Domanda 2 di 10');
      await page.getByTestId('end-session').click();
      await page.getByTestId('end-confirm-yes').click();
      await expect(page.getByTestId('unanswered-note')).toHaveAttribute('data-unanswered', '9');
    },
  },
  {
    name: 'spaced review with a card shown unanswered and the grades',
    path: '/en/quiz/review/',
    before: async (page) => {
      const bank = parse(readFileSync('content/questions/m04-scores.yaml', 'utf8')) as { id: string; type: string }[];
      const q = bank.find((x) => x.type === 'single')!;
      const cards = { [q.id]: review(undefined, 'again', Date.now() - 5 * 86_400_000) };
      await seedLegacy(page, { version: 2, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: cards });
    },
    prepare: async (page) => {
      await page.getByTestId('start-review').click();
      await expect(page.getByTestId('question-heading')).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page.getByTestId('feedback')).toHaveAttribute('data-verdict', 'unanswered');
      await expect(page.locator('[data-rating="again"]')).toBeFocused();
    },
  },
  {
    name: 'progress dashboard with a storage notice',
    path: '/en/progress/',
    before: (page) => seedLegacy(page, { version: 2, lessonsRead: { 'm04-scores': '2025-03-01T09:00:00.000Z' }, quizResults: 'lost', caseQuizzes: {}, reviewCards: {} }),
    prepare: async (page) => {
      await expect(page.getByTestId('storage-notice')).toContainText('quizResults: not a list');
      await expect(page.getByTestId('lessons-read-count')).toHaveText(/^Modules read: 1 of \d+\.$/);
    },
  },
  { name: 'lecture builder', path: '/en/present/' },
  {
    name: 'lecture deck',
    path: '/it/present/sins-t11/',
    prepare: async (page) => {
      await expect(page.locator('.reveal.ready')).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(present(page)).toHaveAttribute('data-slide-id', 'presentation');
    },
    dark: lecturerDark,
  },
  {
    name: 'speaker view behind its target pace',
    path: '/en/present/sins-t11/?view=speaker',
    before: (page) => page.setViewportSize({ width: 1280, height: 800 }),
    prepare: async (page) => {
      await page.getByTestId('speaker-target').fill('1');
      await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('percutanea-speaker-timer:'));
        if (!key) throw new Error('no timer stored');
        const t = JSON.parse(localStorage.getItem(key) ?? '{}');
        localStorage.setItem(key, JSON.stringify({ ...t, start: Date.now() - 3 * 60_000 }));
      });
      await page.reload();
      await waitForHydration(page);
      await expect(page.getByTestId('speaker-pace')).toHaveAttribute('data-pace', 'behind');
    },
    dark: async (page) => {
      await lecturerDark(page);
      await expect(page.getByTestId('speaker-pace')).toHaveAttribute('data-pace', 'behind');
    },
  },
];

test.describe('accessibility (axe) per page type, light and dark', () => {
  // Long pages take a while under load on a shared machine.
  test.describe.configure({ timeout: 120_000 });
  for (const view of views) {
    test(`${view.name}: ${view.path}`, async ({ page }) => {
      await view.before?.(page);
      await page.goto(view.path);
      await hydrateAll(page);
      await view.prepare?.(page);
      await checkBothThemes(page, view.dark ?? systemDark);
    });
  }
});

test('the check fails on a page with planted faults, in both passes', async ({ page }) => {
  await page.setContent('<main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#777;background:#888">Faint text</p></main>');
  const light = await axeViolations(page);
  expect(light.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
  expect((await axeViolations(page, darkRules)).map((v) => v.split(':')[0])).toEqual(['color-contrast']);
});

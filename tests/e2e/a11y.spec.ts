import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForHydration } from './fixtures';
import type { Page } from '@playwright/test';

// Accessibility, in one place: each page type (in the state that shows the most of it) gets the full axe rule
// set in the light theme, then the dark theme's colours are checked on the same page (the theme follows the
// system and only changes colours, so the dark pass runs the contrast rules). The scenario specs no longer
// run axe themselves. Both locales are covered across the list.

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const summary = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);

async function checkBothThemes(page: Page) {
  const light = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(summary(light.violations), 'axe, light theme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(16, 21, 28)');
  const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
  expect(summary(dark.violations), 'axe, dark theme').toEqual([]);
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

const sinsT11 = 'level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral';

interface View {
  name: string;
  path: string;
  /** Puts the page in the state to check, asserting that it got there. */
  prepare?: (page: Page) => Promise<void>;
}

const views: View[] = [
  { name: 'home', path: '/it/' },
  { name: 'lessons index', path: '/en/lessons/' },
  { name: 'calculators index', path: '/en/tools/' },
  { name: 'lesson with a calculator', path: '/it/lessons/m04-scores/' },
  { name: 'lesson with figures', path: '/it/lessons/m09-cryoablation/' },
  { name: 'lesson with figures', path: '/en/lessons/m13-embolization/' },
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
  { name: 'progress dashboard', path: '/it/progress/' },
  { name: 'lecture builder', path: '/en/present/' },
];

test.describe('accessibility (axe) per page type, light and dark', () => {
  // Long pages take a while under load on a shared machine.
  test.describe.configure({ timeout: 120_000 });
  for (const view of views) {
    test(`${view.name}: ${view.path}`, async ({ page }) => {
      await page.goto(view.path);
      await hydrateAll(page);
      await view.prepare?.(page);
      await checkBothThemes(page);
    });
  }
});

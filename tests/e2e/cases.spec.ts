import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { caseSchema, type CaseQuizQuestion, type CaseStudy } from '../../src/core/content/case-schema';
import { quizPlan } from '../../src/core/cases/quiz-plan';

// The case data as the pages are built from it.
const dir = join(process.cwd(), 'content', 'cases');
const cases: CaseStudy[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => caseSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
const byId = (id: string) => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};

/** Presses Tab until `target` has the focus: the page is driven from the keyboard only. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Next (or "See your score") by keyboard. */
async function pressNext(page: Page) {
  const next = page.getByTestId('quiz-next');
  await tabTo(page, next);
  await page.keyboard.press('Enter');
}

/** Answers the question on screen by keyboard, right or deliberately wrong. */
async function answer(page: Page, q: CaseQuizQuestion, lang: 'it' | 'en', right: boolean) {
  const card = page.getByTestId('quiz-question').last();
  await expect(card).toHaveAttribute('data-question-id', q.id);
  if (q.type === 'numeric') {
    const value = right ? q.correct : q.correct + q.tolerance + 1;
    await tabTo(page, card.getByTestId('quiz-numeric'));
    await page.keyboard.type(lang === 'it' ? String(value).replace('.', ',') : String(value));
    await page.keyboard.press('Enter');
    return;
  }
  if (q.type === 'single') {
    const ids = q.options.map((o) => o.id);
    const target = right ? ids.indexOf(q.correct) : ids.findIndex((id) => id !== q.correct);
    // Tab lands on the first radio of an unchecked group; arrows move and check.
    await tabTo(page, card.getByRole('radio').first());
    if (target === 0) await page.keyboard.press('Space');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('radio').nth(target)).toBeChecked();
  } else {
    const wanted = right ? q.correct : q.options.map((o) => o.id).filter((id) => !q.correct.includes(id));
    for (const [i, o] of q.options.entries()) {
      if (!wanted.includes(o.id)) continue;
      const box = card.getByRole('checkbox').nth(i);
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
  }
  await tabTo(page, card.getByTestId('quiz-submit'));
  await page.keyboard.press('Enter');
}

test.describe('case pages', () => {
  for (const lang of ['it', 'en'] as const) {
    test(`all 16 case pages render with timeline, schematic and references (${lang})`, async ({ page }) => {
      test.setTimeout(120_000); // 16 pages; the build machine is shared
      expect(cases).toHaveLength(16);
      for (const c of cases) {
        await page.goto(`/${lang}/cases/${c.id}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title[lang]);
        await expect(page.getByTestId('case-timeline').locator('> li')).toHaveCount(c.timeline.length);
        const schematic = page.getByTestId('case-schematic');
        await expect(schematic.locator('svg[role="img"]')).toBeVisible();
        await expect(schematic.locator('svg > title')).toHaveText(new RegExp(c.title[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        for (const level of c.site.levels ?? []) await expect(schematic.locator(`.is-hit[data-level="${level}"]`)).toHaveCount(1);
        await expect(page.locator('section.references li')).toHaveCount(c.refs.length);
        await expect(page.getByTestId('case-quiz-link')).toHaveAttribute('href', `/${lang}/cases/${c.id}/quiz/`);
        await expect(page.getByTestId('case-modules').locator('a').first()).toHaveAttribute('href', new RegExp(`^/${lang}/lessons/m\\d\\d-`));
      }
    });
  }

  test('scores link to the calculators pre-filled with the case inputs', async ({ page }) => {
    await page.goto('/en/cases/sins-t11/');
    await expect(page.getByTestId('case-scores')).toContainText('The course calculator gives 12: Possible instability (indeterminate)');
    await page.getByTestId('case-score-link').click();
    await expect(page).toHaveURL(/\/en\/tools\/sins\/\?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral$/);
    await waitForHydration(page);
    await expect(page.getByTestId('score-total')).toHaveText('12');

    await page.goto('/it/cases/hifu-breast/');
    await expect(page.getByTestId('case-score-link')).toHaveAttribute('href', '/it/tools/pain-response/?vasBefore=10&vasAfter=0');
  });

  test('the schematic shows the approach: bipedicular needles, a catheter, a coaxial probe', async ({ page }) => {
    await page.goto('/en/cases/rcc-th12-vp/');
    await expect(page.getByTestId('case-schematic')).toHaveAttribute('data-approach', 'bipedicular');
    await expect(page.getByTestId('schematic-axial')).toBeVisible();
    await expect(page.getByTestId('case-schematic').locator('desc')).toContainText('bipedicular');
    await page.goto('/it/cases/myeloma-th2-embolization/');
    await expect(page.getByTestId('schematic-catheter')).toBeVisible();
    await expect(page.getByTestId('case-schematic').locator('desc')).toContainText('sede d\'accesso arterioso non riportata');
    await page.goto('/en/cases/oo-femur-rfa/');
    await expect(page.getByTestId('case-schematic').locator('[data-bone="femur"].is-hit')).toHaveCount(2);
    await expect(page.getByTestId('schematic-needle')).toBeVisible();
  });
});

test.describe('case index', () => {
  const visible = (page: Page) => page.locator('[data-testid="case-list"] > li:visible');

  test('lists every case without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/it/cases/');
    await expect(page.locator('[data-testid="case-list"] > li')).toHaveCount(16);
    await expect(visible(page)).toHaveCount(16);
    await expect(page.locator('form[data-case-filter]')).toBeHidden();
    await context.close();
  });

  test('filters by technique, site and histology, and keeps the filter in the URL', async ({ page }) => {
    await page.goto('/en/cases/');
    const form = page.locator('form[data-case-filter]');
    await expect(form).toBeVisible();
    await expect(visible(page)).toHaveCount(16);
    await expect(page.getByTestId('case-count')).toHaveText('16 cases');

    await page.getByLabel('Technique').selectOption('vertebroplasty');
    const withVp = cases.filter((c) => c.techniques.includes('vertebroplasty'));
    await expect(visible(page)).toHaveCount(withVp.length);
    await expect(page).toHaveURL(/\/en\/cases\/\?technique=vertebroplasty$/);

    await page.getByLabel('Histology').selectOption('multiple-myeloma');
    const vpMyeloma = withVp.filter((c) => c.histology.id === 'multiple-myeloma');
    await expect(visible(page)).toHaveCount(vpMyeloma.length);
    await expect(page).toHaveURL(/\?technique=vertebroplasty&histology=multiple-myeloma$/);

    await page.getByLabel('Site').selectOption('femur');
    await expect(visible(page)).toHaveCount(0);
    await expect(page.getByTestId('case-none')).toBeVisible();
    await expect(page.getByTestId('case-count')).toHaveText('0 cases');

    await page.getByTestId('filter-clear').click();
    await expect(visible(page)).toHaveCount(16);
    await expect(page).toHaveURL(/\/en\/cases\/$/);
  });

  test('reads the filter from the URL and ignores values it does not know', async ({ page }) => {
    await page.goto('/it/cases/?site=femur');
    await expect(visible(page)).toHaveCount(1);
    await expect(visible(page)).toHaveAttribute('data-case', 'oo-femur-rfa');
    await expect(page.getByLabel('Sede')).toHaveValue('femur');
    await expect(page.getByTestId('case-count')).toHaveText('1 caso');
    await page.goto('/it/cases/?technique=cryoablation&site=moon');
    await expect(visible(page)).toHaveCount(cases.filter((c) => c.techniques.includes('cryoablation')).length);
    await expect(page.getByLabel('Sede')).toHaveValue('');
  });
});

test.describe('case quiz', () => {
  test('sins-t11 in Italian, by keyboard: feedback, score, and the last score kept after reload', async ({ page }) => {
    const c = byId('sins-t11');
    await page.goto('/it/cases/sins-t11/quiz/');
    await waitForHydration(page);
    await expect(page.getByTestId('case-step')).toHaveCount(1);
    await pressNext(page); // work-up
    await expect(page.getByTestId('case-step')).toHaveCount(2);
    await pressNext(page); // question 1: the SINS total
    await expect(page.getByTestId('quiz-question')).toHaveCount(1);
    await expect(page.getByTestId('quiz-next')).toHaveCount(0);
    const q1 = page.getByTestId('quiz-question').last();
    await tabTo(page, q1.getByTestId('quiz-numeric'));
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    const f1 = page.getByTestId('quiz-feedback').last();
    await expect(f1).toHaveAttribute('data-correct', 'true');
    await expect(f1).toBeFocused();
    await expect(f1).toContainText('Corretto');
    await expect(f1).toContainText('Il tuo totale: 12; punteggio dell\'esperto: 12.');
    await expect(f1.getByRole('link', { name: 'Fisher 2010' })).toHaveAttribute('href', '/it/references/#fisher2010');

    await pressNext(page); // question 2: the band, answered wrong (Instabile)
    const q2 = page.getByTestId('quiz-question').last();
    await tabTo(page, q2.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(q2.getByRole('radio', { name: /^Instabile/ })).toBeChecked();
    await tabTo(page, q2.getByTestId('quiz-submit'));
    await page.keyboard.press('Enter');
    const f2 = page.getByTestId('quiz-feedback').last();
    await expect(f2).toHaveAttribute('data-correct', 'false');
    await expect(f2).toContainText('Risposta corretta: Possibile instabilità (7–12)');

    await pressNext(page); // decision
    await expect(page.getByTestId('case-step')).toHaveCount(3);
    await pressNext(page); // question 3
    await answer(page, c.quiz[2]!, 'it', true);
    await expect(page.getByTestId('quiz-feedback').last()).toHaveAttribute('data-correct', 'true');
    await pressNext(page); // procedure
    await expect(page.getByTestId('case-step')).toHaveCount(4);
    await expect(page.getByTestId('quiz-next')).toHaveText('Vedi il punteggio');
    await pressNext(page);
    await expect(page.getByTestId('quiz-score')).toHaveText('Punteggio: 2 su 3');
    await expect(page.getByTestId('quiz-review').locator('> li')).toHaveCount(3);
    await expect(page.getByTestId('quiz-saved')).toHaveAttribute('data-saved', 'true');

    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('case-last-score')).toHaveText('Ultimo punteggio: 2 su 3 (migliore: 2)');
    await page.goto('/it/cases/sins-t11/');
    await waitForHydration(page);
    await expect(page.getByTestId('case-last-score')).toHaveText('Ultimo punteggio: 2 su 3 (migliore: 2)');
  });

  test('myeloma-c2 in English, by keyboard: numeric, multiple and single questions to the end', async ({ page }) => {
    const c = byId('myeloma-c2');
    const plan = quizPlan(c.timeline, c.quiz);
    await page.goto('/en/cases/myeloma-c2/quiz/');
    await waitForHydration(page);
    let asked = 0;
    for (const [i, item] of plan.entries()) {
      if (item.kind === 'question') {
        const q = c.quiz[item.question]!;
        const right = q.type !== 'multiple'; // the multiple-choice one is answered wrong on purpose
        await answer(page, q, 'en', right);
        asked += 1;
        const feedback = page.getByTestId('quiz-feedback').last();
        await expect(feedback).toHaveAttribute('data-correct', String(right));
        await expect(feedback).toContainText(right ? 'Correct' : 'Not correct');
        await expect(feedback).toContainText(q.explanation.en.slice(0, 40));
        await expect(feedback.getByRole('link')).toHaveAttribute('href', `/en/references/#${q.ref}`);
      }
      if (i === plan.length - 1) await expect(page.getByTestId('quiz-next')).toHaveText('See your score');
      await pressNext(page);
    }
    expect(asked).toBe(3);
    await expect(page.getByTestId('quiz-score')).toHaveText('Score: 2 out of 3');
    await expect(page.getByTestId('quiz-result')).toBeFocused();
    const review = page.getByTestId('quiz-review').locator('> li');
    await expect(review).toHaveCount(3);
    await expect(review.nth(1)).toHaveAttribute('data-correct', 'false');

    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('case-last-score')).toHaveText('Last score: 2 out of 3 (best: 2)');
    // A reload starts a fresh attempt.
    await expect(page.getByTestId('case-step')).toHaveCount(1);
    await expect(page.getByTestId('quiz-question')).toHaveCount(0);
  });
});


import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForHydration } from './fixtures';
import { caseSchema, type CaseQuizQuestion, type CaseStudy } from '../../src/core/content/case-schema';
import { quizPlan } from '../../src/core/cases/quiz-plan';
import { caseQuestionId } from '../../src/core/quiz/question';

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

/** Answers the question on screen by keyboard, right or deliberately wrong, whatever order its options are shown in. */
async function answer(page: Page, caseId: string, q: CaseQuizQuestion, lang: 'it' | 'en', right: boolean) {
  const card = page.getByTestId('quiz-question').last();
  await expect(card).toHaveAttribute('data-question-id', caseQuestionId(caseId, q.id));
  if (q.type === 'numeric') {
    const value = right ? q.correct : q.correct + q.tolerance + 1;
    await tabTo(page, card.getByTestId('numeric-answer'));
    await page.keyboard.type(lang === 'it' ? String(value).replace('.', ',') : String(value));
    await page.keyboard.press('Enter');
    return;
  }
  const shown = await card.locator('input[type="radio"], input[type="checkbox"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  if (q.type === 'single') {
    const target = right ? shown.indexOf(q.correct) : shown.findIndex((id) => id !== q.correct);
    // Tab lands on the first radio of an unchecked group; arrows move and check.
    await tabTo(page, card.getByRole('radio').first());
    if (target === 0) await page.keyboard.press('Space');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('radio').nth(target)).toBeChecked();
  } else {
    const wanted = right ? q.correct : shown.filter((id) => !q.correct.includes(id));
    for (const [i, id] of shown.entries()) {
      if (!wanted.includes(id)) continue;
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
    await expect(page.getByTestId('case-schematic').locator('desc')).toContainText('sede d’accesso arterioso non riportata');
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
    const plan = quizPlan(c.timeline, c.quiz);
    await page.goto('/it/cases/sins-t11/quiz/');
    await waitForHydration(page);
    await expect(page.getByTestId('case-step')).toHaveCount(1);
    for (const [i, item] of plan.entries()) {
      if (i > 0) await pressNext(page);
      if (item.kind !== 'question') continue;
      await expect(page.getByTestId('quiz-next')).toHaveCount(0);
      const q = c.quiz[item.question]!;
      // The SINS total right, the next question wrong on purpose, the rest right.
      await answer(page, c.id, q, 'it', item.question !== 1);
      const feedback = page.getByTestId('quiz-feedback').last();
      await expect(feedback).toHaveAttribute('data-correct', String(item.question !== 1));
      await expect(feedback).toBeFocused();
      await expect(feedback.locator('a[data-source="ref"]')).toHaveAttribute('href', `/it/references/#${q.ref}`);
      if (item.question === 0) await expect(feedback).toContainText(`Il tuo totale: ${q.correct}; punteggio dell’esperto: ${q.correct}.`);
      if (item.question === 1) await expect(page.getByTestId('quiz-question').last().locator('[data-mark="wrong"]')).toHaveCount(1);
    }
    await expect(page.getByTestId('quiz-next')).toHaveText('Vedi il punteggio');
    await pressNext(page);
    await expect(page.getByTestId('quiz-score')).toHaveText(`Punteggio: ${c.quiz.length - 1} su ${c.quiz.length}`);
    await expect(page.getByTestId('quiz-review').locator('> li')).toHaveCount(c.quiz.length);
    await expect(page.getByTestId('quiz-saved')).toHaveAttribute('data-saved', 'true');
    // The mistake is now a review card.
    const reviewed = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('percutanea');
            open.onsuccess = () => {
              const req = open.result.transaction('events').objectStore('events').getAll();
              req.onsuccess = () => {
                const ids = (req.result as { type: string; questionId: string }[]).filter((e) => e.type === 'review').map((e) => e.questionId);
                open.result.close();
                resolve([...new Set(ids)]);
              };
            };
          }),
      );
    await expect.poll(reviewed).toEqual([caseQuestionId(c.id, c.quiz[1]!.id)]);

    const last = `Ultimo punteggio: ${c.quiz.length - 1} su ${c.quiz.length} (migliore: ${c.quiz.length - 1})`;
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('case-last-score')).toHaveText(last);
    await page.goto('/it/cases/sins-t11/');
    await waitForHydration(page);
    await expect(page.getByTestId('case-last-score')).toHaveText(last);
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
        await answer(page, c.id, q, 'en', right);
        asked += 1;
        const feedback = page.getByTestId('quiz-feedback').last();
        await expect(feedback).toHaveAttribute('data-correct', String(right));
        await expect(feedback).toContainText(right ? 'Correct' : /Wrong|Partly correct/);
        await expect(feedback).toContainText(q.explanation.en.slice(0, 40));
        await expect(feedback.locator('a[data-source="ref"]')).toHaveAttribute('href', `/en/references/#${q.ref}`);
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

test.describe('case accessibility', () => {
  // axe on long pages can take a while on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('axe passes on the index with the filter showing', async ({ page }) => {
    await page.goto('/it/cases/');
    await expect(page.locator('form[data-case-filter]')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe passes on case pages (spine, skeleton, series)', async ({ page }) => {
    for (const path of ['/en/cases/rcc-th12-vp/', '/it/cases/ewing-hip/', '/en/cases/ljubljana-series/']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });

  test('axe passes on the quiz with feedback and the SINS scorer showing', async ({ page }) => {
    await page.goto('/en/cases/sins-t11/quiz/');
    await waitForHydration(page);
    await page.getByTestId('quiz-next').click();
    await page.getByTestId('quiz-next').click();
    await page.getByText('Score it item by item').click();
    await expect(page.getByTestId('sins-item-scorer')).toHaveAttribute('open', '');
    await expectNoAxeViolations(page);
    await page.getByTestId('numeric-answer').fill('11');
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');
    await expectNoAxeViolations(page);
  });

  test('axe passes in the dark theme on a case page and on quiz feedback', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/it/cases/oo-femur-rfa/');
    await expectNoAxeViolations(page);
    await page.goto('/it/cases/hifu-breast/quiz/');
    await waitForHydration(page);
    await page.getByTestId('quiz-next').click();
    await page.getByTestId('quiz-next').click();
    await page.getByRole('checkbox').first().check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');
    await expectNoAxeViolations(page);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { testBuilt, builtPage, shown, textOf } from './built-site';
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

testBuilt.describe('case pages, built', () => {
  testBuilt('all 16 case pages, in both languages, have their title, timeline, schematic, references and links', () => {
    expect(cases).toHaveLength(16);
    for (const lang of ['it', 'en'] as const) {
      for (const c of cases) {
        const doc = builtPage(`/${lang}/cases/${c.id}/`);
        const at = `${lang}/${c.id}`;
        expect(doc.documentElement.lang, at).toBe(lang);
        expect(textOf(doc.querySelector('h1')), at).toBe(c.title[lang]);
        expect(doc.querySelectorAll('[data-testid="case-timeline"] > li').length, `${at} timeline`).toBe(c.timeline.length);
        const schematic = doc.querySelector('[data-testid="case-schematic"]');
        expect(shown(schematic?.querySelector('svg[role="img"]')), `${at} schematic`).toBe(true);
        expect(textOf(schematic?.querySelector('svg > title')), `${at} schematic title`).toContain(c.title[lang]);
        for (const level of c.site.levels ?? []) expect(schematic?.querySelectorAll(`.is-hit[data-level="${level}"]`).length, `${at} ${level}`).toBe(1);
        expect(doc.querySelectorAll('section.references li').length, `${at} references`).toBe(c.refs.length);
        expect(doc.querySelector('[data-testid="case-quiz-link"]')?.getAttribute('href'), at).toBe(`/${lang}/cases/${c.id}/quiz/`);
        expect(doc.querySelector('[data-testid="case-modules"] a')?.getAttribute('href'), at).toMatch(new RegExp(`^/${lang}/lessons/m\\d\\d-`));
      }
    }
  });

  testBuilt('the index lists every case without JavaScript, the filter form hidden only without JavaScript', () => {
    const doc = builtPage('/it/cases/');
    const items = [...doc.querySelectorAll('[data-testid="case-list"] > li')];
    expect(items).toHaveLength(16);
    expect(items.filter((li) => shown(li))).toHaveLength(16);
    // Shown from the first paint (no layout shift when the script runs); a noscript style hides it otherwise.
    const form = doc.querySelector('form[data-case-filter]');
    expect(form?.classList.contains('case-filter')).toBe(true);
    const noscriptCss = [...doc.head.querySelectorAll('noscript')].map((n) => n.textContent ?? '').join(' ');
    expect(noscriptCss).toMatch(/\.case-filter\s*\{\s*display:\s*none/);
  });
});

test.describe('case pages', () => {
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

import type { Page } from '@playwright/test';
import { test, expect, waitForHydration } from './fixtures';
import { testBuilt, builtPage, textOf } from './built-site';
import { algorithmIds, getAlgorithm, type AlgorithmId } from '../../src/core/algorithms/registry';

/** One full path per graph and language (different ones, to cover more of each graph) and where it ends. */
const walks: Record<AlgorithmId, Record<'it' | 'en', { path: string[]; recommendation: string }>> = {
  'a1-cirse-algorithm': {
    en: { path: ['palliative', 'size-reduction', 'surrounding-tissue'], recommendation: 'soft-tissue-ablation' },
    it: { path: ['palliative', 'consolidation'], recommendation: 'cementoplasty' },
  },
  'a2-cirse-strategy': {
    en: { path: ['no-canal', 'soft-tissue', 'fracture-risk', 'flat'], recommendation: 'ablation-plus-cement' },
    it: { path: ['no-canal', 'bone-only', 'other'], recommendation: 'outside-strategy' },
  },
  'a3-bone-metastases-management': {
    en: { path: ['oligometastatic', 'palliative', 'pain', 'large-away'], recommendation: 'mwa-or-cryo' },
    it: { path: ['plurimetastatic', 'hypervascular'], recommendation: 'embolization' },
  },
  'a4-noms': {
    en: {
      path: ['high-grade', 'neurological-deficit', 'radiosensitive', 'stable', 'tolerates-surgery'],
      recommendation: 'urgent-surgical-consultation--cebrt--symptomatic-compression-urgent--deficit-sources-disagree--cement-contraindicated',
    },
    it: { path: ['low-grade', 'radioresistant', 'stable'], recommendation: 'srs' },
  },
  'a5-ablation-indications-timing': {
    en: { path: ['radioresistant', 'radiotherapy-embolization'], recommendation: 'radiotherapy-embolization-ablation' },
    it: { path: ['refused-rt', 'embolization'], recommendation: 'embolization-then-ablation' },
  },
};

const titleOf = (id: AlgorithmId, nodeId: string, lang: 'it' | 'en'): string => {
  const node = (getAlgorithm(id).nodes as Record<string, { kind: string; title?: { it: string; en: string }; text?: { it: string; en: string } }>)[nodeId];
  return (node?.kind === 'recommendation' ? node.title : node?.text)?.[lang] ?? '';
};

/** Presses Tab (only Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 160; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('treatment algorithm walkthroughs', () => {
  for (const id of algorithmIds) {
    for (const lang of ['it', 'en'] as const) {
      const { path, recommendation } = walks[id][lang];
      test(`${id} (${lang}): a keyboard walk reaches ${recommendation}, and the link reproduces it`, async ({ page }) => {
        await page.goto(`/${lang}/algorithms/${id}/`);
        await waitForHydration(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(getAlgorithm(id).title[lang]);
        await expect(page.getByTestId('algo-question')).toHaveText(titleOf(id, getAlgorithm(id).root, lang));
        for (const [i, answer] of path.entries()) {
          await tabTo(page, `[data-option="${answer}"]`);
          await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
          // Focus lands on the new step's heading, ready for the next Tab.
          const heading = i === path.length - 1 ? page.getByTestId('algo-recommendation') : page.getByTestId('algo-question');
          await expect(heading).toBeFocused();
        }
        const rec = page.getByTestId('algo-recommendation');
        await expect(rec).toHaveAttribute('data-node', recommendation);
        await expect(rec).toHaveText(titleOf(id, recommendation, lang));
        await expect(page.getByTestId('algo-announcement')).toContainText(titleOf(id, recommendation, lang));
        await expect(page.getByTestId('algo-breadcrumbs').getByRole('button')).toHaveCount(path.length);
        // Exactly one box is current, even where the recommendation is drawn once per question leading to it.
        await expect(page.locator('.algo-chart [data-state="current"]')).toHaveCount(1);
        await expect(page.locator('.algo-chart [data-state="current"]')).toHaveAttribute('data-node', recommendation);
        await expect(page).toHaveURL(new RegExp(`/${lang}/algorithms/${id}/\\?path=${path.join('\\.')}$`));
        if (id === 'a4-noms' && lang === 'en') {
          // Where NOMS and the surgical view part, the learner sees it, and no cement is offered.
          await expect(page.getByTestId('algo-note').first()).toContainText('Neurological deficit: urgent treatment');
          await expect(page.getByTestId('algo-note').nth(1)).toContainText('The sources disagree: Neurological deficit');
          await expect(page.getByTestId('algo-note').nth(2)).toContainText('absolute contraindication to vertebroplasty');
        }

        await page.reload();
        await waitForHydration(page);
        await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', recommendation);
        await expect(page.getByTestId('algo-recommendation')).toHaveText(titleOf(id, recommendation, lang));
        await expect(page.getByTestId('algo-notices')).toHaveCount(0);
      });
    }
  }

  test('Back, Restart, a breadcrumb and a flowchart box, all by keyboard', async ({ page }) => {
    await page.goto('/en/algorithms/a4-noms/?path=high-grade.no-deficit.radioresistant.tolerates-surgery');
    await waitForHydration(page);
    await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', 'separation-surgery-srs');
    await tabTo(page, '[data-testid="algo-back"]');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('algo-question')).toBeFocused();
    await expect(page.getByTestId('algo-question')).toHaveText('S — Can the patient tolerate surgery?');
    await expect(page).toHaveURL(/\?path=high-grade\.no-deficit\.radioresistant$/);
    // The first breadcrumb goes back to question 1.
    await page.getByTestId('algo-breadcrumbs').getByRole('button').first().focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('algo-question')).toHaveText(titleOf('a4-noms', 'neurologic', 'en'));
    await expect(page).toHaveURL(/\/en\/algorithms\/a4-noms\/$/);
    // A box of the flowchart: the first route to it.
    await tabTo(page, '.algo-chart [data-node="srs"]');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', 'srs');
    await expect(page).toHaveURL(/\?path=low-grade\.radioresistant\.stable$/);
    await expect(page.locator('.algo-chart [data-node="mechanical-low-grade-radioresistant"]')).toHaveAttribute('data-state', 'on-path');
    await tabTo(page, '[data-testid="algo-restart"]');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('algo-question')).toBeFocused();
    await expect(page).toHaveURL(/\/en\/algorithms\/a4-noms\/$/);
  });

  test('an illegal path shows a notice and keeps the valid prefix, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/algorithms/a1-cirse-algorithm/?path=palliative.teleport.canal`);
      await waitForHydration(page);
      const notices = page.getByTestId('algo-notices');
      await expect(notices).toBeVisible();
      await expect(notices).toContainText('teleport');
      await expect(notices).toContainText('consolidation, no-consolidation, size-reduction');
      await expect(page.getByTestId('algo-question')).toHaveText(titleOf('a1-cirse-algorithm', 'palliative-need', lang));
      await expect(page).toHaveURL(/\?path=palliative$/);
      await expect(page.locator('body')).not.toContainText('NaN');
    }
  });

  test('on a phone the flowchart fits the width; zoom and the scroll box work by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/algorithms/a5-ablation-indications-timing/');
    await waitForHydration(page);
    const box = page.getByTestId('algo-chart-box');
    const svg = page.locator('svg.algo-chart');
    await svg.scrollIntoViewIfNeeded();
    const fitted = (await svg.boundingBox())!;
    expect(fitted.width).toBeLessThanOrEqual((await box.boundingBox())!.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tabTo(page, '[data-testid="chart-zoom-in"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('chart-zoom-level')).toHaveText('75%');
    expect((await svg.boundingBox())!.width).toBeGreaterThan(fitted.width * 3);
    // The page itself still does not scroll sideways: the box does, by keyboard once focused.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await box.focus();
    await box.evaluate((el) => (el.scrollLeft = 0));
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await tabTo(page, '[data-testid="chart-zoom-toggle"]');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('chart-zoom-level')).toHaveText('Fit to width');
  });

  test('steps after a recommendation are dropped with a notice', async ({ page }) => {
    await page.goto('/en/algorithms/a2-cirse-strategy/?path=operable.extra');
    await waitForHydration(page);
    await expect(page.getByTestId('algo-notices')).toContainText('already reaches a recommendation');
    await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', 'surgery-first');
  });

  test('switching language keeps the path', async ({ page }) => {
    await page.goto('/it/algorithms/a3-bone-metastases-management/?path=plurimetastatic.consolidation');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Leggi questa pagina in inglese' }).click();
    await waitForHydration(page);
    await expect(page).toHaveURL(/\/en\/algorithms\/a3-bone-metastases-management\/\?path=plurimetastatic\.consolidation$/);
    await expect(page.getByTestId('algo-recommendation')).toHaveText(titleOf('a3-bone-metastases-management', 'osteoplasty', 'en'));
  });


  test('a walkthrough shows the recommendation, its notes and how the source was read (it)', async ({ page }) => {
    await page.goto('/it/algorithms/a4-noms/?path=high-grade.no-deficit.radioresistant.cannot-tolerate-surgery.unstable.more');
    await waitForHydration(page);
    await expect(page.getByTestId('algo-recommendation')).toHaveAttribute('data-node', 'cement-augmentation--palliative-cebrt--cement-epidural-caution');
    await expect(page.getByTestId('algo-notices')).toBeVisible();
    await expect(page.getByTestId('algo-note')).toContainText('Cemento con compressione di alto grado asintomatica');
    await expect(page.getByTestId('algo-about')).toContainText('Laufer e colleghi (2013)');
  });

});

testBuilt('the index lists the five algorithms in order, in Italian and English', () => {
  for (const lang of ['it', 'en'] as const) {
    const doc = builtPage(`/${lang}/algorithms/`);
    const items = [...doc.querySelectorAll('[data-testid="algorithm-list"] li')];
    expect(items.map((li) => li.getAttribute('data-algorithm')), lang).toEqual([...algorithmIds]);
    for (const [i, id] of algorithmIds.entries()) {
      const link = items[i]!.querySelector('a');
      expect(textOf(link), `${lang} ${id}`).toBe(getAlgorithm(id).title[lang]);
      expect(link?.getAttribute('href'), `${lang} ${id}`).toBe(`/${lang}/algorithms/${id}/`);
    }
    const current = [...doc.querySelectorAll('header nav a[aria-current="page"]')].map((a) => textOf(a));
    expect(current, lang).toEqual([lang === 'it' ? 'Algoritmi' : 'Algorithms']);
  }
});

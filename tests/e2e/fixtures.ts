import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * Every browser test fails if the page asks any origin other than the preview server:
 * the site must make no foreign request (no CDN, no analytics).
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol)) foreign.push(req.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The rules the dark theme can break (it changes colours only). A second pass of a page in the dark theme runs
 * these; the light pass has run the full set.
 */
export const darkRules = ['color-contrast', 'link-in-text-block'];

/** The WCAG 2.1 A/AA rules and axe's best practices: the full set each page type is checked against. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core in the page and returns its violations, one line each. axe.run straight in the page, asking for
 * violations only: @axe-core/playwright's default path runs each frame apart and finishes in a second, blank page,
 * and serialises every passing node, which made one check of a long lesson take 20 s instead of 3 (the pages
 * have no iframes). `only` picks rules by id; without it the full tag set runs.
 */
export async function axeViolations(page: Page, only?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: axeTags };
  const violations = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options as axe.RunOptions).then((r) => r.violations),
    { runOnly, resultTypes: ['violations'] },
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * Waits until the page's React islands have hydrated (Astro removes the ssr attribute). A client:visible island
 * below the fold hydrates only when scrolled to, so it is not waited for until it is in view.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')].every((el) => {
      if (el.getAttribute('client') !== 'visible') return false;
      const box = (el.firstElementChild ?? el).getBoundingClientRect();
      return box.top > window.innerHeight || box.bottom < 0;
    }),
  );
}

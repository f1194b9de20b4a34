import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary).toEqual([]);
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

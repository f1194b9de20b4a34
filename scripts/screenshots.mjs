// Screenshots of the product for the README: home, lesson, calculator, case and quiz at 390 px and 1366 px,
// light and dark, in both languages' most visited page (Italian home, English pages otherwise). Run against a
// built site served by `npm run preview` (PORT, default 4321): `node scripts/screenshots.mjs`.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = `http://127.0.0.1:${process.env.PORT ?? 4321}`;
const pages = {
  home: '/it/',
  lesson: '/en/lessons/m09-cryoablation/',
  calculator: '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
  case: '/it/cases/sins-t11/',
  quiz: '/en/quiz/',
};
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const [name, path] of Object.entries(pages)) {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, bypassCSP: true });
      await page.goto(base + path);
      // Islands in view have hydrated; a client:visible island below the fold hydrates only when scrolled to.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('astro-island[ssr]')].every((el) => {
          if (el.getAttribute('client') !== 'visible') return false;
          const box = (el.firstElementChild ?? el).getBoundingClientRect();
          return box.top > window.innerHeight || box.bottom < 0;
        }),
      );
      await page.screenshot({ path: `docs/screenshots/${name}-${size}-${scheme}.png` });
      await page.close();
    }
  }
}
await browser.close();
console.log(`${Object.keys(pages).length * 4} screenshots in docs/screenshots/`);

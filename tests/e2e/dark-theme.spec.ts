import { test, expectNoAxeViolations, waitForHydration } from './fixtures';

// Every page type must keep its contrast in the dark theme too (the theme follows the system).
const pages = [
  '/it/lessons/m04-scores/',
  '/en/tools/tokuhashi/?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none',
  '/it/tools/escc/?escc=2',
  '/en/tools/noms/',
  '/it/tools/pain-response/?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26',
  '/en/tools/radiosensitivity/',
  '/en/cases/',
  '/it/cases/urothelial-l2/',
  '/en/quiz/',
  '/it/progress/',
  '/en/present/',
  '/it/glossary/',
];

test.use({ colorScheme: 'dark' });

for (const path of pages) {
  test(`axe finds no violation in the dark theme on ${path}`, async ({ page }) => {
    await page.goto(path);
    // Islands below the fold hydrate when visible: bring each into view first.
    // (Scrolled by script: an island that renders nothing has no box to wait for.)
    for (const island of await page.locator('astro-island').all()) {
      await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView()); // astro-island is display: contents
      await page.waitForTimeout(150);
    }
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
}

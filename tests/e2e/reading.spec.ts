import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Reading a lesson: glossary tips and citation previews by mouse, keyboard and touch, and where a tip opens.

const lesson = (lang: string) => `/${lang}/lessons/m06-vertebroplasty/`;
/** Terms followed closely by a citation in the lesson: "… conscious sedation (Gangi 2010)". */
const termsBeforeCitations = ['vertebral-body', 'conscious-sedation'];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box of the first element after the term (in reading order) that a reader can focus or tap. */
async function nextInteractiveBox(term: Locator): Promise<Box & { text: string }> {
  return term.evaluate((el) => {
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')];
    const next = focusable.find((f) => !el.contains(f) && el.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)!;
    const r = next.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: next.textContent ?? '' };
  });
}

/** The tip is shown whole: inside the viewport, and over nothing the reader could want to tap next. */
async function expectTipClearOfNext(page: Page, term: Locator) {
  const tip = term.locator('.term__tip');
  await expect(tip).toBeVisible();
  const box = (await tip.boundingBox())!;
  const next = await nextInteractiveBox(term);
  expect(intersects(box, next), `tip ${JSON.stringify(box)} covers "${next.text}" ${JSON.stringify(next)}`).toBe(false);
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

for (const width of [390, 1366]) {
  test(`a glossary tip never covers the citation that follows the term, nor leaves the screen (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const lang of ['it', 'en']) {
      await page.goto(lesson(lang));
      for (const id of termsBeforeCitations) {
        const term = page.locator(`.term[data-term="${id}"]`).first();
        await term.scrollIntoViewIfNeeded();
        await term.locator('.term__word').hover();
        await expectTipClearOfNext(page, term);
        await term.locator('.term__word').focus();
        await expectTipClearOfNext(page, term);
        await page.keyboard.press('Escape');
        await page.mouse.move(0, 0);
      }
    }
  });
}

test('a citation previews its reference on mouse hover, only its own in a group, and closes when the mouse leaves or on Esc', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(lesson('en'));
  const cite = page.locator('.cite__link[data-cite="gangi2010"]').first();
  const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
  const reference = await page.locator('#ref-gangi2010').innerText();
  await cite.hover();
  await expect(tip).toBeVisible();
  expect(reference).toContain((await tip.innerText()).trim());
  await expect(tip).toContainText('Quality improvement guidelines for bone tumour management');
  // The pointer can move onto the preview (to read or select it) without closing it.
  const [box, link] = [(await tip.boundingBox())!, (await cite.boundingBox())!];
  await page.mouse.move(link.x + link.width / 2, box.y + box.height - 4, { steps: 12 });
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await cite.hover();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // In a group "(A 2014; B 1987)" the pointer over B previews B alone.
  const group = page.locator('.cite').filter({ has: page.locator('.cite__link').nth(1) }).first();
  const [first, second] = [group.locator('.cite__link').nth(0), group.locator('.cite__link').nth(1)];
  await second.scrollIntoViewIfNeeded();
  await second.hover();
  await expect(group.locator(`#${await second.getAttribute('aria-describedby')}`)).toBeVisible();
  await expect(group.locator(`#${await first.getAttribute('aria-describedby')}`)).toBeHidden();
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap on a glossary term shows its tip; a tap elsewhere or on the term again closes it', async ({ page }) => {
    await page.goto(lesson('it'));
    const term = page.locator('.term[data-term="conscious-sedation"]').first();
    const word = term.locator('.term__word');
    const tip = term.locator('.term__tip');
    await word.scrollIntoViewIfNeeded();
    await word.tap();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Conscious sedation');
    await expectTipClearOfNext(page, term);
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();

    await word.tap();
    await expect(tip).toBeVisible();
    await word.tap();
    await expect(tip).toBeHidden();

    // A term on the top line of the screen has no room above it: its tip still shows whole.
    await word.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 4));
    await word.tap();
    await expect(tip).toBeInViewport({ ratio: 1 });
  });

  test('a tap on a citation previews the reference in place; a tap elsewhere closes it, a second tap opens the list', async ({ page }) => {
    await page.goto(lesson('it'));
    const cite = page.locator('.cite__link[data-cite="gangi2010"]').first();
    const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    const reference = await page.locator('#ref-gangi2010').innerText();
    await cite.scrollIntoViewIfNeeded();
    await cite.tap();
    await expect(tip).toBeVisible();
    expect(reference).toContain((await tip.innerText()).trim());
    await expect(tip).toBeInViewport({ ratio: 1 });
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();

    await cite.tap();
    await expect(tip).toBeVisible();
    await cite.tap();
    await expect(page).toHaveURL(/#ref-gangi2010$/);
    await expect(page.locator('#ref-gangi2010')).toBeInViewport();
  });
});

// Search: Pagefind's index of the built site, one per language.
test.describe('search', () => {
  const results = (page: Page) => page.getByTestId('search-results').locator('.search-result');
  const search = async (page: Page, lang: string, q: string) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
    await expect(results(page).first()).toBeVisible();
  };

  const kinds = {
    en: [
      { q: 'osteoid osteoma', type: 'case', label: 'Case', href: '/en/cases/oo-femur-rfa/' },
      { q: 'SINS', type: 'tool', label: 'Calculator', href: '/en/tools/sins/' },
      { q: 'cryoshock', type: 'glossary', label: 'Glossary', href: '/en/glossary/#cryoshock', section: 'Section: Cryoshock' },
      { q: 'Galibert', type: 'reference', label: 'Reference', href: '/en/references/#galibert1987', section: /^Section: Galibert P, .*Note préliminaire sur le traitement des angiomes vertébraux/ },
    ],
    it: [
      { q: 'osteoma osteoide', type: 'case', label: 'Caso', href: '/it/cases/oo-femur-rfa/' },
      { q: 'SINS', type: 'tool', label: 'Calcolatore', href: '/it/tools/sins/' },
      { q: 'crioshock', type: 'glossary', label: 'Glossario', href: '/it/glossary/#cryoshock', section: 'Sezione: Crioshock' },
      { q: 'Galibert', type: 'reference', label: 'Bibliografia', href: '/it/references/#galibert1987', section: /^Sezione: Galibert P, .*Note préliminaire sur le traitement des angiomes vertébraux/ },
    ],
  };
  for (const lang of ['en', 'it'] as const) {
    test(`a case, a calculator, a glossary term and a reference each come labelled with their type and lead to the matched place (${lang})`, async ({ page }) => {
      for (const k of kinds[lang]) {
        await search(page, lang, k.q);
        const hit = results(page).filter({ has: page.locator(`a[href^="${k.href}"]`) }).first();
        await expect(hit, `"${k.q}" finds ${k.href}`).toHaveAttribute('data-type', k.type);
        await expect(hit.locator('.search-result__type')).toHaveText(k.label);
        await expect(hit.locator('.search-result__excerpt mark').first()).toBeVisible();
        if (k.section) await expect(hit.locator('.search-result__section')).toHaveText(k.section);
      }
      // The glossary result lands on the term itself.
      const term = { en: 'Cryoshock', it: 'Crioshock' }[lang];
      await search(page, lang, term);
      await results(page).locator('a[href$="/glossary/#cryoshock"]').click();
      await expect(page.locator('h2#cryoshock')).toBeInViewport();
      await expect(page.locator('h2#cryoshock')).toHaveText(term);
    });
  }

  test('eight results first, each with the words highlighted, then more on demand until all are shown (it)', async ({ page }) => {
    await search(page, 'it', 'cemento');
    const total = Number((await page.getByTestId('search-status').innerText()).match(/\d+/)![0]);
    expect(total).toBeGreaterThan(16);
    await expect(results(page)).toHaveCount(8);
    for (const excerpt of await results(page).locator('.search-result__excerpt').all()) await expect(excerpt.locator('mark').first()).toBeVisible();
    const more = page.getByTestId('search-more');
    await expect(more).toHaveText('Mostra altri risultati');
    await more.click();
    await expect(results(page)).toHaveCount(16);
    for (let shown = 16; shown < total; ) {
      await more.click();
      shown = Math.min(shown + 8, total);
      await expect(results(page)).toHaveCount(shown);
    }
    await expect(more).toBeHidden();
  });

  test('a lesson result quotes the lesson’s own prose, not the text of its citation previews or glossary tips', async ({ page }) => {
    await search(page, 'en', 'Galibert');
    const excerpt = results(page).filter({ has: page.locator('a[href^="/en/lessons/m06-vertebroplasty/"]') }).locator('.search-result__excerpt');
    await expect(excerpt).toContainText('Galibert and colleagues first used percutaneous acrylic cement');
    await expect(excerpt).not.toContainText('Neurochirurgie');
    await search(page, 'it', 'fuoriuscita di cemento');
    const lessons = results(page).filter({ has: page.locator('a[href*="/lessons/"]') }).locator('.search-result__excerpt');
    await expect(lessons.first()).toBeVisible();
    // A glossary tip would add the English term and its definition after the Italian words.
    for (const text of await lessons.allInnerTexts()) expect(text).not.toMatch(/Cement leakage/);
  });

  const subjects = {
    en: { vertebroplasty: 'm06-vertebroplasty', cryoablation: 'm09-cryoablation', kyphoplasty: 'm07-kyphoplasty-osteoplasty' },
    it: { vertebroplastica: 'm06-vertebroplasty', crioablazione: 'm09-cryoablation', cifoplastica: 'm07-kyphoplasty-osteoplasty' },
  };
  for (const lang of ['en', 'it'] as const) {
    test(`the lesson on a subject comes first for its name, above every case (${lang})`, async ({ page }) => {
      for (const [q, slug] of Object.entries(subjects[lang])) {
        await search(page, lang, q);
        await expect(results(page).first()).toHaveAttribute('data-type', 'lesson');
        expect(await results(page).first().locator('a').getAttribute('href')).toMatch(new RegExp(`^/${lang}/lessons/${slug}/`));
        // The cases that mention the subject are found, and rank below the lesson.
        const types = await results(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
        expect(types.indexOf('case'), `a case is among the first eight for "${q}"`).toBeGreaterThan(0);
      }
    });
  }
});

import { test, expect } from './fixtures';

// What a learner reads about where a case comes from: the source is cited as a reader would cite
// it, and a treatment the source does not state is shown as an inference, in both languages.
test('a case with an inferred treatment says so, and cites its source by name, in Italian and English', async ({ page }) => {
  for (const [lang, inferred, box, described] of [
    ['it', /dedott/i, 'Dedotto, non documentato', 'Corso italiano sul trattamento percutaneo delle metastasi ossee'],
    ['en', /inferred/i, 'Inferred, not documented', 'Italian lecture course on the percutaneous treatment of bone metastases'],
  ] as const) {
    await page.goto(`/${lang}/cases/myeloma-c2/`);
    await expect(page.locator('h1')).toHaveText(inferred);
    await expect(page.getByTestId('case-inferences')).toContainText(box);
    await expect(page.getByTestId('case-step-inferred')).toBeVisible();
    const source = page.locator('.case-facts cite');
    // A source with no printed author is described, in the reader's language.
    await expect(source).toContainText(described);
    await expect(source).not.toContainText(/unnamed|undated|seed|course document|;\S/i);
    await source.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/references/#seed000-lecture$`));
    await expect(page.getByTestId('bibliography')).not.toContainText(/seed|Course source|Fonte del corso|Unnamed/i);
    await expect(page.getByTestId('bibliography').locator('#seed000-lecture')).toContainText(described);
  }
});

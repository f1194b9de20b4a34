import { test, expect } from './fixtures';
import { printedText } from './pdf-text';

// The print checks read the PDF through this helper: it must count the pages and find the text on each.
test('the PDF reader counts printed pages and finds the text of each', async ({ page }) => {
  await page.setContent(`<p>First page, printed on 2 December 2026.</p>
    <p style="break-before: page">Second page: A scopo didattico, non per decisioni cliniche.</p>`);
  const pages = await printedText(page);
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain('First page, printed on 2 December 2026.');
  expect(pages[1]).toContain('A scopo didattico, non per decisioni cliniche.');
  expect(pages[0]).not.toContain('Second page');
});

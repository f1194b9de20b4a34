import { test, expect, waitForHydration } from './fixtures';

const contract = '?kps=90&extraspinal=0&vertebral=1&organs=none&primary=breast&palsy=none';

test.describe('Tokuhashi calculator', () => {
  test('the public link reads 15 / gte1y, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/tools/tokuhashi/${contract}`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-total')).toHaveText('15');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'gte1y');
      await expect(page.getByTestId('score-band')).toHaveText(lang === 'it' ? 'Sopravvivenza attesa di almeno 1 anno' : 'Expected survival of 1 year or more');
      await expect(page.getByTestId('tokuhashi-treatment')).toContainText(lang === 'it' ? 'Chirurgia escissionale' : 'Excisional surgery');
      await expect(page.getByTestId('query-notices')).toHaveCount(0);
    }
  });

  test('a hand-typed 3+ (a literal plus) is read, and the lowest patient scores 0 / lt6m', async ({ page }) => {
    await page.goto('/en/tools/tokuhashi/?kps=10&extraspinal=3+&vertebral=3+&organs=unremovable&primary=lung&palsy=complete');
    await waitForHydration(page);
    await expect(page.getByTestId('score-total')).toHaveText('0');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'lt6m');
    await expect(page.getByTestId('tokuhashi-treatment')).toContainText('Conservative or palliative');
    await expect(page).toHaveURL(/extraspinal=3%2B&vertebral=3%2B/);
  });

  test('is operable by keyboard alone, and the URL follows', async ({ page }) => {
    await page.goto('/en/tools/tokuhashi/');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await page.getByRole('radio', { name: /^KPS 100%/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // KPS 90
    await page.keyboard.press('Tab'); // extraspinal: 3 or more
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // none
    await page.keyboard.press('Tab'); // vertebral: 3 or more
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // 1
    await page.keyboard.press('Tab'); // organs: unremovable
    await page.keyboard.press('ArrowDown'); // removable
    await page.keyboard.press('Tab'); // primary: lung, the first site
    await page.keyboard.press('ArrowUp'); // wraps to the last site: carcinoid (5 points)
    await expect(page.getByRole('radio', { name: 'Carcinoid tumour' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Carcinoid tumour' })).toBeFocused();
    await page.keyboard.press('Tab'); // palsy: complete
    await page.keyboard.press('ArrowDown'); // incomplete
    // 2 + 2 + 2 + 1 + 5 + 1 = 13
    await expect(page.getByTestId('score-total')).toHaveText('13');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'gte1y');
    await expect(page).toHaveURL(/\?kps=90&extraspinal=0&vertebral=1&organs=removable&primary=carcinoid&palsy=incomplete$/);
    await expect(page.getByTestId('score-announcement')).toContainText('Total 13: Expected survival of 1 year or more');
    // KPS 90 → 70 drops one point (12, still gte1y); a complete palsy drops one more (11, the top of gte6m)
    await page.getByRole('radio', { name: /^KPS 90%/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /^KPS 70%/ })).toBeChecked();
    await expect(page.getByTestId('score-total')).toHaveText('12');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'gte1y');
    await page.getByRole('radio', { name: /^Incomplete/ }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('score-total')).toHaveText('11');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'gte6m');
  });

  test('the 1990 note opens from the keyboard', async ({ page }) => {
    await page.goto(`/en/tools/tokuhashi/${contract}`);
    await waitForHydration(page);
    const note = page.getByTestId('tokuhashi-1990-note');
    await expect(note.getByText('maximum total was 12 rather than 15')).toBeHidden();
    await note.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(note.getByText('maximum total was 12 rather than 15', { exact: false })).toBeVisible();
  });

  test('switching language keeps the state', async ({ page }) => {
    await page.goto(`/it/tools/tokuhashi/${contract}`);
    await waitForHydration(page);
    await page.getByRole('radio', { name: 'Polmone' }).check();
    await expect(page.getByTestId('score-total')).toHaveText('10');
    await page.getByRole('link', { name: 'Leggi questa pagina in inglese' }).click();
    await expect(page).toHaveURL(/\/en\/tools\/tokuhashi\/\?kps=90&.*primary=lung/);
    await waitForHydration(page);
    await expect(page.getByTestId('score-total')).toHaveText('10');
    await expect(page.getByTestId('score-band')).toHaveText('Expected survival of 6 months or more');
  });

  test('illegal parameters are ignored with a visible note, never a crash', async ({ page }) => {
    await page.goto('/en/tools/tokuhashi/?kps=95&primary=foo&palsy=none&colour=red');
    await waitForHydration(page);
    await expect(page.getByTestId('query-notices')).toContainText('kps=95');
    await expect(page.getByTestId('query-notices')).toContainText('primary=foo');
    await expect(page.getByTestId('query-notices')).toContainText('colour');
    await expect(page.getByTestId('score-total')).toHaveText('—');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page.getByTestId('score-missing')).toContainText('General condition (Karnofsky performance status), Extraspinal bone metastases');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('reset clears the result and the URL; copy puts the treatment on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/tools/tokuhashi/${contract}`);
    await waitForHydration(page);
    await page.getByTestId('copy-result').click();
    await expect(page.getByText('Result copied to the clipboard')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Total: 15 — Expected survival of 1 year or more');
    expect(text).toContain('Suggested treatment: Excisional surgery');
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page).toHaveURL(/\/en\/tools\/tokuhashi\/$/);
  });
});

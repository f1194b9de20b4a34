import { test, expect, waitForHydration } from './fixtures';

const urothelial = '?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26';

test.describe('Pain response calculator', () => {
  test('the urothelial L2 link reads a partial response without significant relief, in Italian and English', async ({ page }) => {
    for (const lang of ['it', 'en'] as const) {
      await page.goto(`/${lang}/tools/pain-response/${urothelial}`);
      await waitForHydration(page);
      await expect(page.getByTestId('score-total')).toHaveText('-3');
      await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'partial');
      await expect(page.getByTestId('score-band')).toHaveText(lang === 'it' ? 'Risposta parziale' : 'Partial response');
      await expect(page.getByTestId('pain-significant')).toHaveAttribute('data-significant', 'false');
      await expect(page.getByTestId('pain-vas')).toContainText(lang === 'it' ? '-3 punti (-33,3%)' : '-3 points (-33.3%)');
      await expect(page.getByTestId('pain-odi')).toContainText(lang === 'it' ? '39 → 26: -13 punti (-33,3%)' : '39 → 26: -13 points (-33.3%)');
    }
  });

  test('is operable by keyboard alone, accepts a decimal comma, and the URL follows', async ({ page }) => {
    await page.goto('/it/tools/pain-response/');
    await waitForHydration(page);
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await page.getByLabel('VAS prima del trattamento').focus();
    await page.keyboard.type('7,5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'complete');
    await expect(page.getByTestId('pain-significant')).toHaveAttribute('data-significant', 'true');
    await expect(page.getByTestId('score-total')).toHaveText('-7,5');
    await expect(page).toHaveURL(/\?vasBefore=7%2C5&vasAfter=0$/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('6');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('4');
    // a fall of exactly 2 points is no response
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'none');
    // Tab on to the preset button and press it
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('preset-urothelial')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'partial');
    await expect(page).toHaveURL(new RegExp(`${urothelial.replace('?', '\\?')}$`));
    await expect(page.getByTestId('score-announcement')).toHaveText('Risposta parziale; variazione del VAS -3 punti');
  });

  test('illegal values are explained by their field; unknown parameters are noted; never NaN', async ({ page }) => {
    await page.goto('/en/tools/pain-response/?vasBefore=abc&vasAfter=12&colour=red');
    await waitForHydration(page);
    await expect(page.getByTestId('query-notices')).toContainText('colour');
    const before = page.getByLabel('VAS before treatment');
    await expect(before).toHaveAttribute('aria-invalid', 'true');
    await expect(before).toHaveAccessibleDescription(/VAS before: "abc" is not a number \(allowed values 0 to 10\)\./);
    await expect(page.getByTestId('error-vasAfter')).toHaveText('VAS after: 12 is out of range (allowed values 0 to 10).');
    await expect(page.getByTestId('score-total')).toHaveText('—');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'invalid');
    await expect(page.locator('body')).not.toContainText('NaN');
    await before.fill('9');
    await page.getByLabel('VAS after treatment').fill('4');
    await expect(before).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'partial');
    await expect(page.getByTestId('pain-significant')).toHaveAttribute('data-significant', 'true');
  });

  test('on a phone the VAS verdict stays in view above the keyboard-typed ODI, which the result bar does not cover', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/tools/pain-response/');
    await waitForHydration(page);
    await page.getByLabel('VAS before treatment').fill('8.');
    await page.getByLabel('VAS after treatment').fill('4,');
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'partial');
    const odiBefore = page.getByLabel('ODI before treatment');
    await odiBefore.focus();
    await page.keyboard.type('40');
    // The answer does not vanish while the optional ODI pair is half filled.
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'partial');
    await expect(page.getByTestId('pain-odi')).toContainText('Missing: ODI after treatment');
    await expect(page.getByTestId('score-band')).toBeInViewport();
    await expect(page.getByTestId('score-total')).toHaveText('-4');
    const odiAfter = page.getByLabel('ODI after treatment');
    await page.keyboard.press('Tab');
    await expect(odiAfter).toBeFocused();
    const field = await odiAfter.boundingBox();
    const bar = await page.locator('.calc__result').boundingBox();
    expect(field && bar && field.y + field.height <= bar.y, 'the focused ODI field sits above the result bar').toBe(true);
    await page.keyboard.type('30');
    await expect(page.getByTestId('pain-odi')).toContainText('40 → 30: -10 points (-25%)');
  });

  test('reset clears the result and the URL; copy gives a plain-text summary', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/tools/pain-response/${urothelial}`);
    await waitForHydration(page);
    await page.getByTestId('copy-result').click();
    await expect(page.getByText('Result copied to the clipboard')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Partial response — VAS change: 9 → 6: -3 points (-33.3%)');
    expect(text).toContain('Significant relief (> 50%): no');
    await page.getByTestId('reset').click();
    await expect(page.getByTestId('score-band')).toHaveAttribute('data-band', 'incomplete');
    await expect(page).toHaveURL(/\/en\/tools\/pain-response\/$/);
  });

  test('shows the definitions and the trial figures', async ({ page }) => {
    await page.goto('/en/tools/pain-response/');
    await waitForHydration(page);
    await expect(page.getByTestId('pain-definitions')).toContainText('Partial response: VAS falls by more than 2 points');
    await page.getByTestId('pain-trial').locator('summary').click();
    const trial = page.getByTestId('pain-trial').locator('table');
    await expect(trial).toContainText('53.3%');
    await expect(trial).toContainText('93.3%');
    await expect(trial).toContainText('59.9%');
  });
});

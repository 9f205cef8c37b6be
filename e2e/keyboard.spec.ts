// Story: a keyboard-only run. Shortcuts drive playback; Tab reaches a broker; Enter opens its
// panel; the crash button is right there; shortcuts stay quiet while typing.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('run the lesson with the keyboard only', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto();
  await page.locator('body').focus();

  await page.keyboard.press('ArrowRight');
  await app.expectStep(1);
  await page.keyboard.press('PageDown');
  await app.expectStep(2);
  await page.keyboard.press('ArrowRight');
  await app.expectStep(3);
  await page.keyboard.press('ArrowLeft');
  await app.expectStep(2);
  await page.keyboard.press('PageUp');
  await app.expectStep(1);

  await page.keyboard.press('Space');
  await expect(app.pauseButton).toBeVisible();
  await page.keyboard.press('Space');
  await expect(app.playButton).toBeVisible();
  await page.keyboard.press('Home');
  await app.expectStep(0);

  // Typing in a text field never steps.
  await page.getByRole('textbox', { name: 'Key' }).focus();
  await page.keyboard.type('a b');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await app.expectStep(0);
  await expect(page.getByRole('textbox', { name: 'Key' })).toHaveValue('a b');

  // Tab to broker 2 and open its panel with Enter.
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => /^Broker 2,/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
  }
  expect(found, 'Tab reaches broker 2').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Broker 2' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Crash broker 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.forkNotice).toBeVisible();
  await expect(app.broker(2)).toHaveAccessibleName(/, down\b/);

  // Space on a focused diagram button selects it instead of playing.
  await app.broker(1).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Broker 1' })).toBeVisible();
  await expect(app.playButton).toBeVisible();
  app.expectNoConsoleErrors();
});

// Story: "what if". An intervention at an earlier step discards the future that had been played.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('an intervention discards the old future', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=300');
  await expect(page.getByText('300 rows')).toBeVisible();
  await app.seek(150);
  await expect(page.getByText('300 rows')).toBeVisible();
  const oldRow = await app.rowOfStep(151).textContent();

  await page.getByRole('textbox', { name: 'Key' }).fill('erin');
  await page.getByRole('textbox', { name: 'Value' }).fill('what-if');
  await page.getByRole('button', { name: 'Send' }).click();

  await expect(app.forkNotice).toContainText('Timeline forked at step 150');
  await expect(page.getByText('151 rows')).toBeVisible();
  await expect(app.timeline).toHaveAttribute('max', '151');
  const newRow = await app.currentRow.textContent();
  expect(newRow).not.toEqual(oldRow);

  // A second change names the first as well: the narration and lesson panel count from there.
  await page.getByRole('textbox', { name: 'Value' }).fill('what-if-again');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(app.forkNotice).toContainText('Timeline forked at step 151 (first change at step 150)');
  // The notice is alone: its headline is read whole, not cut by an ellipsis.
  const headline = await page.locator('.fork-notice .notice-text').evaluate((text) => ({
    strong: (text.querySelector('strong') as HTMLElement).getBoundingClientRect().right,
    shown: text.getBoundingClientRect().right,
  }));
  expect(headline.strong).toBeLessThanOrEqual(headline.shown + 0.5);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(app.forkNotice).toBeHidden();
  app.expectNoConsoleErrors();
});

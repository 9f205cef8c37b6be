// Story: time travel. After a crash, the class steps back to before it and sees the old state
// exactly as it was: every name in the diagram and the table's row.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('step back to before the crash and see the old state exactly', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=240');
  await app.stepForward(2);
  const before = await app.diagramNames();
  const rowBefore = await app.currentRow.textContent();
  const narrationBefore = await app.narration.textContent();

  const leader = await app.leaderOf('orders-0');
  await app.crash(leader);
  await expect(app.broker(leader)).toHaveAccessibleName(/, down\b/);
  await app.stepForward(20);
  expect(await app.diagramNames()).not.toEqual(before);

  await app.seek(242);
  expect(await app.diagramNames()).toEqual(before);
  await expect(app.currentRow).toHaveText(rowBefore ?? '');
  await expect(app.narration).toHaveText(narrationBefore ?? '');

  // Stepping back one at a time works too, and forward again replays the same future.
  await app.stepBackButton.click();
  await app.expectStep(241);
  await app.stepForwardButton.click();
  await app.expectStep(242);
  expect(await app.diagramNames()).toEqual(before);
  app.expectNoConsoleErrors();
});

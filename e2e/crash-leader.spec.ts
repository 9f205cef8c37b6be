// Story: the leader dies. The teacher crashes the leader of orders-0 and the class watches the
// controller elect a new one: the broker's name says "down", another says "leader of orders-0".
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('crash the leader and see a new leader elected', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=260');
  await app.expectStep(260);
  const leader = await app.leaderOf('orders-0');

  await app.broker(leader).click();
  await expect(page.getByRole('button', { name: `Crash broker ${leader}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Isolate broker ${leader}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Restart broker ${leader}` })).toBeDisabled();
  await page.getByRole('button', { name: `Crash broker ${leader}` }).click();

  await expect(app.forkNotice).toContainText('Timeline forked at step 260');
  await expect(app.broker(leader)).toHaveAccessibleName(/, down\b/);
  await expect(page.getByRole('button', { name: `Restart broker ${leader}` })).toBeEnabled();

  await app.playToEnd();
  const newLeader = await app.leaderOf('orders-0');
  expect(newLeader).not.toBe(leader);
  await expect(app.replica('orders', 0, newLeader)).toHaveAccessibleName(/, leader, in ISR/);

  await app.filterTable('Controller');
  const elected = app.rowsOf('Controller').filter({ hasText: /elected/i });
  await expect(elected.first()).toBeVisible();
  app.expectNoConsoleErrors();
});

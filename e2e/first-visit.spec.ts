// Story: a first visit. The teacher sends a record and the class follows it from the producer to
// the leader's log, the ack, and a consumer's poll, in the execution table.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('send a record and follow it to the consumer', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('KafkaScope');
  await expect(app.table).toBeVisible();
  await expect(app.tracker).toBeVisible();
  for (const name of ['Producer p1', 'Consumer c1', 'Consumer c2', 'Controller']) {
    await expect(app.diagram.getByRole('button', { name: new RegExp(`^${name}\\b`) })).toBeVisible();
  }
  for (const b of [1, 2, 3]) await expect(app.replica('orders', 0, b)).toBeVisible();

  await page.getByRole('textbox', { name: 'Key' }).fill('dave');
  await page.getByRole('textbox', { name: 'Value' }).fill('order-99');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(app.forkNotice).toContainText('Timeline forked at step 0');
  await app.expectStep(1);

  await app.playToEnd();

  const rows = await app.searchRows('order-99');
  const byComponent = (component: RegExp) => rows.filter({ has: page.getByRole('cell', { name: component }) });
  // The producer sent it, a broker (the leader) appended it, the producer got the ack.
  await expect(byComponent(/^Producer p1$/).first()).toBeVisible();
  await expect(byComponent(/^Broker \d$/).filter({ hasText: /Appended/ }).first()).toBeVisible();
  await expect(byComponent(/^Producer p1$/).filter({ hasText: /ack/i }).first()).toBeVisible();
  // A consumer polled it.
  const polled = byComponent(/^Consumer c[12]$/).first();
  await expect(polled).toBeVisible();

  await polled.click();
  await expect(polled).toHaveAttribute('aria-current', 'step');
  await expect(app.narration).toContainText(/Consumer c[12]/);
  await expect(app.narration).toContainText('order-99');
  app.expectNoConsoleErrors();
});

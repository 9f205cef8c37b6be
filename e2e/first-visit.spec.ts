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

  // The producer's rows: the send, then the ack.
  await app.filterTable('Producer p1');
  await expect(app.rowsOf('Producer p1').filter({ hasText: 'order-99' }).first()).toBeVisible();
  await expect(app.rowsOf('Producer p1').filter({ hasText: /ack/i }).filter({ hasText: 'order-99' }).first()).toBeVisible();

  // The leader appended it.
  await app.componentFilter.selectOption({ label: 'All components' });
  const leaderRows = page.getByRole('row').filter({ hasText: /Appended 'order-99'/ });
  await app.filterTable(await firstComponentWith(app, /^Broker \d$/));
  await expect(leaderRows.first()).toBeVisible();

  // A consumer polled it.
  let polled = false;
  for (const consumer of ['Consumer c1', 'Consumer c2']) {
    const options = await app.componentFilter.locator('option').allTextContents();
    if (!options.includes(consumer)) continue;
    await app.filterTable(consumer);
    if ((await app.rowsOf(consumer).filter({ hasText: 'order-99' }).count()) > 0) {
      polled = true;
      const row = app.rowsOf(consumer).filter({ hasText: 'order-99' }).first();
      await row.click();
      await expect(row).toHaveAttribute('aria-current', 'step');
      await expect(app.narration).toContainText(consumer);
      await expect(app.narration).toContainText('order-99');
    }
  }
  expect(polled, 'a consumer row mentions the record').toBe(true);
  app.expectNoConsoleErrors();
});

/** The first broker in the filter whose rows mention the append (the partition's leader). */
async function firstComponentWith(app: KafkaScopePage, component: RegExp): Promise<string> {
  const options = (await app.componentFilter.locator('option').allTextContents()).filter((o) => component.test(o));
  for (const option of options) {
    await app.filterTable(option);
    if ((await app.page.getByRole('row').filter({ hasText: /Appended 'order-99'/ }).count()) > 0) return option;
  }
  throw new Error('no broker appended the record');
}

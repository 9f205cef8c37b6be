// Story: a first visit. The teacher sends a record and the class follows it from the producer to
// the leader's log, the ack, and a consumer's poll, in the execution table.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

/** Does a poll row ("poll() returned 3 record(s) of orders-0 (offsets 0–2: …)") cover this offset? */
function pollCovers(text: string, partition: string, offset: number): boolean {
  const m = new RegExp(`returned \\d+ record\\(s\\) of ${partition} \\(offsets? (\\d+)(?:[–-](\\d+))?[:)]`).exec(text);
  if (!m) return false;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  return first <= offset && offset <= last;
}

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

  // The producer sent it, the leader appended it, the producer got the ack.
  const rows = await app.searchRows('order-99');
  const of = (component: RegExp) => rows.filter({ has: page.getByRole('cell', { name: component }) });
  await expect(of(/^Producer p1$/).first()).toBeVisible();
  await expect(of(/^Broker \d$/).filter({ hasText: /Appended/ }).first()).toBeVisible();
  const ack = of(/^Producer p1$/).filter({ hasText: /ack/i }).filter({ hasText: /offset \d+/ }).first();
  await expect(ack).toBeVisible();
  const [, partition, offsetText] = /(orders-\d+) offset (\d+)/.exec((await ack.textContent()) ?? '') ?? [];
  expect(partition).toBeTruthy();
  const offset = Number(offsetText);

  // A consumer's poll returned it.
  const polls = await app.searchRows(`record(s) of ${partition}`);
  const covering = (texts: string[]) => texts.findIndex((t) => /Consumer c[12]/.test(t) && pollCovers(t, partition, offset));
  // The table lists the matches after the search box is filled, not at once: wait for the poll
  // (a read of the rows right away found the table still showing the previous search, on a busy machine).
  await expect.poll(async () => covering(await polls.allTextContents()), { message: `a consumer poll covers ${partition}@${offset}` }).toBeGreaterThanOrEqual(0);
  const texts = await polls.allTextContents();
  const index = covering(texts);
  const poll = polls.nth(index);
  await poll.click();
  await expect(poll).toHaveAttribute('aria-current', 'step');
  await expect(app.narration).toContainText(/Consumer c[12]/);
  await expect(app.narration).toContainText(`record(s) of ${partition}`);

  // The consumer's inspector lists the record it received.
  const consumer = /Consumer (c[12])/.exec(texts[index])![1];
  await app.diagram.getByRole('button', { name: new RegExp(`^Consumer ${consumer},`) }).click();
  await expect(page.getByRole('button', { name: new RegExp(`${partition}@${offset} key dave value order-99`) })).toBeVisible();
  app.expectNoConsoleErrors();
});

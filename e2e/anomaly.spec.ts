// Story: a broken guarantee. With acks=1 a leader failure loses an acknowledged write; the alarm
// banner names it and takes the class to the step that caused it.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('an anomaly raises the alarm and links to its step', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto();
  await page.getByLabel('Import scenario').setInputFiles('scenarios/reference/f1-acks1-loss.json');
  await expect(app.playButton).toBeEnabled();
  await app.expectStep(0);
  await expect(page.getByRole('region', { name: 'Anomalies' })).toBeHidden();

  await app.playToEnd();
  const banner = page.getByRole('region', { name: 'Anomalies' });
  await expect(banner).toContainText('lost-write');
  const show = banner.getByRole('button', { name: /^Show the cause \(step \d+\)$/ }).first();
  const step = Number(/(\d+)\)$/.exec((await show.textContent()) ?? '')?.[1]);
  await show.click();
  await app.expectStep(step);
  await expect(app.currentRow).toHaveAttribute('aria-rowindex', String(step + 1));
  await page.screenshot({ path: 'screenshots/kafkascope-anomaly-1366x768.png' });
  app.expectNoConsoleErrors();
});

test('ZooKeeper mode draws the ensemble beside the controller', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new KafkaScopePage(page);
  await app.goto();
  const file = {
    version: 1,
    title: 'The ZooKeeper era',
    cluster: { brokers: 3, metadata: 'zookeeper' },
    topics: [{ name: 'orders', partitions: 2, replicationFactor: 3 }],
    producers: [{ id: 'p1' }],
    script: [{ atMs: 100, do: 'produce', producer: 'p1', topic: 'orders', key: 'a', value: 'hello' }],
  };
  await page.getByLabel('Import scenario').setInputFiles({ name: 'zk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The ZooKeeper era');
  await expect(app.diagram.getByRole('img', { name: 'ZooKeeper ensemble of 3 nodes' })).toBeVisible();
  await expect(app.diagram.getByRole('button', { name: /^Controller, .*ZooKeeper mode/ })).toBeVisible();
  await app.seek(0);
  await app.stepForward(40);
  await page.screenshot({ path: 'screenshots/kafkascope-zookeeper-1920x1080.png' });
  app.expectNoConsoleErrors();
});

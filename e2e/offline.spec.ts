// Story: the classroom's network drops. Once the app has been loaded, its service worker serves
// it from the cache: a reload without a network still renders the cluster and steps, and the
// scenario parser (loaded only on "Import scenario") is cached too, as are the lessons, their
// learning modes and the worker that plays them, though the first visit never fetched them.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('once loaded, the app reloads and steps without a network', async ({ page, context }) => {
  const app = new LessonsPage(page);
  await app.goto();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(app.broker(1)).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await app.stepForward(3);
  await expect(app.currentRow).toContainText('3');

  await page.getByLabel('Import scenario').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "title": "x", "cluster": {"brokers": 0}}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'bad.json is not a valid scenario' })).toContainText('cluster.brokers');

  await app.openFromNav('Break a broker: leader failover and a lost write');
  await app.openTab('Visual quiz');
  await expect(app.tabPanel.getByRole('radiogroup').first()).toBeVisible();
  await context.setOffline(false);
  app.expectNoConsoleErrors();
});

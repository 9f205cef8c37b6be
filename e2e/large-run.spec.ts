// Story: a long run. A scenario of 100,000 steps plays to its end at "fast"; the execution table
// keeps only the visible rows in the page, and still reaches any step. Timing is printed, not asserted.
import { expect, test } from '@playwright/test';
import { defaultScenarioFile } from '../src/lessons/defaultScenario';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('100,000 steps stay smooth in the execution table', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new KafkaScopePage(page);
  await app.goto();
  const long = { ...defaultScenarioFile, title: 'A long day of orders', durationMs: 1_400_000 };
  await page.getByLabel('Import scenario').setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(long)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('A long day of orders');

  const started = Date.now();
  await app.speed.selectOption({ label: 'Fast' });
  await app.playButton.click();
  await expect(page.getByText(/\(end\)/)).toBeVisible({ timeout: 150_000 });
  const steps = await app.step();
  console.log(`played ${steps} steps at "fast" in ${Date.now() - started} ms`);
  expect(steps).toBeGreaterThan(100_000);
  await expect(app.table).toHaveAttribute('aria-rowcount', String(steps + 1));

  const rendered = await app.table.getByRole('row').count();
  expect(rendered).toBeLessThan(80);
  await expect(app.currentRow).toContainText(String(steps));

  await app.seek(50_000);
  await expect(app.currentRow).toHaveAttribute('aria-rowindex', '50001');
  expect(await app.table.getByRole('row').count()).toBeLessThan(80);
  await app.rowOfStep(50_002).click();
  await app.expectStep(50_002);
  app.expectNoConsoleErrors();
});

// Story: every page passes axe with no serious or critical violation, in both themes, and with
// reduced motion nothing errors.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious (${theme} theme)`, async ({ page }) => {
    // Three axe scans of a page that draws every record: slow on a loaded machine, not a speed check.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    const app = new KafkaScopePage(page);
    await app.goto('?step=260');
    expect(await seriousViolations(page)).toEqual([]);

    await app.broker(1).click();
    await page.getByText('More interventions').click();
    expect(await seriousViolations(page)).toEqual([]);

    await app.crash(1);
    await expect(app.forkNotice).toBeVisible();
    await page.getByText('About this simulation').click();
    expect(await seriousViolations(page)).toEqual([]);
    app.expectNoConsoleErrors();
  });
}

test('with reduced motion the lesson plays without errors', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new KafkaScopePage(page);
  await app.goto();
  await app.speed.selectOption({ label: '50 steps/s' });
  await app.playButton.click();
  await expect.poll(() => app.step()).toBeGreaterThan(30);
  await app.pauseButton.click();
  app.expectNoConsoleErrors();
});

test('a bad scenario file raises an alert and leaves the simulation as it was', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=12');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByLabel('Import scenario').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, title: 'Broken', cluster: { brokers: 3 }, topics: [{ name: 'x', partitions: 1, replicationFactor: 5 }] })),
  });
  await expect(page.getByRole('alert')).toContainText('replicationFactor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  await app.expectStep(12);
  app.expectNoConsoleErrors();
});

// A big cluster (9 brokers, 3 topics × 12 partitions, RF 3) is drawn as partition cells: every
// replica is still there by name, and a cell opens the replica in the inspector like a full log.
import { expect, test } from '@playwright/test';
import { largeScenarioFile } from '../bench/scenarios';

// Every replica gets its cell at both screen sizes, with none left out as "+N more"; every broker's
// header says its name and its state in words; messages on the wire are dots, not labelled badges.
for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`a large imported cluster shows a named cell per replica at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: /^Broker 1\b/ }).waitFor();
    const file = largeScenarioFile(2000);
    await page.getByLabel('Import scenario').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(file.title);
    await page.getByRole('button', { name: 'Step forward' }).click();

    const diagram = page.getByRole('region', { name: 'Cluster diagram' });
    const cells = diagram.getByRole('button', { name: /^\w+-\d+ on broker \d+, (leader|follower), (in|out of) ISR, log end offset \d+, high watermark \d+/ });
    await expect(cells).toHaveCount(108);
    await expect(diagram.getByText(/more replicas/)).toHaveCount(0);
    for (const id of [1, 5, 9]) await expect(diagram.getByText(`Broker ${id}`, { exact: true })).toBeVisible();
    await expect(diagram.getByText('● UP', { exact: true })).toHaveCount(9);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveValue('6');
    for (const kind of ['Fetch', 'Produce', 'Metadata']) await expect(diagram.getByText(kind, { exact: true })).toHaveCount(0);
    await expect(diagram.getByRole('button', { name: /^orders-7 on broker \d+,/ })).toHaveCount(3);

    const cell = diagram.getByRole('button', { name: /^orders-7 on broker \d+,/ }).first();
    await expect(cell).toBeVisible();
    await cell.click();
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('orders-7');
    for (const id of ['c0', 'c11']) await expect(diagram.getByRole('button', { name: new RegExp(`^Consumer ${id},`) })).toBeVisible();
    for (const id of ['p1', 'p4']) await expect(diagram.getByRole('button', { name: new RegExp(`^Producer ${id},`) })).toBeVisible();
  });
}

// Story: a big cluster's consumers, drawn as chips (twelve members in two groups, 9 brokers), still
// say how far behind they are and what their last poll returned, in type a class can read: 12 px
// on a laptop, 18 px on a projector in Presenter view.
import { expect, type Page, test } from '@playwright/test';
import { largeScenarioFile } from '../bench/scenarios';
import { smallestText } from './pages/measure';

/** The bench's large scenario, its consumers reading from the earliest offset so they have a backlog to show. */
function readingScenario() {
  const file = largeScenarioFile(2000);
  return { ...file, consumers: file.consumers.map((c) => ({ ...c, config: { 'auto.offset.reset': 'earliest' } })) };
}

async function playUntilPolled(page: Page, presenter: boolean) {
  await page.goto('/');
  await page.getByRole('button', { name: /^Broker 1\b/ }).waitFor();
  const file = readingScenario();
  await page.getByLabel('Import scenario').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(file.title);
  if (presenter) await page.getByRole('button', { name: 'Presenter view' }).click();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const diagram = page.getByRole('region', { name: 'Cluster diagram' });
  // The chip's first line: its id, its lag over its partitions, then its last poll where it fits.
  const chip = diagram.getByRole('button', { name: /^Consumer c0,/ }).locator('text').first();
  await expect(chip).toHaveText(/^c0 lag \d+/, { timeout: 90_000 });
  if (presenter) await expect(chip).toHaveText(/^c0 lag \d+ · poll [1-9]/, { timeout: 90_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return diagram;
}

test('at 1366×768 each consumer chip says its lag, in type of at least 12 px', async ({ page }) => {
  test.setTimeout(150_000);
  const diagram = await playUntilPolled(page, false);
  for (const id of ['c0', 'c5', 'c6', 'c11'])
    await expect(diagram.getByRole('button', { name: new RegExp(`^Consumer ${id},`) }).locator('text').first()).toHaveText(new RegExp(`^${id} lag (\\d+|–)`));
  const smallest = await smallestText(diagram);
  expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px} px`).toBeGreaterThanOrEqual(12);
});

test.describe('at 1920×1080 in Presenter view', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('each consumer chip says its lag and its last poll, in type of at least 18 px', async ({ page }) => {
    test.setTimeout(150_000);
    const diagram = await playUntilPolled(page, true);
    for (const id of ['c0', 'c5', 'c6', 'c11'])
      await expect(diagram.getByRole('button', { name: new RegExp(`^Consumer ${id},`) }).locator('text').first()).toHaveText(new RegExp(`^${id} lag (\\d+|–) · poll \\d+`));
    const smallest = await smallestText(diagram);
    expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px} px`).toBeGreaterThanOrEqual(18);
  });
});

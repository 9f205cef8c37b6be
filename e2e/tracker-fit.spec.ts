// Story: in the side panel the status tracker fits: no sideways scroll at 1366×768, its type at
// least 12 px, even when the steps have seven digits; long names are shortened on screen (the full
// name stays the row's name and its tooltip), a long message state wraps between words; in
// Presenter view's larger type the oldest steps give way, the current one always shown.
import { expect, type Locator, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

/** One broker, one partition, nothing else for 2,000,000 s: only heartbeats, so "Fast" passes a million steps in seconds. */
const quietCluster = {
  version: 1,
  title: 'A quiet broker, a very long day',
  seed: 1,
  durationMs: 2_000_000_000,
  cluster: { brokers: 1 },
  topics: [{ name: 'orders', partitions: 1, replicationFactor: 1 }],
};

/** The tracker's box does not scroll sideways, no cell cuts its text, and no text is smaller than `minPx`. */
async function expectFits(tracker: Locator, minPx: number) {
  const fit = await tracker.evaluate((table) => {
    const box = table.parentElement as HTMLElement;
    const cut: string[] = [];
    let smallest = Number.POSITIVE_INFINITY;
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      if (cell.scrollWidth > cell.clientWidth + 1) cut.push(cell.textContent ?? '');
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(cell).fontSize));
    }
    return { overflow: box.scrollWidth - box.clientWidth, cut, smallest };
  });
  expect(fit.overflow, 'the status tracker scrolls sideways').toBeLessThanOrEqual(1);
  expect(fit.cut, 'cells that cut their text').toEqual([]);
  expect(fit.smallest).toBeGreaterThanOrEqual(minPx);
}

test('at 1366×768 four seven-digit steps fit the side panel, names shortened but whole for assistive tech', async ({ page }) => {
  test.setTimeout(200_000);
  const app = new KafkaScopePage(page);
  await app.playToSevenDigits(quietCluster, false);
  const tracker = app.tracker;
  await expect(tracker.getByRole('columnheader', { name: /^Step \d{7}$/ })).toHaveCount(4);
  await expect(tracker.getByRole('columnheader', { name: /^Step \d{7}$/ }).last()).toHaveAttribute('aria-current', 'step');
  const hw = tracker.getByRole('rowheader', { name: 'high watermark' });
  await expect(hw).toHaveAttribute('title', 'high watermark');
  await expect(hw).toContainText('HW');
  await expectFits(tracker, 12);
});

test('at 1366×768 a record’s long message state wraps between words instead of widening the table', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=420');
  await app.diagram.getByRole('button', { name: /^Producer p1,/ }).click();
  await page.getByRole('button', { name: /^#1 key alice value order-1: acked/ }).click();
  const stateRow = app.tracker.getByRole('row', { name: /^message state/ });
  await expect(stateRow).toContainText('committed (below the high watermark)');
  await expectFits(app.tracker, 12);
});

test.describe('at 1920×1080 in Presenter view', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the tracker keeps its large type and fits by showing fewer steps, the current one last', async ({ page }) => {
    test.setTimeout(200_000);
    const app = new KafkaScopePage(page);
    await app.playToSevenDigits(quietCluster, true);
    const steps = app.tracker.getByRole('columnheader', { name: /^Step \d{7}$/ });
    await expect(steps.last()).toHaveAttribute('aria-current', 'step');
    expect(await steps.count()).toBeGreaterThanOrEqual(2);
    await expectFits(app.tracker, 18);
  });
});

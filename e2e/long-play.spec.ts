// Story: a long play. A 5-broker scenario that never ends plays at "Fast" for two minutes; the
// page holds only a window of the run's rows whatever its length, yet the teacher can seek back
// to step 1, read its row, scroll the table anywhere (rows show as loading, then fill in) and
// seek forward again to where the play stopped — past a million rows, more than a browser lets an
// element be tall.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

const PLAY_MS = 120_000;
/** The page's row window holds at most 128 blocks of 256 rows (src/store/rowWindow.ts). */
const MAX_HELD_ROWS = 128 * 256;

const endless = {
  version: 1,
  title: 'A shop that never closes',
  seed: 3,
  durationMs: 1_000_000_000,
  cluster: { brokers: 5, config: { 'min.insync.replicas': 2 } },
  topics: [{ name: 'orders', partitions: 12, replicationFactor: 3 }],
  producers: [1, 2, 3].map((i) => ({ id: `p${i}`, config: { acks: 'all', 'linger.ms': 5 } })),
  consumers: [...Array(6).keys()].map((i) => ({ id: `c${i + 1}`, groupId: i < 3 ? 'billing' : 'audit', topics: ['orders'] })),
  script: [1, 2, 3].flatMap((p) =>
    Array.from({ length: 5 }, (_, k) => ({ atMs: 100 * p + k * 1_500_000, do: 'produce', producer: `p${p}`, topic: 'orders', key: `p${p}-{i}`, value: 'order-{i}', count: 100_000, everyMs: 15 })),
  ),
};

test('a long play at Fast, then a seek to step 1 and back', async ({ page }) => {
  test.setTimeout(300_000);
  const app = new KafkaScopePage(page);
  await app.goto('?test-hooks=1');
  await page.getByLabel('Import scenario').setInputFiles({ name: 'endless.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(endless)) });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(endless.title);

  await app.speed.selectOption({ label: 'Fast' });
  await app.playButton.click();
  await page.waitForTimeout(PLAY_MS);
  await app.pauseButton.click();
  await expect(app.playButton).toBeVisible();
  // Answers already on their way when Pause was pressed still move the run: wait until it holds still.
  let reached = -1;
  for (let now = await app.step(); now !== reached; now = await app.step()) {
    reached = now;
    await page.waitForTimeout(500);
  }
  console.log(`played ${reached} steps at "fast" in ${PLAY_MS} ms`);
  expect(reached).toBeGreaterThan(MAX_HELD_ROWS);
  await expect(app.table).toHaveAttribute('aria-rowcount', String(reached + 1));
  const held = await page.evaluate(() => window.__kafkascope?.heldRows() ?? -1);
  expect(held).toBeGreaterThan(0);
  expect(held).toBeLessThanOrEqual(MAX_HELD_ROWS);

  await app.seek(1);
  await expect(app.currentRow).toHaveAttribute('aria-rowindex', '2');
  await expect(app.currentRow.getByRole('cell').nth(2)).toHaveText(/^(Producer|Consumer|Broker|Controller|Network|Group)\b/);

  // Scrolled to the middle of the run: rows the page does not hold arrive and fill in.
  await page.locator('.xt-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(app.table.locator('[aria-busy="true"]')).toHaveCount(0);
  const shown = app.table.getByRole('row').nth(5);
  await expect(shown.getByRole('cell').nth(2)).toHaveText(/^(Producer|Consumer|Broker|Controller|Network|Group)\b/);
  // Half-way down the scrollbar is half-way through the run, even past the browser's height cap.
  const shownStep = Number(await shown.getByRole('cell').first().textContent());
  expect(Math.abs(shownStep - reached / 2)).toBeLessThan(reached / 50);

  await app.seek(reached);
  await expect(app.currentRow).toHaveAttribute('aria-rowindex', String(reached + 1));
  await expect(app.currentRow).toBeInViewport();
  await expect(app.currentRow.getByRole('cell').nth(3)).not.toHaveText('Loading…');
  app.expectNoConsoleErrors();
});

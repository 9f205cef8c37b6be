// Story: a long run reaches step 1,000,000 and more. On a projector (1920×1080, Presenter view and
// the normal view) the step readout still sits whole on the controls' row: one line, no digit or
// word pushed onto a second one; the execution table's Step cell holds the seven digits.
import { expect, type Page, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

/** One broker and nothing else for 2,000,000 s of simulated time: only heartbeats, so "Fast" passes a million steps in seconds. */
const quietCluster = { version: 1, title: 'A quiet broker, a very long day', seed: 1, durationMs: 2_000_000_000, cluster: { brokers: 1 } };

/** The readout on one line, on the row of the playback buttons, inside the window. */
async function expectReadoutOnTheControlsRow(page: Page, text: RegExp = /^Step \d{7} \/ \d{7}/) {
  const readout = page.getByText(text);
  await expect(readout).toBeVisible();
  const layout = await readout.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || Number.parseFloat(getComputedStyle(el).fontSize) * 1.5;
    const play = [...document.querySelectorAll('button')].find((b) => /^\W*(Play|Pause)$/.test(b.textContent ?? ''))!.getBoundingClientRect();
    return { lines: Math.round(r.height / lineHeight), readoutMid: r.top + r.height / 2, playTop: play.top, playBottom: play.bottom, right: r.right, width: innerWidth };
  });
  expect(layout.lines, 'the step readout breaks onto a second line').toBe(1);
  expect(layout.readoutMid, 'the step readout left the controls’ row').toBeGreaterThan(layout.playTop);
  expect(layout.readoutMid, 'the step readout left the controls’ row').toBeLessThan(layout.playBottom);
  expect(layout.right).toBeLessThanOrEqual(layout.width);
}

test('at a lesson’s end on a laptop the readout says so and stays on the controls’ row', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = new KafkaScopePage(page);
  await app.goto('?scenario=partitions-and-keys&step=100000');
  await expectReadoutOnTheControlsRow(page, /^Step \d+ \(end\) · /);
  app.expectNoConsoleErrors();
});

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('in Presenter view a seven-digit step keeps the readout whole on the controls’ row', async ({ page }) => {
    test.setTimeout(200_000);
    await new KafkaScopePage(page).playToSevenDigits(quietCluster, true);
    await expectReadoutOnTheControlsRow(page);
  });

  test('in the normal view too, and the table’s Step cell holds seven digits', async ({ page }) => {
    test.setTimeout(200_000);
    await new KafkaScopePage(page).playToSevenDigits(quietCluster, false);
    await expectReadoutOnTheControlsRow(page);
    const row = page.getByRole('table', { name: 'Execution table' }).locator('[aria-current="step"]');
    const cells = row.getByRole('cell');
    await expect(cells.first()).toHaveText(/^\d{7}$/);
    // The current row is bold, the widest a step number is drawn.
    expect(await cells.first().evaluate((el) => el.scrollWidth <= el.clientWidth), 'the Step cell cuts its seven digits').toBe(true);
  });
});

// Story: a student reads the lesson's own status tracker, as on the seed pages: the story's
// variables in columns Start, "After step n" for each story moment, and Final.
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { LessonsPage } from './pages/LessonsPage';

test("the tracker shows the lesson's variables at Start, after each story moment and at the end", async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('retention', 'Retention');
  await app.openTab('Status tracker');
  const table = app.tabPanel.getByRole('table', { name: 'Status tracker' });
  const headers = table.getByRole('columnheader');
  await expect(headers.first()).toHaveText('Variable');
  await expect(headers.nth(1)).toHaveText('Start');
  await expect(headers.last()).toHaveText('Final');
  const labels = await headers.allTextContents();
  const moments = labels.slice(2, -1);
  expect(moments.length).toBeGreaterThan(2);
  for (const m of moments) expect(m).toMatch(/^After step \d+$/);

  // The lesson's own variables: retention tracks where the log starts.
  const start = table.getByRole('row', { name: /log start offset \(clicks-0\)/ });
  await expect(start.getByRole('cell').first()).toHaveText('0');
  await expect(start.getByRole('cell').last()).not.toHaveText('0');
  await expect(start).toContainText('(changed)');

  // A column heading moves the timeline to its moment.
  const n = Number(/(\d+)$/.exec(moments[1])?.[1]);
  await headers.nth(3).getByRole('button').click();
  await app.expectStep(n);
  await expect(headers.nth(3)).toHaveAttribute('aria-current', 'step');
  app.expectNoConsoleErrors();
});

test('in Presenter view the names column hides the columns scrolled under it, and none is cut in two beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new LessonsPage(page);
  await app.gotoLesson('unclean-election', 'Unclean leader election');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await app.openTab('Status tracker');
  // Nine moments on, the tracker has scrolled its reached column in beside the sticky names.
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Next moment' }).click();
  const scroller = page.getByRole('region', { name: 'Status tracker columns' });
  await expect(scroller.locator('thead th[aria-current="step"]')).toHaveText('After step 135');
  await expect.poll(() => scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  const box = await scroller.boundingBox();
  const body = await scroller.locator('tbody').boundingBox();
  if (!box || !body) throw new Error('the tracker is not laid out');
  // The pixels beside the names column, from two left of the scroller to its own left border, show
  // no text: the columns scrolled under the names must not show through there.
  const x = Math.floor(box.x) - 2;
  const strip = PNG.sync.read(await page.screenshot({ clip: { x, y: body.y, width: 3, height: 120 } }));
  const darkest = [0, 1, 2].map((column) => {
    let min = 255;
    for (let row = 0; row < strip.height; row++) {
      const i = (row * strip.width + column) * 4;
      min = Math.min(min, strip.data[i], strip.data[i + 1], strip.data[i + 2]);
    }
    return min;
  });
  // The names column's border is the darkest thing there (201); a glyph's pixels are far darker.
  expect(Math.min(...darkest)).toBeGreaterThan(180);

  // At the lesson's end the Final column is in view, and no column is cut in two by the names.
  await page.getByRole('button', { name: 'Next moment' }).click();
  await expect(scroller.locator('thead th[aria-current="step"]')).toHaveText('Final');
  const edges = await scroller.evaluate((el) => {
    const namesRight = (el.querySelector('tbody th') as HTMLElement).getBoundingClientRect().right;
    const cells = [...el.querySelectorAll('thead th')].slice(1).map((th) => th.getBoundingClientRect());
    return { namesRight, right: el.getBoundingClientRect().right, cut: cells.filter((c) => c.left < namesRight - 1 && c.right > namesRight + 1).length, final: cells[cells.length - 1] };
  });
  expect(edges.cut).toBe(0);
  expect(edges.final.left).toBeGreaterThanOrEqual(edges.namesRight - 1);
  expect(edges.final.right).toBeLessThanOrEqual(edges.right + 1);
  app.expectNoConsoleErrors();
});

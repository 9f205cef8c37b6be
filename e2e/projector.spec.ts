// Story: the teacher projects the app. From the back of the room every text in the diagram is
// large enough (18 px in Presenter view at 1920×1080, 12 px in the normal view at 1366×768), the
// narration reads at 24 px, each record says its offset, key and value, and the alarm at the climax
// of "Break a broker" takes a strip of the diagram, not a third of it.
import { expect, test } from '@playwright/test';
import { endlessMediumScenarioFile, largeScenarioFile } from '../bench/scenarios';
import { KafkaScopePage } from './pages/KafkaScopePage';
import { LessonsPage } from './pages/LessonsPage';
import { areaOf, smallestText } from './pages/measure';

test.describe('at 1920×1080 in Presenter view', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('no diagram text under 18 px, narration at least 24 px', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('replication-and-acks', 'Replication, the ISR and the high watermark', '&step=120');
    await app.presenterToggle.click();
    await expect(app.presenterToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(app.diagram.getByRole('img', { name: /^offset 0, key null, value \S+, committed$/ }).first()).toBeVisible();
    const smallest = await smallestText(app.diagram);
    expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px} px`).toBeGreaterThanOrEqual(18);
    const narration = await smallestText(app.narration);
    expect(narration.px, `"${narration.text}" is drawn at ${narration.px} px`).toBeGreaterThanOrEqual(24);
    app.expectNoConsoleErrors();
  });

  test('a scenario of its own: the story line and a step that wraps are read whole, no line cut', async ({ page }) => {
    const app = new KafkaScopePage(page);
    await app.importScenario(largeScenarioFile(2000));
    await app.page.getByRole('button', { name: 'Presenter view' }).click();
    // Step 300 of the 9-broker cluster: a story line, then a producer's step wrapped to two lines.
    for (let i = 0; i < 300; i++) await page.keyboard.press('ArrowRight');
    await expect(app.narration).toContainText('Step 300,');
    const fit = await app.narration.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, lines: el.querySelectorAll('p').length }));
    expect(fit.lines).toBe(2);
    expect(fit.scroll, 'the narration scrolls: a line is cut').toBeLessThanOrEqual(fit.client);
    app.expectNoConsoleErrors();
  });

  test('the first-visit scenario stepped through: the narration of every step is read whole, however long', async ({ page }) => {
    const app = new KafkaScopePage(page);
    await app.goto('');
    await app.page.getByRole('button', { name: 'Presenter view' }).click();
    // The group's rebalance and the first fetches: story lines and steps of three or four lines.
    const heights: number[] = [];
    for (let step = 1; step <= 40; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(app.narration).toContainText(`Step ${step},`);
      const fit = await app.narration.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(fit.scroll, `step ${step}: the narration scrolls, a line is cut`).toBeLessThanOrEqual(fit.client);
      heights.push(await app.diagram.evaluate((el) => el.clientHeight));
    }
    // The panel keeps the tallest height it needed: the diagram settles instead of moving with every step.
    const moves = heights.filter((h, i) => i > 0 && h !== heights[i - 1]).length;
    expect(moves, `the diagram's height moved ${moves} times: ${heights.join(', ')}`).toBeLessThanOrEqual(3);
    app.expectNoConsoleErrors();
  });

  test('the climax of "Break a broker": the notices stay a strip', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('break-a-broker', 'Break a broker', '&step=400');
    await app.presenterToggle.click();
    await expect(app.anomalies).toContainText('lost-write');
    const share = (await areaOf(app.anomalies)) / (await areaOf(app.diagram));
    expect(share).toBeLessThanOrEqual(0.1);
    const smallest = await smallestText(app.diagram);
    expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px} px`).toBeGreaterThanOrEqual(18);
  });
});

test.describe('on a 1366×768 projector in Presenter view', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("a big cluster's corner key keeps clear of the Legend button", async ({ page }) => {
    const app = new KafkaScopePage(page);
    await app.importScenario(endlessMediumScenarioFile());
    await app.page.getByRole('button', { name: 'Presenter view' }).click();
    const lines = app.diagram.locator('.dg-legend-text');
    await expect(lines.first()).toBeVisible();
    // The corner's room follows the button's measured width (a resize observer): asked until it settles.
    const under = async () => {
      const button = await app.diagram.getByText('Legend', { exact: true }).boundingBox();
      const names: string[] = [];
      for (const line of await lines.all()) {
        const box = await line.boundingBox();
        if (!box || !button) continue;
        if (box.x < button.x + button.width && button.x < box.x + box.width && box.y < button.y + button.height && button.y < box.y + box.height) names.push((await line.textContent()) ?? '');
      }
      return names;
    };
    await expect.poll(under, { message: 'corner text runs under the Legend button' }).toEqual([]);
    app.expectNoConsoleErrors();
  });
});

test.describe('at 1366×768 in the normal view', () => {
  test('no diagram text under 12 px, and each record names its offset, key and value', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('partitions-and-keys', 'Topics, partitions and keys', '&step=200');
    // The hot key: 'alice' records, each named with its key and value, filled once committed.
    await expect(app.diagram.getByRole('img', { name: /^offset \d+, key alice, value \S+, (committed|not yet committed)$/ }).first()).toBeVisible();
    expect(await app.diagram.getByRole('img', { name: /key alice/ }).count()).toBeGreaterThanOrEqual(4);
    const smallest = await smallestText(app.diagram);
    expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px} px`).toBeGreaterThanOrEqual(12);
    // A consumer shows what its last poll returned.
    await expect(app.diagram.getByText(/last poll/).first()).toBeVisible();
    app.expectNoConsoleErrors();
  });

  test('the anomaly and the fork notices together take at most a tenth of the diagram', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('break-a-broker', 'Break a broker', '&step=400');
    await expect(app.anomalies).toContainText('lost-write');
    // An intervention forks the timeline: both notices show at once.
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(app.forkNotice).toBeVisible();
    const notices = (await areaOf(app.anomalies)) + (await areaOf(page.getByRole('status').filter({ hasText: 'Timeline forked' })));
    expect(notices / (await areaOf(app.diagram))).toBeLessThanOrEqual(0.1);
    const smallest = await smallestText(app.diagram);
    expect(smallest.px, `"${smallest.text}" is drawn at ${smallest.px} px`).toBeGreaterThanOrEqual(12);
    // The full list is one click away, each anomaly with its step.
    await app.anomalies.getByText('Details').click();
    await expect(app.anomalies.getByRole('button', { name: /^Show the cause \(step \d+\)$/ }).nth(2)).toBeVisible();
  });

  test('the legend is one click away', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.goto('?step=40');
    await app.diagram.getByText('Legend', { exact: true }).click();
    for (const term of ['Leader', 'Follower, in the ISR', 'Out of the ISR', 'HW, high watermark', 'LEO, log end offset', 'Committed record', 'Uncommitted record', 'Changed'])
      await expect(app.diagram.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
  });

  test('the side panel resizes, collapses and folds its inspector; the lesson tabs keep to one row', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('first-message', 'The first message');
    const side = page.getByRole('complementary', { name: 'Details' });
    const before = (await side.boundingBox())!.width;
    await page.getByRole('separator', { name: 'Resize side panel' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await app.expectStep(0);
    expect((await side.boundingBox())!.width).toBeGreaterThan(before + 40);

    const tops = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);

    await page.getByRole('button', { name: 'Fold inspector' }).click();
    await expect(page.getByRole('heading', { name: 'Inspector' })).toBeHidden();
    await page.getByRole('button', { name: 'Show inspector' }).click();
    await expect(page.getByRole('heading', { name: 'Inspector' })).toBeVisible();

    await page.getByRole('button', { name: 'Hide side panel' }).click();
    await expect(app.lessonPanel).toBeHidden();
    const diagramWide = (await app.diagram.boundingBox())!.width;
    expect(diagramWide).toBeGreaterThan(1366 - 80);
    // Opening a broker's panel brings the side panel back.
    await app.broker(1).click();
    await expect(page.getByRole('button', { name: 'Crash broker 1' })).toBeVisible();
  });
});

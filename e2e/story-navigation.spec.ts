// Stories: a teacher tells a lesson moment by moment. Next / Previous moment jump between the
// steps the narration is bound to; Play pauses at each moment, even at Fast; Hide routine makes
// stepping skip the housekeeping; the diagram marks what acted and what changed; a row opens in
// full; the lost-write notice shows its acknowledgement; crashing a broker mid-lesson is narrated.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

async function openLesson(page: Page, id: string, title: string) {
  const app = new LessonsPage(page);
  await app.gotoLesson(id, title);
  // The moments are the narration's steps, resolved on the lesson's run: wait until it is in.
  await app.openTab('Key moments');
  await expect(app.tabPanel.getByRole('button', { name: /^Show step \d+$/ }).first()).toBeVisible();
  return app;
}

const nextMoment = (page: Page) => page.getByRole('button', { name: 'Next moment' });
const previousMoment = (page: Page) => page.getByRole('button', { name: 'Previous moment' });

async function pressNext(app: LessonsPage, page: Page) {
  const before = await app.step();
  await nextMoment(page).click();
  await expect(app.timeline).not.toHaveValue(String(before));
}

test('Next moment reaches the producer’s send in three presses; Previous moment and the keys walk the story', async ({ page }) => {
  const app = await openLesson(page, 'first-message', 'The first message');
  for (let i = 0; i < 3; i++) await pressNext(app, page);
  await expect(app.currentRow.getByRole('cell').nth(2)).toHaveText('Producer p1');
  await expect(app.narration).toContainText("the producer calls send('topic1', 'Hello Kafka')");
  // What acted: the producer; what changed: the producer too.
  await expect(app.diagram.locator('[aria-current="step"]')).toHaveAccessibleName(/^Producer p1,/);
  const sendStep = await app.step();

  await pressNext(app, page);
  await expect(app.narration).toContainText("Broker 1 stores 'Hello Kafka' at offset 0");
  await expect(app.diagram.locator('[aria-current="step"]')).toHaveAccessibleName(/^Broker 1,/);
  await expect(app.replica('topic1', 0, 1)).toHaveAccessibleDescription(/changed/);

  await previousMoment(page).click();
  await app.expectStep(sendStep);
  await page.locator('body').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(app.narration).toContainText('The group coordinator gives topic1-0 to c1');
  // A clicker's PgDn moves by moments in a lesson.
  await page.keyboard.press('PageDown');
  await app.expectStep(sendStep);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(app.narration).toContainText("Broker 1 stores 'Hello Kafka'");
  app.expectNoConsoleErrors();
});

test('Play pauses at every moment of a lesson at Fast, and a run without one never stops early', async ({ page }) => {
  const app = await openLesson(page, 'break-a-broker', 'Break a broker');
  const pause = page.getByRole('checkbox', { name: 'Pause at moments' });
  await expect(pause).toBeChecked();
  await app.speed.selectOption({ label: 'Fast' });
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await app.playButton.click();
    await expect(app.playButton).toBeVisible();
    const cue = (await app.narration.locator('p').first().textContent()) ?? '';
    expect(seen).not.toContain(cue);
    seen.push(cue);
  }
  expect(seen[0]).toContain('p1 sends with acks=1');
  expect(seen[3]).toContain("'order-3' is appended at offset 3 on broker 1 only");

  await pause.uncheck();
  await app.playButton.click();
  await expect(page.getByText(/\(end\)/)).toBeVisible({ timeout: 30_000 });
  app.expectNoConsoleErrors();
});

test('with Hide routine, Step forward and Step back skip routine steps', async ({ page }) => {
  const app = await openLesson(page, 'first-message', 'The first message');
  await page.getByRole('checkbox', { name: 'Hide routine' }).check();
  const visited: number[] = [0];
  for (let i = 0; i < 16; i++) {
    const before = await app.step();
    await app.stepForwardButton.click();
    await expect(app.timeline).not.toHaveValue(String(before));
    visited.push(await app.step());
    // The row landed on passes the filter: it is in the (filtered) table.
    await expect(app.currentRow).toHaveCount(1);
  }
  expect(visited.some((s, i) => i > 0 && s - visited[i - 1] > 1)).toBe(true);
  await app.stepBackButton.click();
  await app.expectStep(visited[15]);
  await expect(app.currentRow).toHaveCount(1);
  app.expectNoConsoleErrors();
});

test('a row opens as "Step <n> details": every column in full, its events and what changed', async ({ page }) => {
  const app = await openLesson(page, 'first-message', 'The first message');
  for (let i = 0; i < 4; i++) await pressNext(app, page);
  const step = await app.step();
  await app.rowOfStep(step).click();
  const details = page.getByRole('dialog', { name: `Step ${step} details` });
  await expect(details).toBeVisible();
  await expect(details).toContainText("Appended 'Hello Kafka' to topic1-0 at offset 0 as leader");
  await expect(details).toContainText('RecordAppended: topic1-0, broker 1, producer p1, offset 0');
  await expect(details).toContainText('topic1-0 on broker 1 log end offset: 0 → 1');
  // The open details and the highlighted diagram pass axe.
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();

  // Enter on a focused row opens it too.
  await app.rowOfStep(step - 1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: `Step ${step - 1} details` })).toBeVisible();
  app.expectNoConsoleErrors();
});

test('"Break a broker" reaches its lost write moment by moment, and "Show the ack" lands on the acknowledgement', async ({ page }) => {
  const app = await openLesson(page, 'break-a-broker', 'Break a broker');
  const banner = page.getByRole('region', { name: 'Anomalies' });
  for (let i = 0; i < 12 && !(await banner.isVisible()); i++) {
    await pressNext(app, page);
    // No routine stop on the way: every moment is one the narration tells.
    await expect(app.narration.locator('p').first()).not.toContainText('press Next moment');
  }
  await expect(banner).toContainText('lost-write');
  await expect(app.narration).toContainText('a lost write');
  const lostAt = await app.step();
  await banner.getByRole('button', { name: /^Show the cause/ }).click();
  await app.expectStep(lostAt);
  await banner.getByRole('button', { name: /^Show the ack/ }).click();
  await expect(app.currentRow).toContainText("Received the ack for 'order-3'");
  await expect(app.diagram.locator('[aria-current="step"]')).toHaveAccessibleName(/^Producer p1,/);
  // Acknowledged, yet only on broker 1: the leader's replica says so.
  await expect(app.replica('orders', 0, 1)).toHaveAccessibleDescription(/offset 3 acknowledged but not yet on every in-sync replica/);
  app.expectNoConsoleErrors();
});

test('crashing a broker mid-lesson is narrated from the events', async ({ page }) => {
  const app = await openLesson(page, 'replication-and-acks', 'Replication');
  for (let i = 0; i < 3; i++) await pressNext(app, page);
  await app.crash(2);
  await expect(app.narration).toContainText('Broker 2 stopped answering. The controller will fence it when its session expires in');
  await expect(app.narration).toContainText('Your intervention at step');
  // The moments after it are generated: each one is told.
  await pressNext(app, page);
  await expect(app.narration.locator('p')).toHaveCount(3);
  app.expectNoConsoleErrors();
});

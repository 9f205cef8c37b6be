// Story: a teacher crashed a broker, then shares the run. The link carries the intervention: it
// reopens the forked run at the same step, the broker still down, the same table row.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('a share link reopens the forked run, interventions included', async ({ page, context }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('replication-and-acks', 'Replication', '&seed=7&step=30');
  const leader = await app.leaderOf('orders-0').catch(() => 2);
  await app.broker(leader).click();
  await page.getByRole('button', { name: `Crash broker ${leader}` }).click();
  await expect(app.broker(leader)).toHaveAccessibleName(/, down\b/);
  await app.expectStep(31);
  await app.stepForward(3);
  const row = await app.currentRowText();

  const link = await app.makeShareLink();
  expect(link).toMatch(/\?scenario=replication-and-acks&seed=7&step=34#log=z\.[A-Za-z0-9_-]+$/);
  await expect(page.getByText('with your 1 intervention')).toBeVisible();

  const other = new LessonsPage(await context.newPage());
  await other.page.goto(link);
  await other.expectStep(34);
  await expect(other.broker(leader)).toHaveAccessibleName(/, down\b/);
  expect(await other.currentRowText()).toBe(row);
  await expect(other.forkNotice).toContainText('Timeline forked at step 30');
  app.expectNoConsoleErrors();
  other.expectNoConsoleErrors();
});

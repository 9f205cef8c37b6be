// Story: the teacher opens "Key moments" and jumps the whole class to the step that answers a
// question; the modes follow the timeline.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('"Show step n" moves the timeline to step n', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message');
  await app.openTab('Key moments');
  const buttons = app.tabPanel.getByRole('button', { name: /^Show step \d+$/ });
  await expect(buttons.first()).toBeVisible();
  for (const i of [0, 1]) {
    const show = buttons.nth(i);
    const step = Number(/(\d+)$/.exec((await show.textContent()) ?? '')?.[1]);
    await show.click();
    await app.expectStep(step);
    await expect(app.currentRow).toHaveAttribute('aria-rowindex', String(step + 1));
  }

  // The other modes read the same run: the flow lights its current stage, the code its line.
  await app.openTab('Process flow');
  await expect(app.tabPanel.locator('[aria-current="step"]')).toHaveCount(1);
  await app.openTab('Execution sample');
  await expect(app.tabPanel.getByText('(executing now)')).toHaveCount(1);
  await app.openTab('Full transcript');
  // The transcript is the story in prose; the step-by-step log is an export.
  await expect(app.tabPanel).toContainText('Hello Kafka');
  await expect(app.tabPanel).toContainText('By the end');
  const download = page.waitForEvent('download');
  await app.tabPanel.getByRole('button', { name: 'Export step log as Markdown' }).click();
  const markdown = await (await import('node:fs/promises')).readFile(await (await download).path(), 'utf8');
  expect(markdown).toMatch(/^# The first message\n\nA producer sends 'Hello Kafka'/);
  expect(markdown).toContain("Appended 'Hello Kafka'");
  const csv = page.waitForEvent('download');
  await app.tabPanel.getByRole('button', { name: 'Export step log as CSV' }).click();
  const rows = await (await import('node:fs/promises')).readFile(await (await csv).path(), 'utf8');
  expect(rows.split('\n')[0]).toBe('Step,Time (ms),Component,Action,Message state,Output');
  app.expectNoConsoleErrors();
});

test('after an intervention the lesson says so and offers "Restart lesson"', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('break-a-broker', 'Break a broker', '&step=20');
  await app.crash(2);
  await expect(app.lessonPanel).toContainText('You changed the run at step 20');
  await app.lessonPanel.getByRole('button', { name: 'Restart lesson' }).click();
  await app.expectStep(0);
  await expect(app.lessonPanel).not.toContainText('You changed the run');
  app.expectNoConsoleErrors();
});

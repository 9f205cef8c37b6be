// Story: a student reads the lesson's own status tracker, as on the seed pages: the story's
// variables in columns Start, "After step n" for each story moment, and Final.
import { expect, test } from '@playwright/test';
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

// Story: a student opens the lesson's deep dive, answers a myth buster, reveals it, and follows
// "Show step n" to the step of this run that proves it.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test("a myth buster is answered, revealed, and proved by a step of this run", async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('retention', 'Retention');
  await app.openTab('Deep dive');
  for (const heading of ['Overview', 'Why it matters', 'Mental model', 'Myth busters', 'Common pitfalls', 'Key takeaways']) {
    await expect(app.tabPanel.getByRole('heading', { name: heading })).toBeVisible();
  }
  const myth = app.tabPanel.getByRole('radiogroup', { name: 'Does retention wait until every group has read a record?' });
  const item = app.tabPanel.getByRole('listitem').filter({ has: page.getByText('Does retention wait until every group has read a record?') });
  // Nothing gives the answer away before a prediction.
  await expect(item.getByRole('button', { name: /^Show step/ })).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Reveal the reality' })).toBeDisabled();
  await myth.getByRole('radio', { name: 'Yes' }).check();
  await item.getByRole('button', { name: 'Reveal the reality' }).click();
  await expect(item.getByRole('status')).toContainText('Not quite — No.');

  const show = item.getByRole('button', { name: /^Show step \d+$/ });
  const step = Number(/(\d+)$/.exec((await show.textContent()) ?? '')?.[1]);
  await show.click();
  await app.expectStep(step);
  await expect(app.currentRow).toContainText(/segment/i);
  app.expectNoConsoleErrors();
});

// Story: a teacher writes a scenario of their own in the editor. A bad value is named next to its
// field as they type; once fixed, the scenario runs, and a saved one survives a reload.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('the editor names a bad value, and a fixed scenario runs and can be saved', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const editor = page.getByRole('dialog', { name: 'Scenario editor' });
  await expect(editor).toBeVisible();

  await editor.getByRole('textbox', { name: 'Title' }).fill('My classroom cluster');
  const topic = editor.getByRole('group', { name: 'Topic 1' });
  const partitions = topic.getByRole('textbox', { name: 'Partitions' });
  await partitions.fill('0');
  await expect(partitions).toHaveAttribute('aria-invalid', 'true');
  await expect(partitions).toHaveAccessibleDescription(/must be at least 1/);
  const rf = topic.getByRole('textbox', { name: 'Replication factor' });
  await rf.fill('9');
  await expect(rf).toHaveAccessibleDescription(/more than the 3 brokers/);
  const run = editor.getByRole('button', { name: 'Run this scenario' });
  await expect(run).toBeDisabled();

  await partitions.fill('2');
  await rf.fill('2');
  await expect(partitions).not.toHaveAttribute('aria-invalid', 'true');
  await expect(run).toBeEnabled();
  await editor.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(editor.getByRole('list', { name: 'Saved scenarios' })).toContainText('My classroom cluster');
  await run.click();
  await expect(editor).toBeHidden();
  await expect(app.title).toContainText('My classroom cluster');
  await app.stepForward(5);

  // Saved scenarios survive a reload, and can be deleted.
  await page.reload();
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const saved = page.getByRole('dialog', { name: 'Scenario editor' }).getByRole('list', { name: 'Saved scenarios' });
  await expect(saved).toContainText('My classroom cluster');
  await saved.getByRole('button', { name: 'Delete My classroom cluster' }).click();
  await expect(page.getByRole('dialog').getByText('Nothing saved yet')).toBeVisible();
  app.expectNoConsoleErrors();
});

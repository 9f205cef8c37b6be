// Story: a student reads a lesson's intro (goal, minutes, what they will see, the seed page) and
// marks it done; the browser remembers it.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('the intro says what the lesson is for, and progress is kept in the browser', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('retention', 'Retention');
  const intro = app.lessonPanel.getByRole('group').filter({ hasText: 'Consuming never deletes a record' });
  await expect(intro).toContainText('about 6 min · not yet done');
  await intro.getByText('Consuming never deletes a record').click();
  await expect(intro).toContainText('What you will see:');
  await expect(intro).toContainText('From the seed page: 001');
  await intro.getByRole('checkbox', { name: 'Lesson done' }).check();
  await expect(intro).toContainText('✓ done');
  await expect(intro).toContainText('1 of 11 lessons done in this browser.');

  await page.reload();
  await expect(app.lessonPanel.getByText('✓ done')).toBeVisible();
  await app.gotoLesson('first-message', 'The first message');
  await expect(app.lessonPanel.getByText('not yet done')).toBeVisible();
  app.expectNoConsoleErrors();
});

// Story: the teacher presents to the class. Presenter view keeps the diagram and the narration
// large; quiz answers stay hidden until the teacher reveals them; a clicker (PgDn/PgUp) steps.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

const STORED = /sends 'Hello Kafka' to topic1/;

test('presenter view hides quiz answers until "Reveal answer"', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message');
  await app.presenterToggle.click();
  await expect(app.presenterToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(app.table).toBeHidden();
  await expect(app.diagram).toBeVisible();

  await page.keyboard.press('PageDown');
  await app.expectStep(1);
  await page.keyboard.press('PageUp');
  await app.expectStep(0);

  await app.openTab('Visual quiz');
  await app.question(STORED).getByRole('radio').first().check();
  const feedback = app.feedbackOf(STORED);
  await expect(feedback).toContainText('Answer locked in');
  await expect(feedback).not.toContainText(/Correct|Not quite/);
  await app.questionItem(STORED).getByRole('button', { name: 'Reveal answer' }).click();
  await expect(feedback).toContainText(/Correct|Not quite/);

  await app.presenterToggle.click();
  await expect(app.table).toBeVisible();
  app.expectNoConsoleErrors();
});

test('in presenter view a clicked broker shows its actions: the teacher crashes it on the projector', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message');
  await app.presenterToggle.click();
  const crash = page.getByRole('button', { name: 'Crash broker 1' });
  await expect(crash).toHaveCount(0);
  await page.getByRole('button', { name: /^Broker 1\b/ }).click();
  await expect(crash).toBeVisible();
  await crash.click();
  await expect(page.getByRole('button', { name: /^Broker 1\b/ })).toContainText('DOWN');
  await expect(page.getByRole('button', { name: 'Restart broker 1' })).toBeEnabled();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(crash).toHaveCount(0);
  await expect(app.presenterToggle).toHaveAttribute('aria-pressed', 'true');
  app.expectNoConsoleErrors();
});

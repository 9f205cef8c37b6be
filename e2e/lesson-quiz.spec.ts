// Story: the class takes the visual quiz. Each answer is graded "Correct" or "Not quite" with the
// reason, the right answer is what the engine did (the execution table agrees), and
// predict-then-reveal stops before the decisive step, then grades once it has played.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

const STORED = "At which step is the record 'Hello Kafka' stored in Kafka?";

test('a quiz answer is graded, and the correct one matches the execution table', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message');
  await app.openTab('Visual quiz');
  const question = app.question(STORED);
  const feedback = app.feedbackOf(STORED);
  const radios = question.getByRole('radio');
  await expect(radios).toHaveCount(4);

  // Answer with the first option, then read the right one from the feedback (or from the options).
  await radios.first().check();
  await expect(feedback).toHaveText(/Correct|Not quite/);
  const first = (await feedback.textContent()) ?? '';
  const answer = first.includes('Correct') ? 'A' : (/the answer is ([A-D])/.exec(first)?.[1] ?? '');
  expect(answer).toMatch(/^[A-D]$/);
  if (answer === 'A') {
    await radios.nth(1).check();
    await expect(feedback).toContainText('Not quite');
  } else {
    await expect(feedback).toContainText('Not quite');
  }
  const right = question.getByRole('radio', { name: new RegExp(`^${answer} `) });
  await right.check();
  await expect(feedback).toContainText('Correct');

  // The answer "Step n" is the step where the table shows the broker appending the record.
  const label = (await right.evaluate((el) => el.closest('label')?.textContent ?? '')) ?? '';
  const step = Number(/Step (\d+)/.exec(label)?.[1]);
  await app.gotoLesson('first-message', 'The first message', `&step=${step}`);
  await app.expectStep(step);
  await expect(app.currentRow).toContainText("Appended 'Hello Kafka'");
  await expect(app.currentRow).toContainText('Broker 1');
  app.expectNoConsoleErrors();
});

test('predict then reveal: stop before the decisive step, answer, play it, be graded', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message');
  await app.openTab('Visual quiz');
  const item = app.questionItem(STORED);
  const predict = item.getByRole('button', { name: /^Predict: stop before step (\d+)$/ });
  const decisive = Number(/(\d+)$/.exec((await predict.textContent()) ?? '')?.[1]);
  await predict.click();
  await app.expectStep(decisive - 1);
  await app.question(STORED).getByRole('radio').nth(1).check();
  await expect(app.feedbackOf(STORED)).toContainText(`Play step ${decisive}`);
  await expect(app.feedbackOf(STORED)).not.toContainText(/Correct|Not quite/);
  await item.getByRole('button', { name: `Play step ${decisive}` }).click();
  await app.expectStep(decisive);
  await expect(app.feedbackOf(STORED)).toContainText(/Correct|Not quite/);
  app.expectNoConsoleErrors();
});

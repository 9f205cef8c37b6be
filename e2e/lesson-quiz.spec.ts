// Story: a student takes the visual quiz. Nothing on the question gives the answer away; the
// student commits to an answer, plays to the moment that decides it, reads why it was wrong,
// answers right, and draws another version of the question.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

const LEADS = /Broker 1 crashes\. Which broker leads orders-0/;

test('predict, play to the answer, wrong then right, "Show step"', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('break-a-broker', 'Break a broker');
  await app.openTab('Visual quiz');
  const item = app.questionItem(LEADS);
  const question = app.question(LEADS);
  const feedback = app.feedbackOf(LEADS);

  // Before an answer: no step number, no verdict, and "Play to the answer" waits for a choice.
  await expect(item.getByRole('button', { name: /step/i })).toHaveCount(0);
  const play = item.getByRole('button', { name: 'Play to the answer' });
  await expect(play).toBeDisabled();

  // Broker 1 is the one that crashed: a wrong answer on purpose.
  await question.getByRole('radio', { name: /Broker 1$/ }).check();
  await expect(feedback).toContainText('Your answer: ');
  await expect(feedback).not.toContainText(/Correct|Not quite|Broker 2/);
  await play.click();
  await expect(feedback).toContainText('Not quite — the answer is');
  await expect(feedback).toContainText('(Broker 2)');
  await expect(item.getByRole('list', { name: 'Why each option is right or wrong' })).toContainText('down');

  // The timeline ran to the deciding step: the election of broker 2.
  const show = item.getByRole('button', { name: /^Show step \d+$/ });
  const step = Number(/(\d+)$/.exec((await show.textContent()) ?? '')?.[1]);
  await app.expectStep(step);
  await expect(app.currentRow).toContainText('broker 2');

  await question.getByRole('radio', { name: /Broker 2$/ }).check();
  await expect(feedback).toContainText('Correct');

  await app.stepForwardButton.click();
  await show.click();
  await app.expectStep(step);
  app.expectNoConsoleErrors();
});

test('"Try another" asks the same kind of question about another subject', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('partitions-and-keys', 'Topics, partitions and keys');
  await app.openTab('Visual quiz');
  const alice = /with key 'alice'/;
  await app.question(alice).getByRole('radio').first().check();
  const item = app.questionItem(alice);
  await item.getByRole('button', { name: 'Play to the answer' }).click();
  await expect(app.feedbackOf(alice)).toContainText(/Correct|Not quite/);
  await item.getByRole('button', { name: 'Try another' }).click();

  // The first question now asks about another key: fresh, nothing chosen, nothing revealed.
  await expect(app.question(alice)).toHaveCount(0);
  const next = app.tabPanel.getByRole('radiogroup').first();
  await expect(next).toHaveAccessibleName(/with key '(?!alice)/);
  await expect(next.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(app.tabPanel.getByRole('status').first()).toHaveText('');
  app.expectNoConsoleErrors();
});

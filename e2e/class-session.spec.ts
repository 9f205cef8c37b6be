// Story: a class session on `npm run classroom`. The teacher starts it; two students open the class
// link and follow the teacher's steps and interventions; one stops following to explore alone,
// then snaps back; the teacher asks the class a quiz question, sees the answers come in, and
// reveals the answer on every page.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type ClassPage, Classroom } from './pages/ClassPages';

const LEADS = /Broker 1 crashes\. Which broker leads orders-0/;

let classroom: Classroom;
test.beforeEach(({ browser }) => {
  classroom = new Classroom(browser);
});
test.afterEach(() => classroom.close());

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

async function expectSameStep(teacher: ClassPage, ...students: ClassPage[]) {
  const step = await teacher.step();
  for (const s of students) await s.expectStep(step);
  return step;
}

test('students follow the teacher, stop following to explore, and follow again', async () => {
  const teacher = await classroom.page();
  await teacher.goto('?step=40');
  const link = await classroom.startSession(teacher);
  expect(link).not.toContain('secret');
  const ann = await classroom.join(link);
  const bob = await classroom.join(link);
  await expect(teacher.classStage.getByText('2 students following')).toBeVisible();
  await expectSameStep(teacher, ann, bob);

  // The teacher steps: both students' timelines, tables and diagrams follow.
  for (let i = 0; i < 3; i++) await teacher.stepForwardButton.click();
  await teacher.expectStep(43);
  await expectSameStep(teacher, ann, bob);
  await expect(ann.currentRow).toHaveText((await teacher.currentRow.textContent()) ?? '');

  // The teacher crashes broker 2: both students see the same forked run.
  await teacher.broker(2).click();
  await teacher.page.getByRole('button', { name: 'Crash broker 2' }).click();
  await expect(teacher.broker(2)).toHaveAccessibleName(/, down\b/);
  await teacher.expectStep(44);
  for (const s of [ann, bob]) await expect(s.broker(2)).toHaveAccessibleName(/, down\b/);
  await expectSameStep(teacher, ann, bob);

  // Ann explores alone: steps back before the teacher's crash and crashes broker 3 instead.
  await ann.stopFollowing.click();
  await expect(ann.classStage.getByText('Exploring on your own')).toBeVisible();
  await ann.seek(42);
  await ann.broker(3).click();
  await ann.page.getByRole('button', { name: 'Crash broker 3' }).click();
  await expect(ann.broker(3)).toHaveAccessibleName(/, down\b/);
  await expect(ann.broker(2)).not.toHaveAccessibleName(/, down\b/);
  for (let i = 0; i < 2; i++) await teacher.stepForwardButton.click();
  await teacher.expectStep(46);
  const step = await expectSameStep(teacher, bob);
  await expect(teacher.broker(3)).not.toHaveAccessibleName(/, down\b/);
  await expect(bob.broker(3)).not.toHaveAccessibleName(/, down\b/);
  expect(await ann.step()).not.toBe(step);

  // "Follow the teacher" snaps back to the teacher's run.
  await ann.followTheTeacher.click();
  await expect(ann.following).toBeVisible();
  await ann.expectStep(step);
  await expect(ann.broker(3)).not.toHaveAccessibleName(/, down\b/);
  await expect(ann.broker(2)).toHaveAccessibleName(/, down\b/);

  // A teacher who reloads takes the session back, at the same step of the same run.
  await teacher.page.reload();
  await teacher.expectStep(step);
  await expect(teacher.broker(2)).toHaveAccessibleName(/, down\b/);
  await teacher.stepForwardButton.click();
  await teacher.expectStep(step + 1);
  await expectSameStep(teacher, ann, bob);
  for (const p of [teacher, ann, bob]) p.expectNoConsoleErrors();
});

test('the teacher asks the class, counts the answers and reveals the answer on every page', async () => {
  const teacher = await classroom.page();
  await teacher.gotoLesson('break-a-broker', 'Break a broker');
  const link = await classroom.startSession(teacher);
  const ann = await classroom.join(link);
  const bob = await classroom.join(link);
  for (const s of [ann, bob]) await expect(s.lessonPanel).toHaveAccessibleName(/^Lesson: Break a broker/);

  await teacher.openTab('Visual quiz');
  await teacher.questionItem(LEADS).getByRole('button', { name: 'Ask the class' }).click();
  const tally = teacher.page.getByRole('region', { name: /^Answers to: .*Broker 1 crashes\. Which broker leads orders-0/ });
  await expect(tally.getByText('0 answers')).toBeVisible();

  const annQuestion = ann.classStage.getByRole('radiogroup', { name: LEADS });
  const bobQuestion = bob.classStage.getByRole('radiogroup', { name: LEADS });
  await annQuestion.getByRole('radio').nth(0).check();
  await bobQuestion.getByRole('radio').nth(1).check();
  await expect(tally.getByText('2 answers')).toBeVisible();
  expect(await seriousViolations(teacher.page)).toEqual([]);
  expect(await seriousViolations(ann.page)).toEqual([]);

  await tally.getByRole('button', { name: 'Reveal answer' }).click();
  const annFeedback = ann.classStage.getByRole('status').filter({ hasText: /Correct|Not quite/ });
  const bobFeedback = bob.classStage.getByRole('status').filter({ hasText: /Correct|Not quite/ });
  await expect(annFeedback).toContainText(/the answer is [A-D]/);
  await expect(bobFeedback).toContainText(/the answer is [A-D]/);
  const answer = /the answer is ([A-D])/.exec((await annFeedback.textContent()) ?? '')?.[1];
  await expect(tally.getByText(`(the answer)`)).toBeVisible();
  // Exactly one of the two different answers can be right, unless neither is.
  const graded = [(await annFeedback.textContent()) ?? '', (await bobFeedback.textContent()) ?? ''].map((t) => t.startsWith('Correct'));
  expect(graded.filter(Boolean).length).toBe(answer === 'A' || answer === 'B' ? 1 : 0);
  for (const p of [teacher, ann, bob]) p.expectNoConsoleErrors();
});

test('a damaged class link says so, and a link to an ended session says it is over', async () => {
  const page = await classroom.page();
  await page.goto('?class=cut-short');
  await expect(page.page.getByText('This class link is damaged')).toBeVisible();

  const teacher = await classroom.page();
  await teacher.goto();
  const link = await classroom.startSession(teacher);
  await teacher.page.getByRole('button', { name: 'Class session' }).click();
  await teacher.page.getByRole('button', { name: 'End class session' }).click();
  const late = await classroom.page();
  await late.page.goto(link);
  await expect(late.classStage.getByText('This class session has ended.')).toBeVisible();
  await expect(late.classStage.getByText('The class session is over.')).toBeVisible();
  await expect(late.broker(1)).toBeVisible();
  for (const p of [page, teacher, late]) p.expectNoConsoleErrors();
});

// Story: in a lesson built on a contrast, the student compares the two runs side by side (same
// seed, one setting changed), reads the first difference and steps both runs together.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('Compare shows acks=1 and acks=all side by side, the first difference called out', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('break-a-broker', 'Break a broker');
  await app.openTab('Compare');
  const compare = app.tabPanel.getByRole('region', { name: 'Compare runs' });
  await expect(compare).toContainText('only acks differs');
  const note = compare.getByRole('note');
  await expect(note).toContainText(/First difference\. At [\d.]+ s the runs part\. acks=1: Producer p1: Received the ack/);

  const table = compare.getByRole('table', { name: 'Both runs at this time' });
  await expect(table.getByRole('columnheader')).toHaveText(['Variable', 'acks=1', 'acks=all']);
  const time = compare.getByRole('slider', { name: 'Compare time' });
  const at = Number(await time.inputValue());

  // Step both runs forward until the tracked record parts: acknowledged on the left only.
  const record = table.getByRole('row', { name: /record 'order-3'/ });
  for (let i = 0; i < 40 && !((await record.textContent()) ?? '').includes('differs'); i++) {
    await compare.getByRole('button', { name: 'Both runs forward ▶' }).click();
  }
  await expect(record).toContainText('≠ differs');
  await expect(record.getByRole('cell').first()).toContainText('acknowledged');
  await expect(record.getByRole('cell').last()).not.toContainText('acknowledged');
  expect(Number(await time.inputValue())).toBeGreaterThan(at);

  await compare.getByRole('button', { name: 'Go to the first difference' }).click();
  await expect(time).toHaveValue(String(at));
  app.expectNoConsoleErrors();
});

test('Compare is offered in the four contrast lessons', async ({ page }) => {
  const app = new LessonsPage(page);
  for (const [id, title] of [
    ['unclean-election', 'Unclean leader election'],
    ['consumer-groups', 'Consumer groups'],
    ['controller-zookeeper', 'The controller, then: ZooKeeper'],
  ] as const) {
    await app.gotoLesson(id, title);
    await app.openTab('Compare');
    await expect(app.tabPanel.getByRole('region', { name: 'Compare runs' }).getByRole('note')).toContainText('First difference');
  }
  await app.gotoLesson('first-message', 'The first message');
  await expect(app.mode('Deep dive')).toHaveCount(1);
  await expect(app.mode('Compare')).toHaveCount(0);
  app.expectNoConsoleErrors();
});

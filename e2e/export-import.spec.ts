// Story: a teacher exports the open lesson as a scenario file and imports it again: the same
// lesson, narration included. A broken file is refused with an alert; the open run stays.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('export then import gives back the same scenario', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('partitions-and-keys', 'Topics, partitions and keys');
  const title = (await app.title.textContent()) ?? '';
  const download = await app.exportScenario();
  expect(download.suggestedFilename()).toBe('topics-partitions-and-keys.json');
  const path = await download.path();
  const text = await (await import('node:fs/promises')).readFile(path, 'utf8');
  const file = JSON.parse(text);
  expect(file.lesson.id).toBe('partitions-and-keys');
  expect(file.narration.length).toBeGreaterThan(0);

  await app.openFromNav('The first message');
  await app.importFile(path);
  await expect(app.title).toHaveText(title);
  // The file carries the lesson's keys: its panel and its narration come back with it.
  await expect(app.lessonPanel).toHaveAccessibleName('Lesson: Topics, partitions and keys');
  await app.stepForward(36);
  await expect(app.narration.locator('p').first()).not.toHaveText(/press Play or Step forward/);
  app.expectNoConsoleErrors();
});

test('a broken import shows an alert and keeps the open simulation', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message');
  await app.stepForward(3);
  await page.getByLabel('Import scenario').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1,"title":"Broken","cluster":{"brokers":2},"topics":[{"name":"t","partitions":1,"replicationFactor":5}]}'),
  });
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expect(page.getByRole('alert')).toContainText('topics[0].replicationFactor');
  await expect(app.title).toContainText('The first message');
  await app.expectStep(3);
});

// Story: a teacher shares the exact moment of a run. The link reopens the same scenario, seed and
// step (a built-in lesson by id; any other scenario inside the link itself). A bad link says what
// is wrong with it and opens the default scenario.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

test('a lesson share link reopens the same title, step and table row', async ({ page, context }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('replication-and-acks', 'Replication', '&seed=7&step=40');
  await app.expectStep(40);
  await app.stepForward(2);
  const row = await app.currentRowText();
  const title = await app.title.textContent();
  const link = await app.makeShareLink();
  expect(link).toMatch(/\?scenario=replication-and-acks&seed=7&step=42$/);

  const other = new LessonsPage(await context.newPage());
  await other.page.goto(link);
  await expect(other.title).toHaveText(title ?? '');
  await other.expectStep(42);
  expect(await other.currentRowText()).toBe(row);
  app.expectNoConsoleErrors();
  other.expectNoConsoleErrors();
});

test("a scenario of one's own travels inside the link", async ({ page, context }) => {
  const app = new LessonsPage(page);
  await app.goto();
  const file = {
    version: 1,
    title: 'Shared <b>by link</b>',
    seed: 3,
    cluster: { brokers: 2 },
    topics: [{ name: 'notes', partitions: 2, replicationFactor: 2 }],
    producers: [{ id: 'p1' }],
    script: [{ atMs: 50, do: 'produce', producer: 'p1', topic: 'notes', key: 'k', value: 'hello' }],
    narration: [{ event: { type: 'RecordAppended' }, text: 'Stored <img src=x onerror="window.__xss=1">' }],
  };
  await page.getByLabel('Import scenario').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(app.title).toContainText('Shared <b>by link</b>');
  await app.stepForward(12);
  // Narration from a file is text: the markup shows literally and never runs.
  await expect(app.narration).toContainText('Stored <img src=x onerror="window.__xss=1">');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  const row = await app.currentRowText();
  const link = await app.makeShareLink();
  expect(link).toMatch(/#scenario=z\.[A-Za-z0-9_-]+&step=12$/);

  const other = new LessonsPage(await context.newPage());
  await other.page.goto(link);
  await expect(other.title).toContainText('Shared <b>by link</b>');
  await other.expectStep(12);
  expect(await other.currentRowText()).toBe(row);
  other.expectNoConsoleErrors();
});

test('a damaged link or an unknown lesson shows an alert and opens the default scenario', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.goto('#scenario=z.not-a-real-scenario&step=3');
  await expect(page.getByRole('alert')).toContainText('The share link is damaged');
  await expect(app.title).toContainText('Orders: three brokers');

  await app.goto('?scenario=no-such-lesson');
  await expect(page.getByRole('alert')).toContainText('There is no built-in lesson "no-such-lesson"');
  await expect(app.title).toContainText('Orders: three brokers');
});

// Story: a teacher opens the app and the class waits for nothing it does not need. The default
// page fetches no lesson code (the built-in lessons, the learning modes, the parser, the worker
// that plays lessons headless) until something asks for it, yet the "Lessons" navigation is
// complete at once; a lesson opened from it then plays with its narration as before. And when the
// lesson-run worker cannot start, the learning modes say so in words.
import { expect, type Page, test } from '@playwright/test';
import { lessonCatalog } from '../src/lessons/catalog';
import { LessonsPage } from './pages/LessonsPage';

/** Chunks that must wait for a click: the lesson kit, zod, the learning modes, the lesson-run worker. */
const LESSON_CODE = /lessonTools|lessonRun\.worker|LessonModes|\/zod|\/lessons\/builtin\//;

function scriptsFetched(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|ts|tsx)$/.test(path)) paths.push(path);
  });
  return paths;
}

// Fetched from the network, not answered by a service worker installed meanwhile.
test.use({ serviceWorkers: 'block' });

test('the default page loads no lesson code before a click, and the lessons still open', async ({ page }) => {
  const scripts = scriptsFetched(page);
  const app = new LessonsPage(page);
  await app.goto();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => LESSON_CODE.test(s))).toEqual([]);
  // Opening the Lessons panel is a click: the kit may start loading from here on.
  await app.openLessonsPanel();
  await expect(app.lessonsNav.getByRole('link')).toHaveText(lessonCatalog.map((l) => new RegExp(`${l.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));

  const lesson = lessonCatalog.find((l) => l.id === 'first-message')!;
  await app.openFromNav(lesson.title);
  await app.stepForward(30);
  await expect(app.narration).toContainText('The acknowledgement reaches the producer: offset 0.');
  expect(scripts.filter((s) => /lessonTools|lessonRun\.worker/.test(s)).length).toBeGreaterThanOrEqual(2);
  app.expectNoConsoleErrors();
});

test('a learning mode on the default page loads the modes and plays the run off the main thread', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.goto();
  await app.openTab('Visual quiz');
  await expect(app.tabPanel.getByRole('radiogroup').first()).toBeVisible();
  await app.openTab('Key moments');
  await expect(app.tabPanel.getByRole('button', { name: /^Show step \d+/ }).first()).toBeVisible();
  app.expectNoConsoleErrors();
});

test('when the lesson-run worker cannot start, the modes say so in words', async ({ page }) => {
  await page.route(/lessonRun\.worker/, (route) => route.abort());
  const app = new LessonsPage(page);
  await app.goto();
  await app.openTab('Visual quiz');
  await expect(app.tabPanel).toContainText('The learning modes could not play this scenario: the worker playing it stopped');
  await expect(app.tabPanel).toContainText('Reload the page to try again.');
  await expect(app.tabPanel).not.toContainText(/at .*\.js:\d+/);
  // The diagram and the table go on working.
  await app.stepForward(2);
  await app.expectStep(2);
});

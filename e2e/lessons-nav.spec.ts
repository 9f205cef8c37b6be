// Story: a student looks for a lesson. Every lesson is on screen at once, with its goal and how
// long it takes; choosing one opens it. On a first visit the page says what it is and offers a way in.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { lessonCatalog } from '../src/lessons/catalog';
import { LessonsPage } from './pages/LessonsPage';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the welcome, the Lessons panel and the legend pass axe (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const app = new LessonsPage(page);
    await app.goto();
    await expect(page.getByRole('region', { name: 'Welcome to KafkaScope' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await app.openLessonsPanel();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await app.gotoLesson('offsets-and-replay', 'Offsets', '&step=700');
    await app.diagram.getByText('Legend', { exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the Lessons panel shows every lesson at once, with its goal and minutes', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.goto('?step=1');
  await app.openLessonsPanel();
  const viewport = page.viewportSize()!;
  for (const lesson of lessonCatalog) {
    const link = app.lessonsNav.getByRole('link', { name: lesson.title, exact: true });
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.y + box.height, `${lesson.title} is on screen`).toBeLessThanOrEqual(viewport.height);
    const item = app.lessonsNav.getByRole('listitem').filter({ hasText: lesson.goal });
    await expect(item.getByRole('link')).toHaveText(lesson.title);
    await expect(item).toContainText(`about ${lesson.minutes} min`);
  }
  await app.openFromNav(lessonCatalog[4].title);
  await expect(app.lessonsNav.getByRole('link', { name: lessonCatalog[4].title, exact: true })).toBeHidden();
  await expect(app.title).toContainText('Break a broker');
  await expect(app.lessonsNav).toContainText(`5. ${lessonCatalog[4].title}`);
  app.expectNoConsoleErrors();
});

test('a first visit offers "Start lesson 1" and "Explore the cluster", once', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.goto();
  const welcome = page.getByRole('region', { name: 'Welcome to KafkaScope' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('step through one event at a time');
  await welcome.getByRole('button', { name: 'Start lesson 1' }).click();
  await expect(app.lessonPanel).toHaveAccessibleName(`Lesson: ${lessonCatalog[0].title}`);
  await expect(welcome).toBeHidden();

  // Chosen once: the next plain visit opens straight on the cluster.
  await app.goto();
  await expect(app.diagram).toBeVisible();
  await expect(welcome).toBeHidden();
  app.expectNoConsoleErrors();
});

test('"Explore the cluster" leaves the diagram to play with; a lesson link never shows the panel', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.goto('?scenario=first-message');
  await expect(page.getByRole('region', { name: 'Welcome to KafkaScope' })).toBeHidden();
  await page.evaluate(() => localStorage.clear());
  await app.goto();
  const welcome = page.getByRole('region', { name: 'Welcome to KafkaScope' });
  await welcome.getByRole('button', { name: 'Explore the cluster' }).click();
  await expect(welcome).toBeHidden();
  await app.broker(1).click();
  await expect(page.getByRole('button', { name: 'Crash broker 1' })).toBeVisible();
});

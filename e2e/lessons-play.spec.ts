// Story: a teacher opens every built-in lesson from the "Lessons" navigation and plays it to the
// end. Each shows exactly the anomalies it teaches (and no others), with no error in the console.
import { expect, test } from '@playwright/test';
import { lessons } from '../src/lessons';
import { LessonsPage } from './pages/LessonsPage';

const ALL_KINDS = ['lost-write', 'duplicate', 'inconsistent-offsets', 'reordered', 'poll-skip', 'nonmonotonic-poll'];

test('every built-in lesson opens from the Lessons navigation and plays to its end', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new LessonsPage(page);
  await app.goto();
  await app.openLessonsPanel();
  await expect(app.lessonsNav.getByRole('link')).toHaveCount(lessons.length);
  for (const lesson of lessons) {
    await test.step(lesson.title, async () => {
      await app.openFromNav(lesson.title);
      await expect(page).toHaveURL(new RegExp(`\\?scenario=${lesson.id}$`));
      await expect(app.lessonPanel).toBeVisible();
      await app.playToEnd();
      if (lesson.anomalies.length === 0) {
        await expect(app.anomalies).toBeHidden();
        return;
      }
      for (const kind of lesson.anomalies) await expect(app.anomalies).toContainText(kind);
      const shown = (await app.anomalies.textContent()) ?? '';
      expect(ALL_KINDS.filter((k) => shown.includes(k)).sort()).toEqual([...new Set(lesson.anomalies)].sort());
    });
  }
  app.expectNoConsoleErrors();
});

// Screenshots of the lesson panel's modes and of presenter view at a laptop's and a projector's
// size, saved under screenshots/ for people to look at. Nothing here compares pixels.
import { expect, test } from '@playwright/test';
import { type ModeTab, LessonsPage } from './pages/LessonsPage';

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const tabs: ModeTab[] = ['Process flow', 'Execution sample', 'Key moments', 'Visual quiz'];

for (const size of sizes) {
  test(`lesson panel and presenter view ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const app = new LessonsPage(page);
    await app.gotoLesson('replication-and-acks', 'Replication', '&step=95');
    for (const tab of tabs) {
      await app.openTab(tab);
      await expect(app.tabPanel).not.toContainText(/^(Loading|Playing)/);
      await page.screenshot({ path: `screenshots/lesson-${tab.toLowerCase().replace(' ', '-')}-${size.width}x${size.height}.png` });
    }
    await app.presenterToggle.click();
    await app.openTab('Process flow');
    await expect(app.tabPanel).not.toContainText(/^(Loading|Playing)/);
    await page.screenshot({ path: `screenshots/presenter-${size.width}x${size.height}.png` });
    await app.openTab('Visual quiz');
    await page.screenshot({ path: `screenshots/presenter-quiz-${size.width}x${size.height}.png` });
    await app.presenterToggle.click();
    await page.getByRole('button', { name: 'Edit scenario' }).click();
    await page.getByRole('dialog', { name: 'Scenario editor' }).getByRole('group', { name: 'Topic 1' }).getByRole('textbox', { name: 'Partitions' }).fill('0');
    await page.screenshot({ path: `screenshots/editor-${size.width}x${size.height}.png` });
    app.expectNoConsoleErrors();
  });
}

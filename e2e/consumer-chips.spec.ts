// Story: a teacher reads each consumer's last poll and its chip from the back of the room: words
// are shown whole or left out, lists end with "+N more", never with a word cut by "…".
import { expect, test } from '@playwright/test';
import { largeScenarioFile } from '../bench/scenarios';
import { KafkaScopePage } from './pages/KafkaScopePage';
import { LessonsPage } from './pages/LessonsPage';

test.describe('in Presenter view at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a consumer box lists its last poll’s records whole, its state beside its name', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('offsets-and-replay', 'Offsets', '&step=300');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const careful = app.diagram.getByRole('button', { name: /^Consumer careful,/ });
    await expect(careful).toContainText('last poll 3 records: 3, 4, 5');
    await expect(careful).not.toContainText('…');
    app.expectNoConsoleErrors();
  });
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`a big cluster’s consumer chips and group headers cut no word at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await new KafkaScopePage(page).importScenario(largeScenarioFile(2000));
    if (viewport.width === 1920) await page.getByRole('button', { name: 'Presenter view' }).click();
    const diagram = page.getByRole('region', { name: 'Cluster diagram' });
    const chips = diagram.getByRole('button', { name: /^Consumer c\d+,/ });
    await expect(chips).toHaveCount(12);
    // Before the groups settle every member has no partitions yet; then each has its lag.
    for (const settled of [false, true]) {
      if (settled) {
        await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        await expect(diagram.getByRole('button', { name: /^Consumer c0,/ }).locator('text').first()).toHaveText(/^c0 lag \d+/, { timeout: 60_000 });
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
      }
      for (const text of await chips.locator('text').allTextContents()) {
        expect(text).not.toContain('…');
        expect(text).toMatch(/^c\d+ /);
      }
      for (const group of ['g1', 'g2']) await expect(diagram.getByText(new RegExp(`^(Group )?${group}\\b`))).not.toContainText('…');
    }
  });
}

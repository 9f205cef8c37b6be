// Story: the lesson panel, presenter view and the scenario editor pass axe with no serious or
// critical violation, like the rest of the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LESSON_ONLY_TABS, LessonsPage, MODE_TABS } from './pages/LessonsPage';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('every learning mode, presenter view and the editor pass axe', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new LessonsPage(page);
  await app.gotoLesson('break-a-broker', 'Break a broker', '&step=140');
  for (const tab of [...MODE_TABS, ...LESSON_ONLY_TABS]) {
    await app.openTab(tab);
    await expect(app.tabPanel).not.toContainText(/^(Loading|Playing)/);
    expect(await seriousViolations(page), tab).toEqual([]);
  }
  await app.makeShareLink();
  expect(await seriousViolations(page), 'share').toEqual([]);

  await page.keyboard.press('Escape');
  await app.presenterToggle.click();
  await app.openTab('Visual quiz');
  expect(await seriousViolations(page), 'presenter').toEqual([]);
  await app.presenterToggle.click();

  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const editor = page.getByRole('dialog', { name: 'Scenario editor' });
  await editor.getByRole('group', { name: 'Topic 1' }).getByRole('textbox', { name: 'Partitions' }).fill('x');
  expect(await seriousViolations(page), 'editor').toEqual([]);
  app.expectNoConsoleErrors();
});

// Story: the lesson panel's learning modes keep to one row beside the diagram, on a laptop and on a
// projector. Every tab in the row is whole (nothing scrolls sideways); the modes that do not fit
// are one choice away in "More learning modes", and the arrow keys still walk every mode.
import { expect, type Page, test } from '@playwright/test';
import { LESSON_ONLY_TABS, LessonsPage, MODE_TABS } from './pages/LessonsPage';

const ALL_MODES = [...MODE_TABS, ...LESSON_ONLY_TABS];

/** The row's tabs whole inside the tab list, the row itself in one line with no sideways scroll. */
async function expectOneWholeRow(page: Page) {
  const list = page.getByRole('tablist', { name: 'Learning modes' });
  await expect(list.getByRole('tab').first()).toBeVisible();
  // Measured in one go: the panel above the tabs may still be settling between two reads.
  const problems = await list.evaluate((el) => {
    const out: string[] = [];
    if (el.scrollWidth > el.clientWidth || el.parentElement!.scrollWidth > el.parentElement!.clientWidth) out.push('the tab row scrolls sideways');
    const box = el.getBoundingClientRect();
    for (const tab of el.querySelectorAll<HTMLElement>('[role="tab"]')) {
      const b = tab.getBoundingClientRect();
      if (b.left < box.left - 0.5 || b.right > box.right + 0.5) out.push(`${tab.textContent} is cut at the tab list's edge`);
      if (b.top > box.top + 4) out.push(`${tab.textContent} is on a second row`);
      if (tab.scrollWidth > tab.clientWidth) out.push(`${tab.textContent} clips its own words`);
    }
    return out;
  });
  expect(problems).toEqual([]);
}

/** The modes on offer, tabs and "More" options together, in order. */
async function modesOnOffer(app: LessonsPage): Promise<string[]> {
  const tabs = await app.page.getByRole('tab').allTextContents();
  const more = (await app.moreModes.count()) > 0 ? await app.moreModes.locator('option:not([disabled])').allTextContents() : [];
  return ALL_MODES.filter((m) => tabs.includes(m) || more.includes(m));
}

test('at 1366×768 the tabs fit one row; the rest are in "More learning modes"; the arrows reach every mode', async ({ page }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('consumer-groups', 'Consumer groups');
  await expectOneWholeRow(page);
  expect(await modesOnOffer(app)).toEqual(ALL_MODES);
  await expect(app.moreModes).toBeVisible();

  // A mode from the select opens, and its tab joins the row, whole.
  await app.moreModes.selectOption({ label: 'Deep dive' });
  await expect(app.tab('Deep dive')).toHaveAttribute('aria-selected', 'true');
  await expect(app.tabPanel).toHaveAccessibleName('Deep dive');
  await expectOneWholeRow(page);

  // The arrow keys walk all nine modes, in order, each one's tab focused and whole in the row.
  await app.openTab('Process flow');
  await app.tab('Process flow').focus();
  for (const name of [...ALL_MODES.slice(1), ALL_MODES[0]]) {
    await page.keyboard.press('ArrowRight');
    await expect(app.tab(name)).toBeFocused();
    await expect(app.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expectOneWholeRow(page);
  }
  app.expectNoConsoleErrors();
});

test.describe('at 1920×1080 in Presenter view', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the tabs fit one row, and every mode is still on offer', async ({ page }) => {
    const app = new LessonsPage(page);
    await app.gotoLesson('break-a-broker', 'Break a broker');
    await app.presenterToggle.click();
    await expect(app.presenterToggle).toHaveAttribute('aria-pressed', 'true');
    await expectOneWholeRow(page);
    expect(await modesOnOffer(app)).toEqual(ALL_MODES);
    await app.openTab('Full transcript');
    await expectOneWholeRow(page);
    app.expectNoConsoleErrors();
  });
});

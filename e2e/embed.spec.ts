// Story: a teacher embeds a lesson in a course page. The Share dialog's "Embed code" is an <iframe>
// with a title; the compact player shows the diagram, the narration and the step controls, no
// editor, import or lessons bar; `from` and `to` hold the timeline to those steps.
import { expect, test } from '@playwright/test';
import { LessonsPage } from './pages/LessonsPage';

// The app's service worker would answer the course page's address itself (an offline app shell).
test.use({ serviceWorkers: 'block' });

test('the compact player holds its timeline to from…to and shows no editor', async ({ page }) => {
  const app = new LessonsPage(page);
  await page.goto('/?scenario=first-message&embed=1&from=3&to=6');
  await expect(app.diagram.getByRole('button', { name: /^Broker 1\b/ })).toBeVisible();
  await expect(app.timeline).toHaveAttribute('min', '3');
  await expect(app.timeline).toHaveAttribute('max', '6');
  await app.expectStep(3);
  await expect(app.narration).not.toBeEmpty();
  for (const name of ['Import scenario', 'Edit scenario', 'Share', 'Start class session']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(app.lessonsNav).toHaveCount(0);
  await expect(app.table).toHaveCount(0);

  for (let i = 0; i < 3; i++) await app.stepForwardButton.click();
  await app.expectStep(6);
  await expect(app.stepForwardButton).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await app.expectStep(6);
  await page.keyboard.press('Home');
  await app.expectStep(3);
  await expect(app.stepBackButton).toBeDisabled();
  app.expectNoConsoleErrors();
});

test('the Share dialog’s embed code frames the player, with a title', async ({ page, baseURL }) => {
  const app = new LessonsPage(page);
  await app.gotoLesson('first-message', 'The first message', '&step=4');
  await app.shareButton.click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="KafkaScope: The first message"/);

  // A course page on the same server (a page elsewhere would be a cross-network frame in CI).
  const course = `${baseURL}/course-page.html`;
  await page.route(course, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Course page</title><main>${code}</main>` }));
  await page.goto(course);
  const frame = page.frameLocator('iframe[title="KafkaScope: The first message"]');
  await expect(frame.getByRole('slider', { name: 'Timeline' })).toHaveValue('4');
  await expect(frame.getByRole('region', { name: 'Cluster diagram' })).toBeVisible();
});

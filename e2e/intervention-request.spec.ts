// Story: an intervention is one request. The teacher crashes a broker; the page asks the engine
// worker once, and that one answer brings the forked run with the intervention already played.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('crashing a broker sends one request to the engine, and its answer shows the fork', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?step=40&test-hooks=1');
  await app.expectStep(40);
  const requests = () => page.evaluate(() => window.__kafkascope?.requests() ?? {});
  // Let the status tracker fetch its views first: they are not part of the intervention.
  await expect.poll(async () => (await requests()).viewsAt ?? 0).toBeGreaterThan(0);
  const before = await requests();

  await app.crash(1);
  await expect(app.broker(1)).toHaveAccessibleName(/, down\b/);
  const after = await requests();
  const sent = (type: string) => (after[type] ?? 0) - (before[type] ?? 0);
  expect(sent('intervene')).toBe(1);
  expect(sent('stepForward')).toBe(0);
  expect(sent('seek')).toBe(0);
  expect(sent('load')).toBe(0);
  app.expectNoConsoleErrors();
});

// Story: the same scenario and seed give the same trace in the browser as in Node. The page plays
// the default scenario to its end in its Web Worker; Node plays it here; the rows must be equal.
import { expect, test } from '@playwright/test';
import { createSimulation } from '../src/engine';
import { defaultScenarioFile } from '../src/lessons/defaultScenario';
import { parseScenario } from '../src/scenario/parse';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('the browser plays the default scenario exactly as Node does', async ({ page }) => {
  const parsed = parseScenario(defaultScenarioFile);
  if (!parsed.ok) throw new Error('the default scenario is invalid');
  const sim = createSimulation(parsed.scenario, 7);
  sim.runToEnd();
  const nodeRows = sim.rows(1, sim.stepCount);

  const app = new KafkaScopePage(page);
  await page.goto('/?seed=7&test-hooks=1');
  await expect(app.table).toBeVisible();
  await app.playToEnd();
  const browserRows = await page.evaluate(() => window.__kafkascope?.rows() ?? []);
  expect(browserRows.length).toBe(nodeRows.length);
  expect(JSON.stringify(browserRows)).toBe(JSON.stringify(nodeRows));
});

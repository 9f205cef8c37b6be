// Story: untrusted text. The title, description, record keys and values of a scenario from a file
// or a share link are shown as text, never run as markup: the payloads appear literally and
// nothing sets window.__xss.
import { expect, type Page, test } from '@playwright/test';
import { defaultScenarioFile } from '../src/lessons/defaultScenario';
import { KafkaScopePage } from './pages/KafkaScopePage';

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';

const hostile = {
  ...defaultScenarioFile,
  title: `Orders ${IMG} ${SCRIPT}`,
  description: `${SCRIPT} ${IMG}`,
  durationMs: 8000,
  script: [
    { atMs: 100, do: 'produce', producer: 'p1', topic: 'orders', key: IMG, value: SCRIPT },
    { atMs: 200, do: 'produce', producer: 'p1', topic: 'orders', key: SCRIPT, value: IMG },
  ],
};

test('markup in a scenario file is shown as text and never runs', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto();
  await page.getByLabel('Import scenario').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(`Orders ${IMG} ${SCRIPT}`);
  await app.playToEnd();

  // The records' keys and values, literally, in the execution table and in a consumer's inspector.
  await expect((await app.searchRows(IMG)).first()).toContainText(IMG);
  await expect((await app.searchRows(SCRIPT)).first()).toContainText(SCRIPT);
  let shown = 0;
  for (const consumer of ['c1', 'c2']) {
    await app.diagram.getByRole('button', { name: new RegExp(`^Consumer ${consumer},`) }).click();
    await expect(page.getByRole('button', { name: new RegExp(`^Consumer ${consumer},`) }).first()).toBeVisible();
    for (const [key, value] of [[IMG, SCRIPT], [SCRIPT, IMG]]) {
      shown += await page.getByRole('button', { name: `key ${key} value ${value}` }).count();
    }
  }
  expect(shown, 'both records, each listed by the consumer that received it').toBeGreaterThanOrEqual(2);

  await expectNothingRan(page);
  app.expectNoConsoleErrors();
});

test('markup in a share link is shown as text and never runs', async ({ page }) => {
  const app = new KafkaScopePage(page);
  // The link's plain form: the file as base64url JSON after "j." (src/store/shareLink.ts).
  await app.goto(`#scenario=j.${Buffer.from(JSON.stringify(hostile)).toString('base64url')}&step=40`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Orders ${IMG} ${SCRIPT}`);
  await app.expectStep(40);
  await expect((await app.searchRows(IMG)).first()).toContainText(IMG);
  await expectNothingRan(page);
  app.expectNoConsoleErrors();
});

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
}

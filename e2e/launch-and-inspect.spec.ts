// Story: a share-style link opens the default scenario with another seed at a given step; the
// teacher switches to the dark theme and tracks one record through the status tracker.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

test('?seed and ?step open the scenario there; the tracker follows a record', async ({ page }) => {
  const app = new KafkaScopePage(page);
  await app.goto('?seed=7&step=420');
  await app.expectStep(420);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('seed 7');
  await expect(app.currentRow).toHaveAttribute('aria-rowindex', '421');

  const theme = page.getByRole('button', { name: 'Dark theme' });
  const pressed = (await theme.getAttribute('aria-pressed')) === 'true';
  await theme.click();
  await expect(theme).toHaveAttribute('aria-pressed', String(!pressed));

  await app.diagram.getByRole('button', { name: /^Producer p1,/ }).click();
  await expect(page.getByRole('heading', { name: 'Producer p1' })).toBeVisible();
  await page.getByRole('button', { name: /^#1 key alice value order-1: acked/ }).click();
  await expect(page.getByText('Tracking Record #1 from producer p1')).toBeVisible();
  const stateRow = app.tracker.getByRole('row', { name: /^message state/ });
  await expect(stateRow).toContainText('committed (below the high watermark)');
  await expect(app.tracker.getByRole('columnheader', { name: 'Step 420' })).toHaveAttribute('aria-current', 'step');

  // Steps before the current one are filled in from the worker's earlier views (as many as fit
  // the side panel beside the long message state: tracker-fit.spec.ts).
  await expect(app.tracker.getByRole('columnheader', { name: /^Step 41[789]$/ }).first()).toBeVisible();
  await expect(stateRow.getByRole('cell').first()).not.toHaveText('…');
  app.expectNoConsoleErrors();
});

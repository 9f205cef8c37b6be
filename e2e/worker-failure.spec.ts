// Story: the engine's worker dies mid-lesson. The page says so, rebuilds the run from its command
// log (the scenario, then every intervention at its step) in a fresh worker, and shows the same
// step with the same row, the same diagram, and the same future, intervention included.
import { expect, test } from '@playwright/test';
import { KafkaScopePage } from './pages/KafkaScopePage';

const modes = [
  // An uncaught error in the worker: the error event reports it at once.
  { mode: 'crash', query: '?test-hooks=1' },
  // Terminated without a word: found when a request gets no answer within the (shortened) timeout.
  { mode: 'silent', query: '?test-hooks=1&engine-timeout-ms=1500' },
] as const;

for (const { mode, query } of modes) {
  test(`the run is rebuilt at the same step when the engine worker dies (${mode})`, async ({ page }) => {
    const app = new KafkaScopePage(page);
    await app.goto(`${query}&step=40`);
    await page.getByRole('textbox', { name: 'Key' }).fill('erin');
    await page.getByRole('textbox', { name: 'Value' }).fill('rebuilt');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(app.forkNotice).toContainText('Timeline forked at step 40');
    await app.stepForward(4);
    await app.stepBackButton.click();
    await app.expectStep(44);
    const row = await app.currentRow.textContent();
    const names = await app.diagramNames();
    const nextRow = await app.rowOfStep(45).textContent();

    await page.evaluate((m) => window.__kafkascope!.killWorker(m), mode);
    // A dead worker answers nothing: this step is lost, and the silent death is found by it.
    if (mode === 'silent') await app.stepForwardButton.click();

    const notice = page.getByRole('alert').filter({ hasText: 'The simulation engine stopped' });
    await expect(notice).toContainText(/rebuil(t|ding) at step 44/);
    await expect(notice).toContainText('rebuilt at step 44');
    await app.expectStep(44);
    await expect(app.currentRow).toHaveText(row ?? '');
    expect(await app.diagramNames()).toEqual(names);

    // The fresh worker plays the same future: the intervention was replayed at its step.
    await app.stepForward();
    await expect(app.currentRow).toHaveText(nextRow ?? '');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    // The crash mode's own report of the error it was told to throw is expected; nothing else is.
    expect(app.consoleErrors.filter((e) => !e.includes('test hook'))).toEqual([]);
  });
}

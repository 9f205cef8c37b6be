// Measurements taken inside the page, so they time what the user sees, not the test driver.
import type { Page } from 'playwright';

/**
 * tsx compiles this file with esbuild's keepNames, which wraps the in-page functions' inner
 * arrows in a `__name(fn, "name")` helper that exists only in node: give the page a stand-in.
 */
async function shimNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

/** Per click: "Step forward" → the animation frame after the current row shows the next step. */
export async function stepToPaint(page: Page, clicks: number): Promise<number[]> {
  const button = await page.getByRole('button', { name: 'Step forward' }).elementHandle();
  const table = await page.getByRole('table', { name: 'Execution table' }).elementHandle();
  if (!button || !table) throw new Error('no "Step forward" button or execution table');
  await shimNames(page);
  return page.evaluate(
    async ([stepButton, tableEl, n]) => {
      const currentStep = () => Number(tableEl.querySelector('[aria-current="step"] [role="cell"]')?.textContent ?? 0);
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const want = currentStep() + 1;
        const elapsed = await new Promise<number>((resolve) => {
          let t0 = 0;
          const observer = new MutationObserver(() => {
            if (currentStep() !== want) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          observer.observe(tableEl, { subtree: true, childList: true, characterData: true, attributes: true });
          t0 = performance.now();
          (stepButton as HTMLElement).click();
        });
        times.push(elapsed);
        // Let the page settle (the status tracker asks for its views) before the next click.
        await new Promise((r) => setTimeout(r, 120));
      }
      return times;
    },
    [button, table, clicks] as const,
  );
}

export interface FrameSample {
  frameMs: number[];
  longTaskMs: number[];
  steps: number;
}

/** Presses Play (speed already chosen), samples frame intervals and long tasks for `ms`, then pauses. */
export async function frameTimes(page: Page, ms: number): Promise<FrameSample> {
  await shimNames(page);
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number[]; long: number[]; stop: boolean } };
    w.__bench = { frames: [], long: [], stop: false };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.long.push(e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const loop = (t: number) => {
      w.__bench.frames.push(t - last);
      last = t;
      if (!w.__bench.stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(loop);
    });
  });
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  const startStep = Number(await timeline.inputValue());
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(ms);
  const sample = await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number[]; long: number[]; stop: boolean } };
    w.__bench.stop = true;
    return { frameMs: w.__bench.frames, longTaskMs: w.__bench.long };
  });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click();
  return { ...sample, steps: Number(await timeline.inputValue()) - startStep };
}

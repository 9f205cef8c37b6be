// Browser benchmarks on the production build (vite build + vite preview) in headless Chromium:
// the JavaScript loaded before any user action, time to first render, step-to-paint, and frame
// times while a medium scenario plays at "Fast". Measured inside the page; printed, never asserted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright';
import { frameTimes, stepToPaint } from './inPage';
import { percentile, printFigure, round } from './print';
import { mediumScenarioFile } from './scenarios';
import { benchOutDir, build, chromiumOptions, startPreview } from './server';

/** BENCH_PORT lets two benches (or a bench and a dev server) run side by side. */
const PORT = Number(process.env.BENCH_PORT ?? 4189);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT_DIR = benchOutDir(PORT);
const LOADS = 5;
const STEPS = 30;
const PLAY_MS = 6000;
const VSYNC_MS = 1000 / 60;
/** performance.now() and rAF timestamps are rounded to 0.1 ms in a page without cross-origin isolation. */
const CLOCK_TICK_MS = 0.1;

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const kb = (bytes: number) => round(bytes / 1024, 1);
const gzipOf = (path: string) => gzipSync(readFileSync(path)).length;

/** JS files of the build that index.html loads at once (its module script and modulepreloads). */
function staticEntryScripts(): string[] {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const found = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(found)];
}

async function firstRender(browser: Browser) {
  const fcp: number[] = [];
  const firstView: number[] = [];
  let loadedScripts: string[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await page.waitForFunction(() => performance.getEntriesByName('kafkascope:first-view').length > 0);
    // What the page fetches in the background before anyone clicks counts too.
    await page.waitForLoadState('networkidle');
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      firstView: performance.getEntriesByName('kafkascope:first-view')[0].startTime,
      scripts: performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.slice(1))
        .filter((p) => p.endsWith('.js')),
    }));
    fcp.push(t.fcp);
    firstView.push(t.firstView);
    loadedScripts = t.scripts;
    await context.close();
  }
  return { fcp, firstView, loadedScripts };
}

/** Where frames are measured: the classroom laptop, and a projector in both views. */
const FRAME_VIEWPORTS = [
  { width: 1366, height: 768, presenter: false },
  { width: 1920, height: 1080, presenter: false },
  { width: 1920, height: 1080, presenter: true },
] as const;
type FrameViewport = (typeof FRAME_VIEWPORTS)[number];

/**
 * Frame times while the medium scenario plays at "Fast" in one viewport. With BENCH_PROFILE set, a
 * Chrome DevTools CPU profile of the same run is written beside the build (what costs the time).
 */
async function frameFigure(browser: Browser, viewport: FrameViewport) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  await page.goto(ORIGIN);
  await page.getByRole('button', { name: /^Broker 1\b/ }).waitFor();
  const medium = mediumScenarioFile();
  await page.getByLabel('Import scenario').setInputFiles({ name: 'medium.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(medium)) });
  await page.getByRole('heading', { level: 1 }).filter({ hasText: medium.title }).waitFor();
  if (viewport.presenter) await page.getByRole('button', { name: 'Presenter view' }).click();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
  const name = `${viewport.width}x${viewport.height}${viewport.presenter ? ' presenter' : ''}`;
  const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const frames = await frameTimes(page, PLAY_MS);
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const file = join(OUT_DIR, `frames-${name.replace(' ', '-')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.error(`CPU profile: ${file}`);
  }
  await context.close();
  const f = [...frames.frameMs].sort((a, b) => a - b);
  return {
    figure: `frame time at top speed, ${name}`,
    value: round(percentile(f, 95)),
    unit: 'ms (p95)',
    goal: 'p95 <= 16.7, no long task > 50 ms',
    // The page's clock is coarsened to 0.1 ms (no cross-origin isolation), so a frame on every
    // 16.67 ms vsync measures 16.6, 16.7 or 16.8 ms: the goal allows that one tick.
    meetsGoal: round(percentile(f, 95) - CLOCK_TICK_MS, 2) <= 16.7 && frames.longTaskMs.every((ms) => ms <= 50),
    p50: round(percentile(f, 50)),
    missedVsyncs: f.filter((ms) => ms > VSYNC_MS * 1.5).length,
    frames: f.length,
    longTasks: frames.longTaskMs.length,
    longestTaskMs: round(Math.max(0, ...frames.longTaskMs)),
    stepsPlayed: frames.steps,
    scenario: mediumScenarioFile().title,
  };
}

async function main() {
  // A folder of its own, so a Playwright run serving dist/ at the same time is not disturbed.
  build(OUT_DIR);
  const entry = staticEntryScripts();
  const server = await startPreview(OUT_DIR, PORT);
  const browser = await chromium.launch(chromiumOptions());
  try {
    if (process.argv.includes('--frames-only')) {
      for (const viewport of FRAME_VIEWPORTS) printFigure(await frameFigure(browser, viewport));
      return;
    }
    const { fcp, firstView, loadedScripts } = await firstRender(browser);
    // Everything the main thread fetched before any click: index.html's script and modulepreloads
    // (the critical path) plus chunks the app imported in the background. The engine worker's
    // script is listed apart: it is parsed and run off the main thread.
    const worker = staticWorker();
    const loaded = [...new Set([...entry, ...loadedScripts])].filter((f) => f !== worker && existsSync(join(OUT_DIR, f)));
    const sum = (files: string[]) => kb(files.reduce((total, f) => total + gzipOf(join(OUT_DIR, f)), 0));
    const label = (f: string) => `${f} ${kb(gzipOf(join(OUT_DIR, f)))} KB`;
    const background = loaded.filter((f) => !entry.includes(f));
    printFigure({
      figure: 'initial JavaScript',
      value: sum(loaded),
      unit: 'KB gzip (main thread, before any user action)',
      goal: '<= 150',
      meetsGoal: sum(loaded) <= 150,
      criticalPathKB: sum(entry),
      criticalPath: entry.map(label),
      backgroundKB: sum(background),
      background: background.map(label),
      engineWorker: worker ? `${label(worker)} gzip, run by the worker` : null,
    });
    printFigure({
      figure: 'time to first render',
      value: round(median(fcp)),
      unit: 'ms (first contentful paint, median)',
      goal: '<= 1000',
      meetsGoal: median(fcp) <= 1000,
      appFirstViewMs: round(median(firstView)),
      loads: LOADS,
      note: 'navigation start to first contentful paint; appFirstViewMs is the first frame after the engine’s first view reached the page',
    });

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await page.getByRole('button', { name: /^Broker 1\b/ }).waitFor();
    const steps = await stepToPaint(page, STEPS);
    const sorted = [...steps].sort((a, b) => a - b);
    printFigure({
      figure: 'step to paint',
      value: round(percentile(sorted, 95)),
      unit: 'ms (p95)',
      goal: '<= 50',
      meetsGoal: percentile(sorted, 95) <= 50,
      p50: round(percentile(sorted, 50)),
      max: round(sorted[sorted.length - 1]),
      clicks: STEPS,
      note: '"Step forward" click to the requestAnimationFrame after the aria-current row shows the new step',
    });

    await context.close();
    for (const viewport of FRAME_VIEWPORTS) printFigure(await frameFigure(browser, viewport));
  } finally {
    await browser.close();
    // The server may have gone already (its terminal closed): nothing left to stop then.
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {}
  }
}

function staticWorker(): string | null {
  const name = readdirSync(join(OUT_DIR, 'assets')).find((f) => f.startsWith('engine.worker-') && f.endsWith('.js'));
  return name ? `assets/${name}` : null;
}

await main();

// The page's memory during a long play: a 5-broker scenario that never ends plays at "Fast" for N
// seconds (`--seconds`, default 150) in headless Chromium; every 10 s the page's JavaScript heap
// and the engine worker's (CDP Runtime.getHeapUsage, each after a garbage collection) and the
// renderer processes' resident memory (the engine worker lives in the renderer too) are sampled. After the play, "Step forward"
// to paint is timed at the step reached. Printed, never asserted.
import { execFileSync } from 'node:child_process';
import { type CDPSession, chromium, type Page } from 'playwright';
import { stepToPaint } from './inPage';
import { percentile, printFigure, round } from './print';
import { endlessMediumScenarioFile } from './scenarios';
import { chromiumOptions, serveBuild } from './server';
import { engineWorkerHeapMiB } from './workerHeap';

// 4189 + 1 is 4190, a port fetch refuses to reach (the Fetch standard's "bad ports": sieve), so
// the server never seemed to answer: this bench serves ten ports above the browser bench instead.
const PORT = Number(process.env.BENCH_PORT ?? 4189) + 10;
const MiB = 1024 * 1024;
const SAMPLE_EVERY_S = 10;
const STEPS = 30;

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 150;

/** The page's main-thread heap after a full collection, in MiB. */
async function pageHeapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MiB;
}

/** Resident memory of the renderer processes this bench's browser started, in MiB (Linux ps). */
function rendererMiB(): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKiB: Number(m[3]), args: m[4] }));
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table)
      if (ours.has(p.ppid) && !ours.has(p.pid)) {
        ours.add(p.pid);
        grew = true;
      }
  }
  const kib = table.filter((p) => ours.has(p.pid) && p.args.includes('--type=renderer')).reduce((sum, p) => sum + p.rssKiB, 0);
  return kib / 1024;
}

const stepOf = async (page: Page) => Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());

async function main() {
  const served = await serveBuild(PORT);
  const browser = await chromium.launch(chromiumOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(served.origin);
    await page.getByRole('button', { name: /^Broker 1\b/ }).waitFor();
    const scenario = endlessMediumScenarioFile();
    await page.getByLabel('Import scenario').setInputFiles({ name: 'endless.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: scenario.title }).waitFor();
    const samples: { s: number; step: number; pageHeapMiB: number; workerHeapMiB: number | null; rendererMiB: number }[] = [];
    const sample = async (s: number) => {
      const workerHeap = await engineWorkerHeapMiB(browser);
      samples.push({ s, step: await stepOf(page), pageHeapMiB: round(await pageHeapMiB(cdp)), workerHeapMiB: workerHeap === null ? null : round(workerHeap), rendererMiB: round(rendererMiB()) });
    };
    await sample(0);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    for (let s = SAMPLE_EVERY_S; s <= seconds; s += SAMPLE_EVERY_S) {
      await page.waitForTimeout(SAMPLE_EVERY_S * 1000);
      await sample(s);
    }
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    // Answers already on their way still move the run: wait until the step holds still.
    for (let before = -1, now = await stepOf(page); now !== before; before = now, now = await stepOf(page)) await page.waitForTimeout(500);
    const last = samples[samples.length - 1];
    printFigure({
      figure: 'page heap after a long play at Fast',
      value: last.pageHeapMiB,
      unit: `MiB (main-thread JS heap after GC, ${seconds} s at Fast)`,
      goal: '<= 256',
      meetsGoal: last.pageHeapMiB <= 256,
      workerHeapMiB: last.workerHeapMiB,
      rendererMiB: last.rendererMiB,
      rendererGoal: '<= 1229 (1.2 GiB, with the engine worker)',
      stepReached: last.step,
      samples,
      scenario: scenario.title,
    });
    const times = [...(await stepToPaint(page, STEPS))].sort((a, b) => a - b);
    printFigure({
      figure: 'step to paint after a long play',
      value: round(percentile(times, 95)),
      unit: `ms (p95, at step ${(await stepOf(page)).toLocaleString('en')}, 1920×1080)`,
      goal: '<= 50',
      meetsGoal: percentile(times, 95) <= 50,
      p50: round(percentile(times, 50)),
      max: round(times[times.length - 1]),
      clicks: STEPS,
    });
  } finally {
    await browser.close();
    served.stop();
  }
}

await main();

// The engine's history on a long run: the never-ending 5-broker scenario played as "Fast" would
// play it, with the app's default history budget and the sends it keeps. Prints the heap after a full GC as the run grows,
// memory per million steps past the first, and seeks as the app makes them: each seek is timed with
// what the worker reads after it (the rows around the step, the step's events, the view), and each
// kind of seek reports the steps it replayed and the collector's pauses that fell within it.
// `tsx bench/history.bench.ts [steps] [budgetSeconds]`; run by `npm run bench` with --expose-gc.
// Note: the worker sends only the row blocks the page does not hold, so for small moves this reads
// more rows than the app does.
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { createSimulation } from '../src/engine';
import { parseScenario } from '../src/scenario/parse';
import { blockFirstStep, blockLastStep, windowBlocks } from '../src/protocol/rowBlocks';
import { SENDS_KEPT, viewWindow } from '../src/worker/boundedView';
import { type Figure, percentile, printFigure, round } from './print';
import { endlessMediumScenarioFile } from './scenarios';

const targetSteps = Number(process.argv[2] ?? 2_000_000);
const budgetSeconds = Number(process.argv[3] ?? 240);
const CHUNK = 50_000;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMiB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1048576;
};

const parsed = parseScenario(endlessMediumScenarioFile());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const sim = createSimulation(parsed.scenario, undefined, { sendsKept: SENDS_KEPT });
const heapAtStart = heapMiB();
const t0 = performance.now();
const samples: { steps: number; heapMiB: number }[] = [];
while (sim.stepCount < targetSteps && performance.now() - t0 < budgetSeconds * 1000) {
  sim.runToEnd(CHUNK);
  if (sim.stepCount % 500_000 < CHUNK) samples.push({ steps: sim.stepCount, heapMiB: Math.round(heapMiB()) });
}
const seconds = (performance.now() - t0) / 1000;
const heapEnd = heapMiB();
const first = samples.find((s) => s.steps >= 500_000) ?? { steps: 0, heapMiB: heapAtStart };
const perMillion = sim.stepCount > first.steps ? ((heapEnd - first.heapMiB) / (sim.stepCount - first.steps)) * 1e6 : Number.NaN;

printFigure({
  figure: 'engine heap on a never-ending run (history budget on)',
  value: Math.round(heapEnd),
  unit: 'MiB',
  goal: 'bounded: grows only with the cluster state, not with history',
  meetsGoal: true,
  steps: sim.stepCount,
  simulatedSeconds: round(sim.view().timeMs / 1000),
  playSeconds: round(seconds),
  perMillionStepsAfterTheFirstHalfMillionMiB: round(perMillion),
  history: sim.historyHeld,
  samples,
});

// The windowed view with a record selected, as the worker builds it after each move at the end of
// the run: who read that record is looked up among the records each consumer received.
{
  const timedViews = (n: number, focus?: Parameters<typeof viewWindow>[0]) =>
    Array.from({ length: n }, () => {
      const t = performance.now();
      sim.view(viewWindow(focus));
      return performance.now() - t;
    }).sort((a, b) => a - b);
  const selected = { records: [{ topic: 'orders', partition: 3, offset: 10 }] };
  const [first] = timedViews(1, selected);
  sim.runToEnd(1_000);
  const next = timedViews(20, selected);
  printFigure({
    figure: 'windowed view with a record selected, at the end of that run',
    value: round(percentile(next, 50), 2),
    unit: 'ms (p50 of 20 views, 1,000 steps after the first one)',
    goal: 'report',
    meetsGoal: true,
    firstViewMs: round(first, 1),
    p95Ms: round(percentile(next, 95), 2),
    nothingSelectedP50Ms: round(percentile(timedViews(20), 50), 2),
    steps: sim.stepCount,
  });
}

// A seek as the worker answers it: the seek, the row blocks around the step, the step's events, the
// windowed view. Timed twice: wall clock (what a user waits, on this machine with its load) and
// this process's CPU time (what the seek costs, less sensitive to other processes).
const cpuMs: number[] = [];
/** Each seek's steps replayed and its span of wall clock (to find the collector's pauses in it). */
const replayedSteps: number[] = [];
const targets: number[] = [];
const spans: [number, number][] = [];
const gcPauses: [number, number, string][] = [];
/** node:perf_hooks' gc entry kinds (detail.kind). */
const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as { detail?: { kind?: number } }).detail?.kind ?? 0;
    gcPauses.push([e.startTime, e.startTime + e.duration, GC_KINDS[kind] ?? String(kind)]);
  }
});
gcObserver.observe({ entryTypes: ['gc'] });
const seekOnce = (target: number): number => {
  const r0 = sim.historyHeld.replayedSteps;
  targets.push(target);
  const c0 = process.cpuUsage();
  const s0 = performance.now();
  sim.seek(target);
  for (const b of windowBlocks(sim.currentStep, sim.stepCount)) sim.rows(blockFirstStep(b), blockLastStep(b, sim.stepCount));
  if (sim.currentStep > 0) sim.events(sim.currentStep, sim.currentStep);
  sim.view(viewWindow());
  const wall = performance.now() - s0;
  const cpu = process.cpuUsage(c0);
  cpuMs.push((cpu.user + cpu.system) / 1000);
  replayedSteps.push(sim.historyHeld.replayedSteps - r0);
  spans.push([s0, s0 + wall]);
  return wall;
};
/** The seeks' wall and CPU milliseconds from index `from` of the log on. */
const timed = <T>(run: () => T): { wall: number[]; cpu: number[]; from: number } => {
  const from = cpuMs.length;
  const wall = run() as unknown as number[];
  return { wall, cpu: cpuMs.slice(from), from };
};
// Deterministic "random" targets, so two runs of the bench seek the same steps.
let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const n = sim.stepCount;
const present = () => sim.seek(n);

// Stepping back from the present, one step at a time (the ◀ button held).
present();
const back1 = timed(() => Array.from({ length: 40 }, () => seekOnce(sim.currentStep - 1)));
const historyAfterStepBack = sim.historyHeld;
// A few steps back from the present (a click on a recent row, a story moment).
const fewBack = timed(() =>
  Array.from({ length: 30 }, () => {
    present();
    return seekOnce(n - 2 - Math.floor(random() * 200));
  }),
);
// Jumps to steps anywhere in the run, each seen for the first time.
const visited = Array.from({ length: 40 }, () => 1 + Math.floor(random() * (n - 1)));
const jumps = timed(() => visited.map(seekOnce));
// The Timeline slider dragged around a step visited before: small moves either way.
const scrub = timed(() =>
  visited.slice(0, 8).flatMap((around) => {
    let at = around;
    return Array.from({ length: 15 }, () => {
      at = Math.max(1, Math.min(n, at + Math.round((random() - 0.5) * 1200)));
      return seekOnce(at);
    });
  }),
);

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** The collector's pauses within seeks from..from+count (observed after them: entries come late). */
const gcMsIn = (from: number, count: number, only?: string): number => {
  let ms = 0;
  for (const [a, b] of spans.slice(from, from + count)) {
    for (const [g0, g1, kind] of gcPauses) if (!only || kind === only) ms += Math.max(0, Math.min(b, g1) - Math.max(a, g0));
  }
  return round(ms, 1);
};
const gcByKind = (from: number, count: number) =>
  Object.fromEntries(Object.values(GC_KINDS).map((kind) => [kind, gcMsIn(from, count, kind)]).filter(([, ms]) => (ms as number) > 0));
const stats = ({ wall, cpu, from }: { wall: number[]; cpu: number[]; from: number }) => {
  const [w, c] = [sorted(wall), sorted(cpu)];
  const ms = (s: number[]) => ({ p50: round(percentile(s, 50), 1), p95: round(percentile(s, 95), 1), max: round(s[s.length - 1], 1) });
  const replayed = sorted(replayedSteps.slice(from, from + w.length));
  return { count: w.length, wallMs: ms(w), cpuMs: ms(c), replayedSteps: ms(replayed), gcPausesMs: gcMsIn(from, w.length), gcPausesByKindMs: gcByKind(from, w.length) };
};
// A session's mix of seeks: mostly stepping and scrubbing, a few long jumps.
const MIX = { stepBackOne: 0.4, fewStepsBack: 0.2, scrubAroundVisited: 0.3, jumpFirstVisit: 0.1 };
const mixP95 = (pick: 'wall' | 'cpu') => {
  const mixed: number[] = [];
  const draw = (xs: number[], share: number) => {
    const s = sorted(xs);
    const count = Math.round(share * 1000);
    for (let i = 0; i < count; i++) mixed.push(s[Math.floor((i / count) * s.length)]);
  };
  draw(back1[pick], MIX.stepBackOne);
  draw(fewBack[pick], MIX.fewStepsBack);
  draw(scrub[pick], MIX.scrubAroundVisited);
  draw(jumps[pick], MIX.jumpFirstVisit);
  return percentile(sorted(mixed), 95);
};
await new Promise((resolve) => setTimeout(resolve, 100)); // the collector's entries arrive after the seeks
gcObserver.disconnect();
const figure: Figure = {
  figure: 'seek (with the rows around it, its events and the windowed view), on that run',
  value: round(mixP95('wall'), 1),
  unit: 'ms (wall clock, p95 of a session mix)',
  goal: 'seek p95 <= 50 ms on a 5,000,000-step run',
  meetsGoal: mixP95('wall') <= 50 && n >= 5_000_000,
  mixCpuP95Ms: round(mixP95('cpu'), 1),
  runSteps: n,
  mix: MIX,
  stepBackOne: stats(back1),
  fewStepsBack: stats(fewBack),
  scrubAroundVisited: stats(scrub),
  jumpFirstVisit: stats(jumps),
  historyAfterStepBack,
  history: sim.historyHeld,
  heapAfterSeeksMiB: Math.round(heapMiB()),
  loadAverage: os.loadavg().map((x) => round(x, 1)),
};
printFigure(figure);
// BENCH_DETAIL=1: every seek as [target, wall ms, steps replayed, collector ms], to see what a slow one did.
if (process.env.BENCH_DETAIL) {
  const detail = spans.map(([a, b], i) => [targets[i], round(b - a, 1), replayedSteps[i], gcMsIn(i, 1)]);
  console.log(JSON.stringify({ detail }));
}

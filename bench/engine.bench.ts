// Engine benchmarks on the large scenario: steps per second, heap per million steps, and seek time
// to random steps of the run. `tsx bench/engine.bench.ts [records] [budgetSeconds] [maxSteps]`;
// run by `npm run bench` with --expose-gc and a large heap (bench/run.ts). Never a test assertion.
import { createSimulation } from '../src/engine';
import { parseScenario } from '../src/scenario/parse';
import { type Figure, percentile, printFigure, round } from './print';
import { largeScenarioFile } from './scenarios';

const records = Number(process.argv[2] ?? 80_000);
const budgetSeconds = Number(process.argv[3] ?? 120);
const maxSteps = Number(process.argv[4] ?? 1_000_000);
const CHUNK = 10_000;
const SEEKS = 40;

const gc = (globalThis as { gc?: () => void }).gc;
function heapMiB(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

const parsed = parseScenario(largeScenarioFile(records));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const scenario = parsed.scenario;
const sim = createSimulation(scenario);

// Play in chunks until the run ends, the step cap, or the time budget: whichever comes first.
const heapBefore = heapMiB();
const t0 = performance.now();
let steps = 0;
let stop: 'finished' | 'step cap' | 'time budget' = 'finished';
for (;;) {
  const played = sim.runToEnd(Math.min(CHUNK, maxSteps - steps));
  steps += played;
  if (sim.finished || played === 0) break;
  if (steps >= maxSteps) {
    stop = 'step cap';
    break;
  }
  if (performance.now() - t0 > budgetSeconds * 1000) {
    stop = 'time budget';
    break;
  }
}
const seconds = (performance.now() - t0) / 1000;
const heapAfter = heapMiB();
const simulatedMs = sim.view().timeMs;
const why = {
  finished: 'the whole run',
  'step cap': `the first ${maxSteps} steps (${round(simulatedMs / 1000)} s of the ${scenario.durationMs / 1000} s scenario)`,
  'time budget': `stopped at the time budget (${budgetSeconds} s) after ${round(simulatedMs / 1000)} s of the ${scenario.durationMs / 1000} s scenario`,
}[stop];

const perSecond = Math.round(steps / seconds);
const throughput: Figure = {
  figure: 'engine steps per second',
  value: perSecond,
  unit: 'steps/s',
  goal: '>= 1000000',
  meetsGoal: perSecond >= 1_000_000,
  scenario: scenario.title,
  records,
  steps,
  seconds: round(seconds),
  run: why,
};
printFigure(throughput);

const perMillion = ((heapAfter - heapBefore) / steps) * 1e6;
printFigure({
  figure: 'engine memory per million steps',
  value: Math.round(perMillion),
  unit: 'MiB',
  goal: 'report only',
  meetsGoal: true,
  steps,
  heapGrowthMiB: Math.round(heapAfter - heapBefore),
  note: gc ? 'heap after a full GC, rows, events and checkpoints included' : 'run without --expose-gc: heap not collected before reading',
});

// Seeks to random steps of the run (a seeded LCG, so every run asks for the same steps).
let x = 12345;
const seekMs: number[] = [];
for (let i = 0; i < SEEKS; i++) {
  x = (x * 48271) % 2147483647;
  const target = 1 + (x % steps);
  const s0 = performance.now();
  sim.seek(target);
  seekMs.push(performance.now() - s0);
}
seekMs.sort((a, b) => a - b);
const p95 = percentile(seekMs, 95);
printFigure({
  figure: 'seek to a random step',
  value: round(p95, 2),
  unit: 'ms (p95)',
  goal: '<= 50',
  meetsGoal: p95 <= 50,
  p50: round(percentile(seekMs, 50), 2),
  max: round(seekMs[seekMs.length - 1], 2),
  seeks: SEEKS,
  runSteps: steps,
  note: steps >= 1_000_000 ? 'a run of a million steps' : `a run of ${steps} steps: a million did not fit in the time budget`,
});

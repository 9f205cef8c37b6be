// The engine's history on a long run: the never-ending 5-broker scenario played as "Fast" would
// play it, with the app's default history budget. Prints the heap after a full GC as the run grows,
// memory per million steps past the first, and seeks to steps old and new.
// `tsx bench/history.bench.ts [steps] [budgetSeconds]`; run by `npm run bench` with --expose-gc.
import { createSimulation } from '../src/engine';
import { parseScenario } from '../src/scenario/parse';
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
const sim = createSimulation(parsed.scenario);
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

const growth: Figure = {
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
};
printFigure(growth);

// Seeks: to old steps (thinned checkpoints, dropped rows) and to the newest stretch.
const seekMs = (targets: number[]) => {
  const times = targets.map((target) => {
    const s0 = performance.now();
    sim.seek(target);
    sim.rows(target, target);
    return performance.now() - s0;
  });
  return times.sort((a, b) => a - b);
};
const n = sim.stepCount;
const old = seekMs(Array.from({ length: 10 }, (_, i) => Math.floor(((i + 0.5) / 20) * n)));
const recent = seekMs(Array.from({ length: 20 }, (_, i) => n - 1 - i * 997));
printFigure({
  figure: 'seek with row, on that run',
  value: round(percentile(recent, 95), 1),
  unit: 'ms (p95, newest stretch)',
  goal: '<= 50 near the present; old steps may take longer',
  meetsGoal: percentile(recent, 95) <= 50,
  oldHalfP50: round(percentile(old, 50), 1),
  oldHalfMax: round(old[old.length - 1], 1),
  runSteps: n,
});

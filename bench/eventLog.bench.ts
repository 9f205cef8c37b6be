// What the engine's event history costs per step: the events of a run's first steps, sealed by the
// event log's codec. Prints bytes per step as the log counts them (its budget's measure) and as
// the heap holds them (after a full GC), and the time to seal and to read back every step.
// `tsx --expose-gc bench/eventLog.bench.ts [steps]`; run by `npm run bench`.
import { createSimulation } from '../src/engine';
import { EventLog } from '../src/engine/eventLog';
import { BLOCK } from '../src/engine/history/blockLog';
import type { SimEvent } from '../src/engine/view.types';
import { parseScenario } from '../src/scenario/parse';
import { printFigure, round } from './print';
import { endlessMediumScenarioFile, largeScenarioFile } from './scenarios';

const steps = Math.floor(Number(process.argv[2] ?? 200_000) / BLOCK) * BLOCK;
const gc = (globalThis as { gc?: () => void }).gc;
const heapBytes = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

function playedEvents(file: unknown): SimEvent[][] {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const sim = createSimulation(parsed.scenario, undefined, { history: { eventBytes: Number.POSITIVE_INFINITY } });
  sim.runToEnd(steps);
  if (sim.stepCount < steps) throw new Error(`the run ended after ${sim.stepCount} steps, before ${steps}`);
  // Copies, so the log measured below holds nothing the simulation shares.
  return Array.from({ length: steps }, (_, i) => structuredClone(sim.events(i + 1, i + 1)));
}

/** Seals the steps into a log and drops it: the time that took and what the heap held for it. */
function sealOnce(events: SimEvent[][]): { sealMs: number; heldBytes: number } {
  const t0 = performance.now();
  let log: EventLog | null = new EventLog();
  for (const step of events) log.push(step);
  const sealMs = performance.now() - t0;
  const withLog = heapBytes();
  if (log.length !== events.length) throw new Error('the log lost steps');
  log = null;
  // The log's share of the heap: with it, then without it (the events are held in both).
  return { sealMs, heldBytes: withLog - heapBytes() };
}

function measure(name: string, file: unknown): void {
  const events = playedEvents(file);
  const { sealMs, heldBytes } = sealOnce(events);
  const log = new EventLog();
  for (const step of events) log.push(step);
  const t1 = performance.now();
  let read = 0;
  for (let i = 0; i < steps; i++) read += log.get(i)!.length;
  const readMs = performance.now() - t1;
  const count = events.reduce((n, e) => n + e.length, 0);
  if (read !== count) throw new Error(`read back ${read} events of ${count}`);
  printFigure({
    figure: `event history per step, ${name}`,
    value: round(log.bytes / steps),
    unit: 'bytes/step (as the log counts them)',
    goal: 'few bytes and few objects per step',
    meetsGoal: true,
    heapBytesPerStep: round(heldBytes / steps),
    steps,
    eventsPerStep: round(count / steps, 2),
    sealMsPerBlock: round((sealMs / steps) * BLOCK, 2),
    readMsPerBlock: round((readMs / steps) * BLOCK, 2),
  });
}

measure('large scenario (9 brokers, 80,000 records)', largeScenarioFile(80_000));
measure('5 brokers, never-ending', endlessMediumScenarioFile());

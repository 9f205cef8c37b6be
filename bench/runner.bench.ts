// The headless runner as a user runs it (`npm run sim`: scripts/sim.mjs), whole process, default
// flags (invariants on): the large scenario for 30 simulated seconds. Prints steps per second and
// the process's peak memory (VmHWM, sampled from /proc). The runner's bundle is built by an untimed
// first run, so the figure is that of every run after a change. `tsx bench/runner.bench.ts [records] [untilMs]`.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { printFigure, round } from './print';
import { largeScenarioFile } from './scenarios';

const records = Number(process.argv[2] ?? 80_000);
const untilMs = Number(process.argv[3] ?? 30_000);
const file = join(tmpdir(), `kafkascope-runner-bench-${process.pid}.json`);
writeFileSync(file, JSON.stringify({ ...largeScenarioFile(records), durationMs: untilMs }));

const peakKiB = (pid: number) => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
};

const runner = [process.execPath, 'scripts/sim.mjs'] as const;
const warmUp = join(tmpdir(), `kafkascope-runner-warm-up-${process.pid}.json`);
writeFileSync(warmUp, JSON.stringify({ ...largeScenarioFile(10), durationMs: 100 }));
spawnSync(runner[0], [runner[1], warmUp], { stdio: 'ignore' });

// The host's 1-minute load average before and after the run: on a shared host the figure moves with it.
const loadBefore = loadavg()[0];
const t0 = performance.now();
const child = spawn(runner[0], [runner[1], file], { stdio: ['ignore', 'pipe', 'inherit'] });
// Kept as the bytes that came (decoded once at the end): the runner's writes to the pipe wait for
// this side to read, so a reader decoding every chunk as it comes would slow the run it measures.
const chunks: Buffer[] = [];
let peak = 0;
child.stdout.on('data', (chunk) => {
  chunks.push(chunk);
});
const sampler = setInterval(() => {
  peak = Math.max(peak, peakKiB(child.pid ?? 0));
}, 100);
child.on('close', (code) => {
  clearInterval(sampler);
  const seconds = (performance.now() - t0) / 1000;
  const steps = code === 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { steps: number }).steps : 0;
  const perSecond = Math.round(steps / seconds);
  printFigure({
    figure: 'headless runner steps per second (whole process, invariants on)',
    value: perSecond,
    unit: 'steps/s',
    goal: '>= 200000 (aim 1000000)',
    meetsGoal: perSecond >= 200_000,
    steps,
    seconds: round(seconds),
    peakMiB: Math.round(peak / 1024),
    peakGoal: '<= 700 MiB',
    loadAverage: [round(loadBefore, 2), round(loadavg()[0], 2)],
    scenario: `9 brokers, 3 topics × 12 partitions, ${records} records, ${untilMs / 1000} s simulated`,
    exit: code,
  });
});

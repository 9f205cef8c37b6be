// `npm run bench [-- --records N] [--budget SECONDS] [--history-steps N] [--history-budget SECONDS] [--memory-seconds S] [--engine-only | --browser-only | --relay-only]`: runs every
// benchmark, each in its own process, and passes on their output: one JSON line per figure.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const records = option('--records', '80000');
const budget = option('--budget', '120');

const runs: { name: string; argv: string[] }[] = [];
const only = ['--engine-only', '--browser-only', '--relay-only'].find((o) => args.includes(o));
if (!only || only === '--engine-only') {
  // A large heap for the seek figure's million steps; --expose-gc lets the bench read the heap after a full GC.
  runs.push({ name: 'engine', argv: ['--max-old-space-size=16384', '--expose-gc', '--import', 'tsx', 'bench/engine.bench.ts', records, budget] });
  // The seek figure's goal is on a 5,000,000-step run: some two minutes of play, more on a slow host.
  runs.push({ name: 'history', argv: ['--expose-gc', '--import', 'tsx', 'bench/history.bench.ts', option('--history-steps', '5000000'), option('--history-budget', '400')] });
  runs.push({ name: 'event history', argv: ['--expose-gc', '--import', 'tsx', 'bench/eventLog.bench.ts'] });
  runs.push({ name: 'runner', argv: ['--import', 'tsx', 'bench/runner.bench.ts', records] });
}
if (!only || only === '--browser-only') {
  runs.push({ name: 'browser', argv: ['--import', 'tsx', 'bench/browser.bench.ts'] });
  runs.push({ name: 'page memory', argv: ['--import', 'tsx', 'bench/pageMemory.bench.ts', '--seconds', option('--memory-seconds', '150')] });
}
if (!only || only === '--relay-only') runs.push({ name: 'relay', argv: ['--import', 'tsx', 'bench/relay.bench.ts'] });

let failed = 0;
for (const run of runs) {
  const result = spawnSync(process.execPath, run.argv, { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${run.name} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);

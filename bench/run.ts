// `npm run bench [-- --records N] [--budget SECONDS] [--engine-only | --browser-only | --relay-only]`: runs every
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
  // A large heap: the engine keeps every row and a checkpoint every 1,000 steps (gigabytes per
  // million steps on the large scenario); --expose-gc lets the bench read the heap after a full GC.
  runs.push({ name: 'engine', argv: ['--max-old-space-size=16384', '--expose-gc', '--import', 'tsx', 'bench/engine.bench.ts', records, budget] });
}
if (!only || only === '--browser-only') runs.push({ name: 'browser', argv: ['--import', 'tsx', 'bench/browser.bench.ts'] });
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

// Engine benchmarks: prints one JSON line per figure. Never used as a test assertion.
import { createSimulation } from '../src/engine';
import { parseScenario } from '../src/scenario/parse';

function largeScenario(records: number) {
  const topics = ['orders', 'payments', 'shipments'].map((name) => ({ name, partitions: 12, replicationFactor: 3 }));
  const perTopic = Math.floor(records / topics.length / 4);
  const parsed = parseScenario({
    version: 1, title: 'bench: 9 brokers, 3 topics × 12 partitions', seed: 1, durationMs: 600000,
    cluster: { brokers: 9 },
    topics,
    producers: [1, 2, 3, 4].map((i) => ({ id: `p${i}`, config: { acks: 'all', 'linger.ms': 5 } })),
    consumers: [...Array(12).keys()].map((i) => ({ id: `c${i}`, groupId: i < 6 ? 'g1' : 'g2', topics: topics.map((t) => t.name) })),
    script: topics.flatMap((t, ti) => [1, 2, 3, 4].map((p) => ({ atMs: ti * 7 + p, do: 'produce', producer: `p${p}`, topic: t.name, key: `k{i}`, value: `v{i}`, count: perTopic, everyMs: 5 }))),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

function now(): number {
  return performance.now();
}

// The issue-6 target is 80,000 records; checkpoints still copy the checker's per-record maps, so the
// default here is smaller until they are shared like the logs (pass a count to try more).
const records = Number(process.argv[2] ?? 8000);
const scenario = largeScenario(records);
const sim = createSimulation(scenario);
const heapBefore = process.memoryUsage().heapUsed;
const t0 = now();
const steps = sim.runToEnd(1_000_000);
const seconds = (now() - t0) / 1000;
const heapAfter = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ figure: 'engine steps per second', scenario: scenario.title, records, steps, value: Math.round(steps / seconds), unit: 'steps/s', goal: 1000000 }));
console.log(JSON.stringify({ figure: 'engine memory per million steps', value: Math.round(((heapAfter - heapBefore) / steps) * 1e6 / 1048576), unit: 'MiB', note: 'heap growth over the run, rows and checkpoints included' }));

let x = 1;
const seeks: number[] = [];
for (let i = 0; i < 20; i++) {
  x = (x * 48271) % 2147483647;
  const target = 1 + (x % steps);
  const s0 = now();
  sim.seek(target);
  seeks.push(now() - s0);
}
seeks.sort((a, b) => a - b);
console.log(JSON.stringify({ figure: 'seek to a random step', steps, p50: +seeks[10].toFixed(2), max: +seeks[seeks.length - 1].toFixed(2), unit: 'ms', goal: 50 }));

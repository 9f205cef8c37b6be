// For tests that need a run long enough for its lists to grow: one producer sending `records`
// records (every 10 ms from 100 ms) to one topic, read from the start by a group of consumers,
// played to step `step`.
import { parseScenario } from '../scenario/parse';
import { createSimulation } from './index';

export interface ProducingRunOptions {
  topic: string;
  partitions: number;
  consumers: number;
  records: number;
  step: number;
  seed: number;
  /** A key per record ("k{i}"), or none. */
  keyed: boolean;
}

export function producingRun(o: ProducingRunOptions) {
  const parsed = parseScenario({
    version: 1,
    title: 'a producing run',
    seed: o.seed,
    durationMs: 30_000,
    cluster: { brokers: 3 },
    topics: [{ name: o.topic, partitions: o.partitions, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { acks: 'all' } }],
    consumers: Array.from({ length: o.consumers }, (_, i) => ({ id: `c${i + 1}`, groupId: 'g', topics: [o.topic], config: { 'auto.offset.reset': 'earliest' } })),
    script: [{ atMs: 100, do: 'produce', producer: 'p1', topic: o.topic, ...(o.keyed ? { key: 'k{i}' } : {}), value: 'v{i}', count: o.records, everyMs: 10 }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const sim = createSimulation(parsed.scenario);
  sim.seek(o.step);
  return sim;
}

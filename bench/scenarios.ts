// The benchmark scenarios, as scenario FILES (spec/scenario-format.md), so the browser bench can
// import them through the app's own "Import scenario" input.

/** 9 brokers, 3 topics × 12 partitions (RF 3), 4 producers sending `records` keyed records, two groups of six. */
export function largeScenarioFile(records: number) {
  const topics = ['orders', 'payments', 'shipments'].map((name) => ({ name, partitions: 12, replicationFactor: 3 }));
  const perLine = Math.max(1, Math.floor(records / topics.length / 4));
  return {
    version: 1,
    title: `bench: 9 brokers, 3 topics × 12 partitions, ${records} records`,
    seed: 1,
    // Long enough (the records flow in the first minute, then the cluster idles on) that the run
    // passes the million steps the seek figure asks for.
    durationMs: 1_500_000,
    cluster: { brokers: 9 },
    topics,
    producers: [1, 2, 3, 4].map((i) => ({ id: `p${i}`, config: { acks: 'all', 'linger.ms': 5 } })),
    consumers: [...Array(12).keys()].map((i) => ({ id: `c${i}`, groupId: i < 6 ? 'g1' : 'g2', topics: topics.map((t) => t.name) })),
    script: topics.flatMap((t, ti) =>
      [1, 2, 3, 4].map((p) => ({ atMs: ti * 7 + p, do: 'produce', producer: `p${p}`, topic: t.name, key: 'k{i}', value: 'v{i}', count: perLine, everyMs: 5 })),
    ),
  };
}

/** 5 brokers, one topic of 12 partitions (RF 3), 3 producers, 6 consumers in two groups: the frame-time bench. */
export function mediumScenarioFile() {
  return {
    version: 1,
    title: 'bench: 5 brokers, 12 partitions, 3 producers, 6 consumers',
    seed: 1,
    durationMs: 300_000,
    cluster: { brokers: 5, config: { 'min.insync.replicas': 2 } },
    topics: [{ name: 'orders', partitions: 12, replicationFactor: 3 }],
    producers: [1, 2, 3].map((i) => ({ id: `p${i}`, config: { acks: 'all', 'linger.ms': 5 } })),
    consumers: [...Array(6).keys()].map((i) => ({ id: `c${i + 1}`, groupId: i < 3 ? 'billing' : 'audit', topics: ['orders'] })),
    script: [1, 2, 3].map((p) => ({ atMs: 100 * p, do: 'produce', producer: `p${p}`, topic: 'orders', key: `p${p}-{i}`, value: 'order-{i}', count: 20_000, everyMs: 15 })),
  };
}

/**
 * The medium scenario made endless: each producer sends without pause for 30,000,000 simulated ms
 * (twenty script lines of the largest allowed count, one after another), far beyond any play.
 */
export function endlessMediumScenarioFile() {
  const medium = mediumScenarioFile();
  const EVERY_MS = 15;
  const COUNT = 100_000;
  const lines = 20;
  return {
    ...medium,
    title: 'bench: 5 brokers, 12 partitions, never-ending',
    durationMs: 1_000_000_000,
    script: medium.script.flatMap((line) =>
      Array.from({ length: lines }, (_, k) => ({ ...line, count: COUNT, everyMs: EVERY_MS, atMs: line.atMs + k * COUNT * EVERY_MS })),
    ),
  };
}

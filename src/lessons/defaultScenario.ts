// The scenario at `/`: a small cluster a class can take in at a glance. A scenario FILE object
// (shared/spec/scenario-format.md), parsed like any imported file.
export const defaultScenarioFile = {
  version: 1,
  title: 'Orders: three brokers, one producer, one group',
  description:
    'Producer p1 sends a few keyed orders with acks=all to a topic replicated three times; the billing group reads them. Crash a leader and watch the controller elect a new one.',
  seed: 1,
  durationMs: 20000,
  cluster: {
    brokers: 3,
    metadata: 'kraft',
    config: { 'min.insync.replicas': 2 },
    network: { latencyMs: 5, jitterMs: 0 },
  },
  topics: [
    {
      name: 'orders',
      partitions: 3,
      replicationFactor: 3,
      config: { 'min.insync.replicas': 2 },
    },
  ],
  producers: [{ id: 'p1', config: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 5 } }],
  consumers: [
    {
      id: 'c1',
      groupId: 'billing',
      topics: ['orders'],
      commitMode: 'auto',
      pollIntervalMs: 100,
      config: { 'auto.offset.reset': 'earliest', 'auto.commit.interval.ms': 5000 },
    },
    {
      id: 'c2',
      groupId: 'billing',
      topics: ['orders'],
      commitMode: 'auto',
      pollIntervalMs: 100,
      config: { 'auto.offset.reset': 'earliest', 'auto.commit.interval.ms': 5000 },
    },
  ],
  script: [
    { atMs: 4000, do: 'produce', producer: 'p1', topic: 'orders', key: 'alice', value: 'order-1' },
    { atMs: 4500, do: 'produce', producer: 'p1', topic: 'orders', key: 'bob', value: 'order-2' },
    { atMs: 5000, do: 'produce', producer: 'p1', topic: 'orders', key: 'carol', value: 'order-3' },
    { atMs: 6000, do: 'produce', producer: 'p1', topic: 'orders', key: 'alice', value: 'order-4' },
  ],
} as const;

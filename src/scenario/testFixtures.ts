// Scenario files shared by the scenario tests (and handy for anyone who needs a valid file).

/** The smallest valid file: everything else takes its default. */
export function minimalFile(): Record<string, unknown> {
  return { version: 1, title: 'Minimal', cluster: { brokers: 3 } };
}

/** The example of spec/scenario-format.md §1, with one action of every kind. */
export function specExampleFile(): Record<string, unknown> {
  return {
    version: 1,
    title: 'When the leader dies',
    description: 'A broker crashes while p1 is writing.',
    seed: 42,
    durationMs: 60000,
    cluster: {
      brokers: 3,
      metadata: 'kraft',
      config: {
        'replica.lag.time.max.ms': 30000,
        'unclean.leader.election.enable': false,
        'min.insync.replicas': 1,
        'broker.session.timeout.ms': 9000,
        'broker.heartbeat.interval.ms': 2000,
        'auto.leader.rebalance.enable': false,
      },
      network: { latencyMs: 5, jitterMs: 0 },
    },
    topics: [
      {
        name: 'orders',
        partitions: 3,
        replicationFactor: 3,
        assignment: [
          [1, 2, 3],
          [2, 3, 1],
          [3, 1, 2],
        ],
        config: {
          'min.insync.replicas': 2,
          'retention.ms': 604800000,
          'retention.bytes': -1,
          'segment.bytes': 1073741824,
          'cleanup.policy': 'delete',
        },
      },
    ],
    producers: [
      {
        id: 'p1',
        config: {
          acks: 'all',
          'enable.idempotence': true,
          'linger.ms': 5,
          'batch.size': 16384,
          retries: 2147483647,
          'request.timeout.ms': 30000,
          'delivery.timeout.ms': 120000,
        },
      },
    ],
    consumers: [
      {
        id: 'c1',
        groupId: 'g1',
        topics: ['orders'],
        autoStart: true,
        pollIntervalMs: 100,
        processingMs: 0,
        commitMode: 'auto',
        config: {
          'auto.commit.interval.ms': 5000,
          'auto.offset.reset': 'latest',
          'partition.assignment.strategy': 'range',
          'session.timeout.ms': 45000,
          'heartbeat.interval.ms': 3000,
          'max.poll.records': 500,
        },
      },
    ],
    script: [
      { atMs: 0, do: 'produce', producer: 'p1', topic: 'orders', key: 'k{i}', value: 'm{i}', count: 5, everyMs: 10 },
      { atMs: 100, do: 'crashBroker', broker: 1 },
      { atMs: 50, do: 'flush', producer: 'p1' },
      { atMs: 200, do: 'restartBroker', broker: 1 },
      { atMs: 300, do: 'isolate', node: 'broker-2' },
      { atMs: 300, do: 'cutLink', between: ['broker-3', 'controller'] },
      { atMs: 400, do: 'heal', node: 'broker-2' },
      { atMs: 450, do: 'heal' },
      { atMs: 500, do: 'stopConsumer', consumer: 'c1' },
      { atMs: 600, do: 'startConsumer', consumer: 'c1' },
      { atMs: 700, do: 'commit', consumer: 'c1' },
      { atMs: 800, do: 'crashConsumer', consumer: 'c1' },
      { atMs: 900, do: 'addPartitions', topic: 'orders', count: 6 },
      { atMs: 950, do: 'produce', producer: 'p1', topic: 'orders', value: 'late', partition: 5 },
      { atMs: 1000, do: 'electPreferredLeaders', topic: 'orders' },
      { atMs: 1000, do: 'electPreferredLeaders' },
    ],
  };
}

/** Every setting away from its default, so a dropped or renamed key shows up in a round trip. */
export function nonDefaultFile(): Record<string, unknown> {
  return {
    version: 1,
    title: 'Everything changed',
    description: 'd',
    seed: -7,
    durationMs: 12345,
    cluster: {
      brokers: 5,
      metadata: 'zookeeper',
      config: {
        'replica.lag.time.max.ms': 10000,
        'unclean.leader.election.enable': true,
        'min.insync.replicas': 2,
        'broker.session.timeout.ms': 6000,
        'broker.heartbeat.interval.ms': 1000,
        'auto.leader.rebalance.enable': true,
        'leader.imbalance.check.interval.seconds': 30,
        'leader.imbalance.per.broker.percentage': 20,
        'replica.fetch.wait.max.ms': 250,
        'log.retention.check.interval.ms': 1000,
        'group.initial.rebalance.delay.ms': 0,
        'kafkascope.strict.min.isr': false,
      },
      network: { latencyMs: 2, jitterMs: 3 },
    },
    topics: [
      {
        name: 'a.b',
        partitions: 2,
        replicationFactor: 2,
        assignment: [
          [5, 4],
          [4, 5],
        ],
        config: {
          'min.insync.replicas': 1,
          'retention.ms': -1,
          'retention.bytes': 4096,
          'segment.bytes': 1024,
          'cleanup.policy': 'compact,delete',
        },
      },
      { name: 'plain', partitions: 7, replicationFactor: 3 },
    ],
    producers: [
      {
        id: 'fast',
        config: {
          acks: -1,
          'enable.idempotence': false,
          'linger.ms': 0,
          'batch.size': 100,
          retries: 3,
          'request.timeout.ms': 1000,
          'delivery.timeout.ms': 5000,
          'retry.backoff.ms': 10,
          'max.in.flight.requests.per.connection': 1,
          'metadata.max.age.ms': 500,
        },
      },
      { id: 'loose', config: { acks: 0, 'request.timeout.ms': 200000 } },
    ],
    consumers: [
      {
        id: 'reader',
        groupId: 'g',
        topics: ['plain', 'a.b'],
        autoStart: false,
        pollIntervalMs: 50,
        processingMs: 7,
        commitMode: 'after-processing',
        config: {
          'auto.commit.interval.ms': 100,
          'auto.offset.reset': 'earliest',
          'partition.assignment.strategy': 'cooperative-sticky',
          'session.timeout.ms': 10000,
          'heartbeat.interval.ms': 1000,
          'max.poll.records': 10,
          'max.poll.interval.ms': 20000,
          'fetch.max.wait.ms': 100,
        },
      },
    ],
    script: [
      { atMs: 30, do: 'produce', producer: 'fast', topic: 'plain', value: 'v', key: 'k', partition: 6, count: 3, everyMs: 4 },
      { atMs: 10, do: 'startConsumer', consumer: 'reader' },
      { atMs: 10, do: 'isolate', node: 'loose' },
      { atMs: 5, do: 'produce', producer: 'loose', topic: 'a.b', value: 'x', key: null },
    ],
  };
}

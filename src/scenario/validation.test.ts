// One test per rule of a single section: header, cluster, topics, producers, consumers, actions.
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { minimalFile } from './testFixtures';

function problems(file: unknown): string[] {
  const result = parseScenario(file);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

/** The minimal file with a change: `with({ topics: [...] })`. */
function withFields(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...minimalFile(), ...fields };
}

const cluster = (extra: Record<string, unknown>) => withFields({ cluster: { brokers: 3, ...extra } });
const topic = (t: Record<string, unknown>) =>
  withFields({ topics: [{ name: 't', partitions: 1, replicationFactor: 1, ...t }] });
const producerConfig = (config: Record<string, unknown>) => withFields({ producers: [{ id: 'p1', config }] });
const consumer = (c: Record<string, unknown>) =>
  withFields({
    topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
    consumers: [{ id: 'c1', groupId: 'g', topics: ['t'], ...c }],
  });

describe('header', () => {
  it.each([
    [{ version: 2 }, 'version: must be 1 (got 2)'],
    [{ version: '1' }, 'version: must be 1 (got "1")'],
    [{ title: '' }, 'title: must not be empty'],
    [{ title: '   ' }, 'title: must not be empty'],
    [{ title: 5 }, 'title: must be a string (got 5)'],
    [{ seed: 1.5 }, 'seed: must be a whole number (got 1.5)'],
    [{ seed: '42' }, 'seed: must be a number: write 42 without quotes'],
    [{ durationMs: 0 }, 'durationMs: must be at least 1 (got 0)'],
    [{ durationMs: -5 }, 'durationMs: must be at least 1 (got -5)'],
    [{ description: [] }, 'description: must be a string (got a list)'],
  ])('%j → %s', (fields, message) => {
    expect(problems(withFields(fields))).toEqual([message]);
  });

  it('requires version, title and cluster', () => {
    expect(problems({})).toEqual(['version: is required', 'title: is required', 'cluster: is required']);
  });

  it('refuses a file that is not an object', () => {
    for (const input of [null, [], 'text', 3, true, undefined]) {
      const [only, ...rest] = problems(input);
      expect(rest).toEqual([]);
      expect(only).toMatch(/^\(file\): must be a JSON object/);
    }
  });

  it('refuses unknown top-level fields, suggesting the intended one', () => {
    expect(problems(withFields({ titel: 'x', foo: 1 }))).toEqual([
      'titel: unknown field; did you mean "title"?',
      'foo: unknown field (extra top-level fields must start with "x-")',
    ]);
  });

  it('accepts narration, lesson, questions and x- fields of any shape', () => {
    const file = withFields({ narration: [{ atStep: 3 }], lesson: { id: 'l1' }, questions: 'q', 'x-editor': { z: 1 } });
    expect(problems(file)).toEqual([]);
  });
});

describe('cluster', () => {
  it.each([
    [{ brokers: 0 }, 'cluster.brokers: must be at least 1 (got 0)'],
    [{ brokers: 33 }, 'cluster.brokers: must be at most 32 (got 33)'],
    [{ brokers: 2.5 }, 'cluster.brokers: must be a whole number (got 2.5)'],
    [{ metadata: 'zk' }, 'cluster.metadata: must be one of "kraft", "zookeeper" (got "zk")'],
    [{ network: { latencyMs: -1 } }, 'cluster.network.latencyMs: must be at least 0 (got -1)'],
    [{ network: { jitterMs: 0.5 } }, 'cluster.network.jitterMs: must be a whole number (got 0.5)'],
    [{ network: { latency: 5 } }, 'cluster.network.latency: unknown field; did you mean "latencyMs"?'],
    [{ config: { 'min.insync.replicas': 0 } }, 'cluster.config.min.insync.replicas: must be at least 1 (got 0)'],
    [{ config: { 'unclean.leader.election.enable': 'true' } }, 'cluster.config.unclean.leader.election.enable: must be true or false: write true without quotes'],
    [{ config: { 'leader.imbalance.per.broker.percentage': 101 } }, 'cluster.config.leader.imbalance.per.broker.percentage: must be at most 100 (got 101)'],
    [{ config: { 'replica.fetch.wait.max.ms': 40000 } }, 'cluster.config.replica.fetch.wait.max.ms: must be at most replica.lag.time.max.ms (30000)'],
    [{ config: { 'kafkascope.strict.min.isr': 1 } }, 'cluster.config.kafkascope.strict.min.isr: must be true or false (got 1)'],
  ])('%j → %s', (fields, message) => {
    expect(problems(cluster(fields))).toEqual([message]);
  });

  it('names a misspelt broker setting in the path and suggests the real one', () => {
    expect(problems(cluster({ config: { 'replica.lag.max': 5 } }))).toEqual([
      'cluster.config.replica.lag.max: unknown setting; did you mean "replica.lag.time.max.ms"?',
    ]);
    expect(problems(cluster({ config: { 'no.such.thing.at.all.really': 5 } }))).toEqual([
      'cluster.config.no.such.thing.at.all.really: unknown setting',
    ]);
  });
});

describe('topics', () => {
  it.each([
    [{ name: '' }, 'topics[0].name: must not be empty'],
    [{ name: 'a'.repeat(250) }, 'topics[0].name: must be at most 249 characters long'],
    [{ name: 'has space' }, 'topics[0].name: may only use letters, digits, ".", "_" and "-" (got "has space")'],
    [{ name: '.' }, 'topics[0].name: "." and ".." are not allowed as topic names'],
    [{ name: '..' }, 'topics[0].name: "." and ".." are not allowed as topic names'],
    [{ partitions: 0 }, 'topics[0].partitions: must be at least 1 (got 0)'],
    [{ partitions: 257 }, 'topics[0].partitions: must be at most 256 (got 257)'],
    [{ replicationFactor: 0 }, 'topics[0].replicationFactor: must be at least 1 (got 0)'],
    [{ config: { 'min.insync.replicas': 0 } }, 'topics[0].config.min.insync.replicas: must be at least 1 (got 0)'],
    [{ config: { 'retention.ms': -2 } }, 'topics[0].config.retention.ms: must be at least -1 (got -2)'],
    [{ config: { 'cleanup.policy': 'purge' } }, 'topics[0].config.cleanup.policy: must be one of "delete", "compact", "delete,compact", "compact,delete" (got "purge")'],
    [{ config: { 'retention.hours': 1 } }, 'topics[0].config.retention.hours: unknown setting; did you mean "retention.ms"?'],
    [{ replicas: 1 }, 'topics[0].replicas: unknown field'],
  ])('%j → %s', (fields, message) => {
    expect(problems(topic(fields))).toEqual([message]);
  });

  it('accepts names made of every legal character, up to 249 of them', () => {
    expect(problems(topic({ name: 'aZ09._-' }))).toEqual([]);
    expect(problems(topic({ name: 'a'.repeat(249) }))).toEqual([]);
  });

  it('normalizes cleanup.policy written in either order', () => {
    const result = parseScenario(topic({ config: { 'cleanup.policy': 'compact,delete' } }));
    expect(result.ok && result.scenario.topics[0].config.cleanupPolicy).toBe('delete,compact');
  });

  it('refuses a topics value that is not a list', () => {
    expect(problems(withFields({ topics: {} }))).toEqual(['topics: must be a list ([…]) (got an object)']);
  });
});

describe('producers', () => {
  function acksOf(acks: unknown, idempotence?: boolean) {
    const config: Record<string, unknown> = { acks };
    if (idempotence !== undefined) config['enable.idempotence'] = idempotence;
    const result = parseScenario(producerConfig(config));
    return result.ok ? result.scenario.producers[0].config : undefined;
  }

  it.each([
    ['0', '0'],
    ['1', '1'],
    ['all', 'all'],
    ['-1', 'all'],
    ['ALL', 'all'],
    [0, '0'],
    [1, '1'],
    [-1, 'all'],
  ])('normalizes acks %j to %j', (acks, expected) => {
    expect(acksOf(acks)?.acks).toBe(expected);
  });

  it.each([['2'], [2], [true], [null], ['leader']])('refuses acks %j', (acks) => {
    const [message, ...rest] = problems(producerConfig({ acks }));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^producers\[0\]\.config\.acks: must be "0", "1" or "all"/);
  });

  it('keeps idempotence on by default with acks=all', () => {
    expect(acksOf('all')?.enableIdempotence).toBe(true);
  });

  it('silently disables idempotence when acks is 0 or 1 and the file did not set it', () => {
    expect(acksOf('1')?.enableIdempotence).toBe(false);
    expect(acksOf(0)?.enableIdempotence).toBe(false);
  });

  it('reports an explicit enable.idempotence=true with acks 0 or 1', () => {
    expect(problems(producerConfig({ acks: '1', 'enable.idempotence': true }))).toEqual([
      'producers[0].config.enable.idempotence: true requires acks=all',
    ]);
    expect(problems(producerConfig({ acks: 0, 'enable.idempotence': true }))).toEqual([
      'producers[0].config.enable.idempotence: true requires acks=all',
    ]);
  });

  it('accepts enable.idempotence=false with any acks', () => {
    expect(acksOf('all', false)?.enableIdempotence).toBe(false);
    expect(acksOf('1', false)?.enableIdempotence).toBe(false);
  });

  it('applies the retries and in-flight conditions of idempotence the same way', () => {
    const implicit = parseScenario(producerConfig({ retries: 0 }));
    expect(implicit.ok && implicit.scenario.producers[0].config.enableIdempotence).toBe(false);
    expect(problems(producerConfig({ retries: 0, 'enable.idempotence': true }))).toEqual([
      'producers[0].config.enable.idempotence: true requires retries greater than 0',
    ]);
    expect(problems(producerConfig({ 'max.in.flight.requests.per.connection': 6, 'enable.idempotence': true }))).toEqual([
      'producers[0].config.enable.idempotence: true requires max.in.flight.requests.per.connection of at most 5',
    ]);
  });

  it('checks delivery.timeout.ms against linger.ms + request.timeout.ms like KafkaProducer', () => {
    expect(problems(producerConfig({ 'delivery.timeout.ms': 1000 }))).toEqual([
      'producers[0].config.delivery.timeout.ms: must be at least linger.ms + request.timeout.ms (30005) (got 1000)',
    ]);
    // Not set explicitly: raised to the sum instead of refused.
    const raised = parseScenario(producerConfig({ 'request.timeout.ms': 200000 }));
    expect(raised.ok && raised.scenario.producers[0].config.deliveryTimeoutMs).toBe(200005);
  });

  it.each([
    [{ 'linger.ms': -1 }, 'producers[0].config.linger.ms: must be at least 0 (got -1)'],
    [{ retries: 2147483648 }, 'producers[0].config.retries: must be at most 2147483647 (got 2147483648)'],
    [{ 'max.in.flight.requests.per.connection': 0 }, 'producers[0].config.max.in.flight.requests.per.connection: must be at least 1 (got 0)'],
    [{ 'request.timeout.ms': '30000' }, 'producers[0].config.request.timeout.ms: must be a number: write 30000 without quotes'],
    [{ 'enable.idempotence': 'yes' }, 'producers[0].config.enable.idempotence: must be true or false (got "yes")'],
    [{ 'linger.msec': 5 }, 'producers[0].config.linger.msec: unknown setting; did you mean "linger.ms"?'],
    [{ 'transactional.id': 'x' }, 'producers[0].config.transactional.id: unknown setting; transactions are not simulated'],
  ])('%j → %s', (config, message) => {
    expect(problems(producerConfig(config))).toEqual([message]);
  });

  it('requires a non-empty id', () => {
    expect(problems(withFields({ producers: [{}] }))).toEqual(['producers[0].id: is required']);
    expect(problems(withFields({ producers: [{ id: '' }] }))).toEqual(['producers[0].id: must not be empty']);
  });
});

describe('consumers', () => {
  it.each([
    [{ groupId: undefined }, 'consumers[0].groupId: is required'],
    [{ topics: [] }, 'consumers[0].topics: must have at least 1 item'],
    [{ topics: 't' }, 'consumers[0].topics: must be a list ([…]) (got "t")'],
    [{ autoStart: 'no' }, 'consumers[0].autoStart: must be true or false (got "no")'],
    [{ pollIntervalMs: 0 }, 'consumers[0].pollIntervalMs: must be at least 1 (got 0)'],
    [{ processingMs: -1 }, 'consumers[0].processingMs: must be at least 0 (got -1)'],
    [{ commitMode: 'manual' }, 'consumers[0].commitMode: must be one of "auto", "after-processing", "before-processing", "script" (got "manual")'],
    [{ config: { 'auto.offset.reset': 'smallest' } }, 'consumers[0].config.auto.offset.reset: must be one of "earliest", "latest", "none" (got "smallest")'],
    [{ config: { 'partition.assignment.strategy': 'random' } }, 'consumers[0].config.partition.assignment.strategy: must be one of "range", "roundrobin", "sticky", "cooperative-sticky" (got "random")'],
    [{ config: { 'max.poll.records': 0 } }, 'consumers[0].config.max.poll.records: must be at least 1 (got 0)'],
    [{ config: { 'heartbeat.interval.ms': 45000 } }, 'consumers[0].config.heartbeat.interval.ms: must be less than session.timeout.ms (45000)'],
    [{ config: { 'enable.auto.commit': false } }, 'consumers[0].config.enable.auto.commit: unknown setting; use the consumer\'s "commitMode" ("auto" means enable.auto.commit=true)'],
    [{ config: { 'session.timeout': 1 } }, 'consumers[0].config.session.timeout: unknown setting; did you mean "session.timeout.ms"?'],
  ])('%j → %s', (fields, message) => {
    expect(problems(consumer(fields))).toEqual([message]);
  });

  it("accepts Kafka's assignor class names", () => {
    const result = parseScenario(
      consumer({ config: { 'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.RoundRobinAssignor' } }),
    );
    expect(result.ok && result.scenario.consumers[0].config.partitionAssignmentStrategy).toBe('roundrobin');
  });
});

describe('script actions', () => {
  const script = (...actions: unknown[]) =>
    withFields({
      topics: [{ name: 't', partitions: 2, replicationFactor: 1 }],
      producers: [{ id: 'p1' }],
      consumers: [{ id: 'c1', groupId: 'g', topics: ['t'] }],
      script: actions,
    });

  it.each([
    [{ atMs: -1, do: 'heal' }, 'script[0].atMs: must be at least 0 (got -1)'],
    [{ do: 'heal' }, 'script[0].atMs: is required'],
    [{ atMs: 0 }, 'script[0].do: is required'],
    [{ atMs: 0, do: 'explode' }, 'script[0].do: must be one of produce, flush, crashBroker, restartBroker, isolate, cutLink, heal, startConsumer, stopConsumer, crashConsumer, commit, addPartitions, electPreferredLeaders (got "explode")'],
    [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't' }, 'script[0].value: is required'],
    [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 1 }, 'script[0].value: must be a string (got 1)'],
    [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'v', key: 3 }, 'script[0].key: must be a string or null (got 3)'],
    [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'v', count: 0 }, 'script[0].count: must be at least 1 (got 0)'],
    [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'v', everyMs: -1 }, 'script[0].everyMs: must be at least 0 (got -1)'],
    [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'v', partition: -1 }, 'script[0].partition: must be at least 0 (got -1)'],
    [{ atMs: 0, do: 'flush' }, 'script[0].producer: is required'],
    [{ atMs: 0, do: 'crashBroker', broker: '1' }, 'script[0].broker: must be a number: write 1 without quotes'],
    [{ atMs: 0, do: 'cutLink', between: ['broker-1'] }, 'script[0].between: must list exactly two nodes, like ["broker-1", "controller"]'],
    [{ atMs: 0, do: 'heal', node: '' }, 'script[0].node: must not be empty'],
    [{ atMs: 0, do: 'addPartitions', topic: 't', count: 300 }, 'script[0].count: must be at most 256 (got 300)'],
    [{ atMs: 0, do: 'crashBroker', broker: 1, node: 'x' }, 'script[0].node: unknown field'],
    [{ atMs: 0, do: 'commit', consumer: 'c1', consumr: 'c1' }, 'script[0].consumr: unknown field; did you mean "consumer"?'],
    [42, 'script[0]: must be an object like {"atMs": 0, "do": "crashBroker", "broker": 1} (got 42)'],
  ])('%j → %s', (action, message) => {
    expect(problems(script(action))).toEqual([message]);
  });

  it('accepts a null key', () => {
    expect(problems(script({ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'v', key: null }))).toEqual([]);
  });
});

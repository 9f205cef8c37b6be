// toScenarioFile: normalized Scenario → a scenario file with Kafka config names, for export and
// share links. parseScenario(toScenarioFile(s)) gives back s for every s that parseScenario made.
import { defaultAssignment } from './assignment';
import { brokerConfigSchema, networkSchema } from './clusterSchema';
import { consumerSchema } from './consumerSchema';
import { producerConfigSchema } from './producerSchema';
import type { ScenarioFile } from './schema';
import { topicConfigSchema } from './topicSchema';
import type {
  BrokerConfig,
  ConsumerConfig,
  ConsumerSpec,
  ProducerConfig,
  Scenario,
  ScriptAction,
  TopicConfig,
  TopicSpec,
} from './types';

export interface SerializeOptions {
  /**
   * false (default): leave out every value equal to its default, which keeps share links short
   * and exported files readable; true: write every setting out.
   */
  includeDefaults?: boolean;
}

type Json = Record<string, unknown>;
/** Kafka name, normalized field, and how the value is written when the units differ. */
type Setting<T> = [kafkaName: string, field: keyof T, toFile?: (value: number) => number];

// The defaults come from the schemas themselves, so they cannot drift apart.
const BROKER_DEFAULTS = brokerConfigSchema.parse(undefined);
const NETWORK_DEFAULTS = networkSchema.parse(undefined);
const PRODUCER_DEFAULTS = producerConfigSchema.parse(undefined);
const TOPIC_FILE_DEFAULTS = topicConfigSchema.parse(undefined);
// min.insync.replicas is left out: a topic inherits it from the brokers (see topic below).
type TopicOwnConfig = Omit<TopicConfig, 'minInsyncReplicas'>;
const TOPIC_DEFAULTS: TopicOwnConfig = {
  retentionMs: TOPIC_FILE_DEFAULTS['retention.ms'],
  retentionBytes: TOPIC_FILE_DEFAULTS['retention.bytes'],
  segmentBytes: TOPIC_FILE_DEFAULTS['segment.bytes'],
  cleanupPolicy: TOPIC_FILE_DEFAULTS['cleanup.policy'],
};
const CONSUMER_DEFAULTS = consumerSchema.parse({ id: 'c', groupId: 'g', topics: ['t'] });

const BROKER_SETTINGS: Setting<BrokerConfig>[] = [
  ['replica.lag.time.max.ms', 'replicaLagTimeMaxMs'],
  ['unclean.leader.election.enable', 'uncleanLeaderElectionEnable'],
  ['min.insync.replicas', 'minInsyncReplicas'],
  ['broker.session.timeout.ms', 'brokerSessionTimeoutMs'],
  ['broker.heartbeat.interval.ms', 'brokerHeartbeatIntervalMs'],
  ['zookeeper.session.timeout.ms', 'zookeeperSessionTimeoutMs'],
  ['auto.leader.rebalance.enable', 'autoLeaderRebalanceEnable'],
  ['leader.imbalance.check.interval.seconds', 'leaderImbalanceCheckIntervalMs', (ms) => ms / 1000],
  ['leader.imbalance.per.broker.percentage', 'leaderImbalancePerBrokerPercentage'],
  ['replica.fetch.wait.max.ms', 'replicaFetchWaitMaxMs'],
  ['log.retention.check.interval.ms', 'logRetentionCheckIntervalMs'],
  ['group.initial.rebalance.delay.ms', 'groupInitialRebalanceDelayMs'],
  ['kafkascope.strict.min.isr', 'strictMinIsr'],
];

// enable.idempotence and delivery.timeout.ms depend on other settings: see producerConfig below.
const PRODUCER_SETTINGS: Setting<ProducerConfig>[] = [
  ['acks', 'acks'],
  ['linger.ms', 'lingerMs'],
  ['batch.size', 'batchSize'],
  ['retries', 'retries'],
  ['request.timeout.ms', 'requestTimeoutMs'],
  ['retry.backoff.ms', 'retryBackoffMs'],
  ['max.in.flight.requests.per.connection', 'maxInFlightRequestsPerConnection'],
  ['metadata.max.age.ms', 'metadataMaxAgeMs'],
];

const TOPIC_SETTINGS: Setting<TopicOwnConfig>[] = [
  ['retention.ms', 'retentionMs'],
  ['retention.bytes', 'retentionBytes'],
  ['segment.bytes', 'segmentBytes'],
  ['cleanup.policy', 'cleanupPolicy'],
];

const CONSUMER_SETTINGS: Setting<ConsumerConfig>[] = [
  ['auto.commit.interval.ms', 'autoCommitIntervalMs'],
  ['auto.offset.reset', 'autoOffsetReset'],
  ['partition.assignment.strategy', 'partitionAssignmentStrategy'],
  ['session.timeout.ms', 'sessionTimeoutMs'],
  ['heartbeat.interval.ms', 'heartbeatIntervalMs'],
  ['max.poll.records', 'maxPollRecords'],
  ['max.poll.interval.ms', 'maxPollIntervalMs'],
  ['fetch.max.wait.ms', 'fetchMaxWaitMs'],
];

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

class Writer {
  constructor(readonly all: boolean) {}

  /** Sets `key` unless the value is the default and defaults are left out. */
  put(out: Json, key: string, value: unknown, fallback: unknown): void {
    if (value !== undefined && (this.all || !sameJson(value, fallback))) out[key] = value;
  }

  settings<T>(table: Setting<T>[], values: T, defaults: T, out: Json = {}): Json {
    for (const [kafkaName, field, toFile] of table) {
      const convert = (v: unknown) => (toFile && typeof v === 'number' ? toFile(v) : v);
      this.put(out, kafkaName, convert(values[field]), convert(defaults[field]));
    }
    return out;
  }

  /** Puts a sub-object, leaving out an empty one. */
  section(out: Json, key: string, value: Json): void {
    if (this.all || Object.keys(value).length > 0) out[key] = value;
  }
}

function producerConfig(w: Writer, c: ProducerConfig): Json {
  const out = w.settings(PRODUCER_SETTINGS, c, PRODUCER_DEFAULTS);
  // What parseScenario infers when enable.idempotence is absent (see producerSchema.ts).
  const inferred = c.acks === 'all' && c.retries > 0 && c.maxInFlightRequestsPerConnection <= 5;
  w.put(out, 'enable.idempotence', c.enableIdempotence, inferred);
  w.put(out, 'delivery.timeout.ms', c.deliveryTimeoutMs, Math.max(120000, c.lingerMs + c.requestTimeoutMs));
  return out;
}

function topic(w: Writer, t: TopicSpec, brokers: number, broker: BrokerConfig): Json {
  const out: Json = { name: t.name, partitions: t.partitions, replicationFactor: t.replicationFactor };
  w.put(out, 'assignment', t.assignment, defaultAssignment(t.partitions, t.replicationFactor, brokers));
  const config: Json = {};
  w.put(config, 'min.insync.replicas', t.config.minInsyncReplicas, broker.minInsyncReplicas);
  w.settings(TOPIC_SETTINGS, t.config, TOPIC_DEFAULTS, config);
  w.section(out, 'config', config);
  return out;
}

function consumer(w: Writer, c: ConsumerSpec): Json {
  const out: Json = { id: c.id, groupId: c.groupId, topics: [...c.topics] };
  for (const key of ['autoStart', 'pollIntervalMs', 'processingMs', 'commitMode'] as const) {
    w.put(out, key, c[key], CONSUMER_DEFAULTS[key]);
  }
  w.section(out, 'config', w.settings(CONSUMER_SETTINGS, c.config, CONSUMER_DEFAULTS.config));
  return out;
}

// Values that an action takes when its field is absent (spec §2).
const ACTION_DEFAULTS: Json = { key: null, count: 1, everyMs: 0 };

function action(w: Writer, a: ScriptAction): Json {
  const out: Json = { atMs: a.atMs, do: a.do };
  for (const [key, value] of Object.entries(a)) {
    if (key === 'atMs' || key === 'do' || key === 'index' || value === undefined) continue;
    const copy = Array.isArray(value) ? [...value] : value;
    if (a.do === 'produce' && Object.hasOwn(ACTION_DEFAULTS, key)) w.put(out, key, copy, ACTION_DEFAULTS[key]);
    else out[key] = copy;
  }
  return out;
}

/** Writes the script back in file order (`index`), so parsing it again gives the same indexes. */
function fileOrder(script: readonly ScriptAction[]): ScriptAction[] {
  return script
    .map((a, position) => ({ a, order: a.index ?? position }))
    .sort((x, y) => x.order - y.order)
    .map(({ a }) => a);
}

export function toScenarioFile(s: Scenario, options: SerializeOptions = {}): ScenarioFile {
  const w = new Writer(options.includeDefaults ?? false);
  const { cluster } = s;
  const file: Json = { version: 1, title: s.title };
  w.put(file, 'description', s.description, '');
  w.put(file, 'seed', s.seed, 1);
  w.put(file, 'durationMs', s.durationMs, 60000);
  const clusterOut: Json = { brokers: cluster.brokers };
  w.put(clusterOut, 'metadata', cluster.metadata, 'kraft');
  w.section(clusterOut, 'config', w.settings(BROKER_SETTINGS, cluster.config, BROKER_DEFAULTS));
  const network: Json = {};
  w.put(network, 'latencyMs', cluster.network.latencyMs, NETWORK_DEFAULTS.latencyMs);
  w.put(network, 'jitterMs', cluster.network.jitterMs, NETWORK_DEFAULTS.jitterMs);
  w.section(clusterOut, 'network', network);
  file.cluster = clusterOut;
  const producers = s.producers.map((p) => {
    const out: Json = { id: p.id };
    w.section(out, 'config', producerConfig(w, p.config));
    return out;
  });
  w.put(file, 'topics', s.topics.map((t) => topic(w, t, cluster.brokers, cluster.config)), []);
  w.put(file, 'producers', producers, []);
  w.put(file, 'consumers', s.consumers.map((c) => consumer(w, c)), []);
  w.put(file, 'script', fileOrder(s.script).map((a) => action(w, a)), []);
  return file as unknown as ScenarioFile;
}

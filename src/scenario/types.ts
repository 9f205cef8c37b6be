// The normalized scenario: what parseScenario returns after validation, with every default
// filled in (Kafka 4.x defaults). The file format itself is ../shared/spec/scenario-format.md.

export type Acks = '0' | '1' | 'all';
export type MetadataMode = 'kraft' | 'zookeeper';
export type CommitMode = 'auto' | 'after-processing' | 'before-processing' | 'script';
export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';
export type OffsetReset = 'earliest' | 'latest' | 'none';

export interface BrokerConfig {
  replicaLagTimeMaxMs: number; // replica.lag.time.max.ms 30000
  uncleanLeaderElectionEnable: boolean; // false
  minInsyncReplicas: number; // 1
  brokerSessionTimeoutMs: number; // 9000
  brokerHeartbeatIntervalMs: number; // 2000
  zookeeperSessionTimeoutMs: number; // zookeeper.session.timeout.ms 18000 (metadata "zookeeper" only)
  autoLeaderRebalanceEnable: boolean; // scenario default false (see spec)
  leaderImbalanceCheckIntervalMs: number; // leader.imbalance.check.interval.seconds 300 → 300000
  leaderImbalancePerBrokerPercentage: number; // 10
  replicaFetchWaitMaxMs: number; // replica.fetch.wait.max.ms 500
  logRetentionCheckIntervalMs: number; // log.retention.check.interval.ms 300000
  groupInitialRebalanceDelayMs: number; // group.initial.rebalance.delay.ms 3000
  /** true = Kafka ≥ 3.7 strict min-ISR high-watermark rule (KAFKA-15583). */
  strictMinIsr: boolean;
}

export interface TopicConfig {
  minInsyncReplicas: number; // inherits the broker's
  retentionMs: number; // 604800000, -1 unlimited
  retentionBytes: number; // -1 unlimited
  segmentBytes: number; // 1073741824
  cleanupPolicy: 'delete' | 'compact' | 'delete,compact';
}

export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  /** assignment[p] = ordered broker ids; first = preferred leader. Always filled in. */
  assignment: number[][];
  config: TopicConfig;
}

export interface ProducerConfig {
  acks: Acks; // 'all'
  enableIdempotence: boolean; // true
  lingerMs: number; // 5
  batchSize: number; // 16384
  retries: number; // 2147483647
  requestTimeoutMs: number; // 30000
  deliveryTimeoutMs: number; // 120000
  retryBackoffMs: number; // 100
  maxInFlightRequestsPerConnection: number; // 5
  metadataMaxAgeMs: number; // 300000
}

export interface ProducerSpec {
  id: string;
  config: ProducerConfig;
}

export interface ConsumerConfig {
  autoCommitIntervalMs: number; // 5000
  autoOffsetReset: OffsetReset; // 'latest'
  partitionAssignmentStrategy: AssignorName; // 'range'
  sessionTimeoutMs: number; // 45000
  heartbeatIntervalMs: number; // 3000
  maxPollRecords: number; // 500
  maxPollIntervalMs: number; // 300000
  fetchMaxWaitMs: number; // 500
}

export interface ConsumerSpec {
  id: string;
  groupId: string;
  topics: string[];
  autoStart: boolean; // true
  pollIntervalMs: number; // 100
  processingMs: number; // 0
  commitMode: CommitMode; // 'auto'
  config: ConsumerConfig;
}

/** The fields of each action, as spec §2 names them. */
export type ScriptActionFields =
  | {
      atMs: number;
      do: 'produce';
      producer: string;
      topic: string;
      value: string;
      key: string | null;
      partition?: number;
      count: number;
      everyMs: number;
    }
  | { atMs: number; do: 'flush'; producer: string }
  | { atMs: number; do: 'crashBroker'; broker: number }
  | { atMs: number; do: 'restartBroker'; broker: number }
  | { atMs: number; do: 'isolate'; node: string }
  | { atMs: number; do: 'cutLink'; between: [string, string] }
  | { atMs: number; do: 'heal'; node?: string }
  | { atMs: number; do: 'startConsumer'; consumer: string }
  | { atMs: number; do: 'stopConsumer'; consumer: string }
  | { atMs: number; do: 'crashConsumer'; consumer: string }
  | { atMs: number; do: 'commit'; consumer: string }
  | { atMs: number; do: 'addPartitions'; topic: string; count: number }
  | { atMs: number; do: 'electPreferredLeaders'; topic?: string };

export type ScriptAction = ScriptActionFields & {
  /**
   * Position of the action in the file's `script` array. parseScenario sorts the script by atMs
   * (file order breaks ties) and fills this in, so the engine and the lesson UI can point back to
   * `script[index]`, and toScenarioFile can write the actions back in their original order.
   * Optional: actions built in code (interventions, editors) may leave it out.
   */
  index?: number;
};

export type ActionKind = ScriptAction['do'];

export interface Scenario {
  version: 1;
  title: string;
  description: string;
  seed: number;
  durationMs: number;
  cluster: {
    brokers: number;
    metadata: MetadataMode;
    config: BrokerConfig;
    network: { latencyMs: number; jitterMs: number };
  };
  topics: TopicSpec[];
  producers: ProducerSpec[];
  consumers: ConsumerSpec[];
  script: ScriptAction[];
}

/** One problem in a scenario file: `path` like `topics[0].replicationFactor`. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: ScenarioProblem[] };

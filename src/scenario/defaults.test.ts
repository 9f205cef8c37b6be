import { describe, expect, it } from 'vitest';
import { defaultAssignment } from './assignment';
import { formatProblems, parseScenario } from './parse';
import { minimalFile, specExampleFile } from './testFixtures';
import type { Scenario } from './types';

function scenarioOf(file: unknown): Scenario {
  const result = parseScenario(file);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.scenario;
}

describe('defaults', () => {
  it('fills in every Kafka 4.x default for a minimal file', () => {
    expect(scenarioOf(minimalFile())).toStrictEqual({
      version: 1,
      title: 'Minimal',
      description: '',
      seed: 1,
      durationMs: 60000,
      cluster: {
        brokers: 3,
        metadata: 'kraft',
        config: {
          replicaLagTimeMaxMs: 30000,
          uncleanLeaderElectionEnable: false,
          minInsyncReplicas: 1,
          brokerSessionTimeoutMs: 9000,
          brokerHeartbeatIntervalMs: 2000,
          zookeeperSessionTimeoutMs: 18000,
          autoLeaderRebalanceEnable: false,
          leaderImbalanceCheckIntervalMs: 300000,
          leaderImbalancePerBrokerPercentage: 10,
          replicaFetchWaitMaxMs: 500,
          logRetentionCheckIntervalMs: 300000,
          groupInitialRebalanceDelayMs: 3000,
          strictMinIsr: true,
        },
        network: { latencyMs: 5, jitterMs: 0 },
      },
      topics: [],
      producers: [],
      consumers: [],
      script: [],
    });
  });

  it('fills in topic, producer, consumer and action defaults', () => {
    const s = scenarioOf({
      ...minimalFile(),
      topics: [{ name: 't', partitions: 2, replicationFactor: 2 }],
      producers: [{ id: 'p1' }],
      consumers: [{ id: 'c1', groupId: 'g', topics: ['t'] }],
      script: [{ atMs: 0, do: 'produce', producer: 'p1', topic: 't', value: 'v' }],
    });
    expect(s.topics[0]).toStrictEqual({
      name: 't',
      partitions: 2,
      replicationFactor: 2,
      assignment: [
        [1, 2],
        [2, 3],
      ],
      config: {
        minInsyncReplicas: 1,
        retentionMs: 604800000,
        retentionBytes: -1,
        segmentBytes: 1073741824,
        cleanupPolicy: 'delete',
      },
    });
    expect(s.producers[0]).toStrictEqual({
      id: 'p1',
      config: {
        acks: 'all',
        enableIdempotence: true,
        lingerMs: 5,
        batchSize: 16384,
        retries: 2147483647,
        requestTimeoutMs: 30000,
        deliveryTimeoutMs: 120000,
        retryBackoffMs: 100,
        maxInFlightRequestsPerConnection: 5,
        metadataMaxAgeMs: 300000,
      },
    });
    expect(s.consumers[0]).toStrictEqual({
      id: 'c1',
      groupId: 'g',
      topics: ['t'],
      autoStart: true,
      pollIntervalMs: 100,
      processingMs: 0,
      commitMode: 'auto',
      config: {
        autoCommitIntervalMs: 5000,
        autoOffsetReset: 'latest',
        partitionAssignmentStrategy: 'range',
        sessionTimeoutMs: 45000,
        heartbeatIntervalMs: 3000,
        maxPollRecords: 500,
        maxPollIntervalMs: 300000,
        fetchMaxWaitMs: 500,
      },
    });
    // key absent = null; no partition key at all when the file gives none.
    expect(s.script[0]).toStrictEqual({
      atMs: 0,
      do: 'produce',
      producer: 'p1',
      topic: 't',
      value: 'v',
      key: null,
      count: 1,
      everyMs: 0,
      index: 0,
    });
  });

  it('converts leader.imbalance.check.interval.seconds to milliseconds', () => {
    const file = { ...minimalFile(), cluster: { brokers: 1, config: { 'leader.imbalance.check.interval.seconds': 7 } } };
    expect(scenarioOf(file).cluster.config.leaderImbalanceCheckIntervalMs).toBe(7000);
  });

  it('lets a topic inherit min.insync.replicas from the brokers unless it overrides it', () => {
    const s = scenarioOf({
      ...minimalFile(),
      cluster: { brokers: 3, config: { 'min.insync.replicas': 2 } },
      topics: [
        { name: 'inherits', partitions: 1, replicationFactor: 3 },
        { name: 'overrides', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 3 } },
      ],
    });
    expect(s.topics.map((t) => t.config.minInsyncReplicas)).toEqual([2, 3]);
  });

  it('accepts the example of the spec', () => {
    const s = scenarioOf(specExampleFile());
    expect(s.seed).toBe(42);
    expect(s.topics[0].config.minInsyncReplicas).toBe(2);
    expect(s.script).toHaveLength(16);
  });
});

describe('default replica assignment', () => {
  it('places partition p on brokers p, p+1, … (mod N), first = preferred leader', () => {
    expect(defaultAssignment(3, 3, 3)).toEqual([
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ]);
    expect(defaultAssignment(2, 1, 3)).toEqual([[1], [2]]);
  });

  it('keeps the same formula past N partitions (a documented simplification)', () => {
    expect(defaultAssignment(5, 2, 3)).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('can place only the partitions added by addPartitions', () => {
    expect(defaultAssignment(5, 2, 3, 3)).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('is what parseScenario fills in when the file has no assignment', () => {
    const s = scenarioOf({ ...minimalFile(), topics: [{ name: 't', partitions: 4, replicationFactor: 3 }] });
    expect(s.topics[0].assignment).toEqual(defaultAssignment(4, 3, 3));
  });
});

describe('script order', () => {
  it('sorts by atMs, keeps file order for ties, and records the file index', () => {
    const s = scenarioOf(specExampleFile());
    const order = s.script.map((a) => a.index);
    expect(order).toEqual([0, 2, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const times = s.script.map((a) => a.atMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

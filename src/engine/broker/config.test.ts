// Effective configuration as Kafka computes it: min.insync.replicas capped at the replication
// factor (Partition.effectiveMinIsr) and the liveness timeout of each metadata mode.
import { describe, expect, it } from 'vitest';
import { clusterState, scenarioOf } from '../testkit/stateBuilders.testkit';
import { effectiveMinIsr, fmtList, quote, sessionTimeoutMs, topicSpec } from './config';

describe('effective min.insync.replicas', () => {
  it('is the topic override, else the broker setting', () => {
    const state = clusterState({
      cluster: { brokers: 3, config: { 'min.insync.replicas': 2 } },
      topics: [{ name: 't', partitions: 1, replicationFactor: 3 }, { name: 'u', partitions: 1, replicationFactor: 3, config: { 'min.insync.replicas': 3 } }],
    });
    expect(effectiveMinIsr(state, 't')).toBe(2);
    expect(effectiveMinIsr(state, 'u')).toBe(3);
  });

  it('is capped at the replication factor, so a topic with fewer replicas stays writable', () => {
    const state = clusterState({ cluster: { brokers: 3, config: { 'min.insync.replicas': 3 } }, topics: [{ name: 't', partitions: 1, replicationFactor: 2 }] });
    expect(effectiveMinIsr(state, 't')).toBe(2);
  });

  it('an unknown topic is an error that names it', () => {
    expect(() => topicSpec(clusterState(), 'nope')).toThrow('unknown topic nope');
  });
});

describe('session timeout', () => {
  it('is broker.session.timeout.ms in KRaft and zookeeper.session.timeout.ms in ZooKeeper mode', () => {
    const config = { 'broker.session.timeout.ms': 9000, 'zookeeper.session.timeout.ms': 18000 };
    expect(sessionTimeoutMs(scenarioOf({ cluster: { brokers: 3, config } }))).toBe(9000);
    expect(sessionTimeoutMs(scenarioOf({ cluster: { brokers: 3, metadata: 'zookeeper', config } }))).toBe(18000);
  });
});

describe('row text helpers', () => {
  it('lists ids as Kafka logs them and shortens long values', () => {
    expect(fmtList([1, 2, 3])).toBe('[1,2,3]');
    expect(quote('short')).toBe("'short'");
    expect(quote('x'.repeat(30))).toBe(`'${'x'.repeat(23)}…'`);
  });
});

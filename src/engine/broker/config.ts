// Effective configuration lookups shared by the broker rules.
import { findByKey } from '../core/findByKey';
import type { SimState } from '../core/state';

const topicName = (t: SimState['scenario']['topics'][number]) => t.name;

export function topicSpec(state: SimState, topic: string) {
  const spec = findByKey(state.scenario.topics, topic, topicName);
  if (!spec) throw new Error(`unknown topic ${topic}`);
  return spec;
}

/** Partition.effectiveMinIsr: min.insync.replicas, capped at the replication factor. */
export function effectiveMinIsr(state: SimState, topic: string): number {
  const spec = topicSpec(state, topic);
  return Math.min(spec.config.minInsyncReplicas, spec.replicationFactor);
}

export function brokerConfig(state: SimState) {
  return state.scenario.cluster.config;
}

/**
 * How long a silent broker stays alive to the controller: broker.session.timeout.ms in KRaft, its
 * ZooKeeper session (zookeeper.session.timeout.ms) in ZooKeeper mode.
 */
export function sessionTimeoutMs(scenario: SimState['scenario']): number {
  const c = scenario.cluster.config;
  return scenario.cluster.metadata === 'zookeeper' ? c.zookeeperSessionTimeoutMs : c.brokerSessionTimeoutMs;
}

export function fmtList(ids: readonly number[]): string {
  return `[${ids.join(',')}]`;
}

export function quote(value: string): string {
  return value.length > 24 ? `'${value.slice(0, 23)}…'` : `'${value}'`;
}

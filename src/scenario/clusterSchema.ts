// `cluster`: broker count, metadata mode, broker configs (Kafka names) and the network.
import * as z from 'zod';
import { int, javaInt, strictObject } from './schemaKit';
import type { BrokerConfig } from './types';

export const MAX_BROKERS = 32;

/** Broker configs by their Kafka names, with Kafka 4.x defaults unless noted. */
export const brokerConfigShape = {
  'replica.lag.time.max.ms': int(1).default(30000),
  'unclean.leader.election.enable': z.boolean().default(false),
  'min.insync.replicas': javaInt(1).default(1),
  'broker.session.timeout.ms': javaInt(1).default(9000),
  'broker.heartbeat.interval.ms': javaInt(1).default(2000),
  // metadata "zookeeper" only: a broker is dead when its ZooKeeper session expires (18 s since
  // Kafka 2.5, KIP-537).
  'zookeeper.session.timeout.ms': javaInt(1).default(18000),
  // Kafka's default is true; scenarios default to false so that a lesson's leaders only move
  // when the lesson moves them (spec §1).
  'auto.leader.rebalance.enable': z.boolean().default(false),
  'leader.imbalance.check.interval.seconds': int(1).default(300),
  'leader.imbalance.per.broker.percentage': int(0, 100).default(10),
  'replica.fetch.wait.max.ms': javaInt(0).default(500),
  'log.retention.check.interval.ms': int(1).default(300000),
  'group.initial.rebalance.delay.ms': javaInt(0).default(3000),
  // KafkaScope's own switch: true plays Kafka ≥ 3.7 (KAFKA-15583), false the older rule.
  'kafkascope.strict.min.isr': z.boolean().default(true),
};

export const brokerConfigSchema = strictObject(brokerConfigShape, 'setting')
  .transform((c, ctx): BrokerConfig => {
    // KafkaConfig refuses to start otherwise ("to prevent frequent changes in ISR").
    if (c['replica.fetch.wait.max.ms'] > c['replica.lag.time.max.ms']) {
      ctx.issues.push({
        code: 'custom',
        path: ['replica.fetch.wait.max.ms'],
        message: `must be at most replica.lag.time.max.ms (${c['replica.lag.time.max.ms']})`,
        input: c['replica.fetch.wait.max.ms'],
      });
    }
    return {
      replicaLagTimeMaxMs: c['replica.lag.time.max.ms'],
      uncleanLeaderElectionEnable: c['unclean.leader.election.enable'],
      minInsyncReplicas: c['min.insync.replicas'],
      brokerSessionTimeoutMs: c['broker.session.timeout.ms'],
      brokerHeartbeatIntervalMs: c['broker.heartbeat.interval.ms'],
      zookeeperSessionTimeoutMs: c['zookeeper.session.timeout.ms'],
      autoLeaderRebalanceEnable: c['auto.leader.rebalance.enable'],
      leaderImbalanceCheckIntervalMs: c['leader.imbalance.check.interval.seconds'] * 1000,
      leaderImbalancePerBrokerPercentage: c['leader.imbalance.per.broker.percentage'],
      replicaFetchWaitMaxMs: c['replica.fetch.wait.max.ms'],
      logRetentionCheckIntervalMs: c['log.retention.check.interval.ms'],
      groupInitialRebalanceDelayMs: c['group.initial.rebalance.delay.ms'],
      strictMinIsr: c['kafkascope.strict.min.isr'],
    };
  })
  .prefault({});

export const networkSchema = strictObject(
  {
    // The engine counts whole milliseconds.
    latencyMs: int(0, 60000).default(5),
    jitterMs: int(0, 60000).default(0),
  },
  'field',
).prefault({});

export const brokerCountSchema = int(1, MAX_BROKERS);

export const clusterSchema = strictObject(
  {
    brokers: brokerCountSchema,
    metadata: z.enum(['kraft', 'zookeeper']).default('kraft'),
    config: brokerConfigSchema,
    network: networkSchema,
  },
  'field',
);

// Assembles the normalized Scenario once every section parsed and every cross-field check passed:
// the defaults that depend on other sections are filled in here.
import type * as z from 'zod';
import { defaultAssignment } from './assignment';
import type { clusterSchema } from './clusterSchema';
import type { consumerSchema } from './consumerSchema';
import type { producerSchema } from './producerSchema';
import type { headerSchema } from './schema';
import type { ParsedTopic } from './topicSchema';
import type { BrokerConfig, Scenario, ScriptAction, TopicSpec } from './types';

export interface ParsedParts {
  header: z.output<typeof headerSchema>;
  cluster: z.output<typeof clusterSchema>;
  topics: ParsedTopic[];
  producers: z.output<typeof producerSchema>[];
  consumers: z.output<typeof consumerSchema>[];
  /** Actions in file order; `index` is their position in the file's script. */
  script: ScriptAction[];
}

function toTopicSpec(t: ParsedTopic, brokers: number, broker: BrokerConfig): TopicSpec {
  const c = t.config;
  return {
    name: t.name,
    partitions: t.partitions,
    replicationFactor: t.replicationFactor,
    assignment: t.assignment ?? defaultAssignment(t.partitions, t.replicationFactor, brokers),
    config: {
      // A topic without its own min.insync.replicas uses the broker's, as in Kafka.
      minInsyncReplicas: c['min.insync.replicas'] ?? broker.minInsyncReplicas,
      retentionMs: c['retention.ms'],
      retentionBytes: c['retention.bytes'],
      segmentBytes: c['segment.bytes'],
      cleanupPolicy: c['cleanup.policy'],
    },
  };
}

/** Script order (spec §2): by atMs, then file order. Array.prototype.sort is stable. */
export function sortScript(script: readonly ScriptAction[]): ScriptAction[] {
  return [...script].sort((a, b) => a.atMs - b.atMs);
}

export function buildScenario(parts: ParsedParts): Scenario {
  const { header, cluster } = parts;
  return {
    version: 1,
    title: header.title,
    description: header.description,
    seed: header.seed,
    durationMs: header.durationMs,
    cluster: {
      brokers: cluster.brokers,
      metadata: cluster.metadata,
      config: cluster.config,
      network: { latencyMs: cluster.network.latencyMs, jitterMs: cluster.network.jitterMs },
    },
    topics: parts.topics.map((t) => toTopicSpec(t, cluster.brokers, cluster.config)),
    producers: parts.producers.map((p) => ({ id: p.id, config: p.config })),
    consumers: parts.consumers.map((c) => ({
      id: c.id,
      groupId: c.groupId,
      topics: c.topics,
      autoStart: c.autoStart,
      pollIntervalMs: c.pollIntervalMs,
      processingMs: c.processingMs,
      commitMode: c.commitMode,
      config: c.config,
    })),
    script: sortScript(parts.script),
  };
}

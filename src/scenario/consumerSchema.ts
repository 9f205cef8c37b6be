// `consumers[i]`: a consumer, its application loop and its client configs (Kafka names).
import * as z from 'zod';
import { int, javaInt, name, strictObject } from './schemaKit';
import type { AssignorName, ConsumerConfig } from './types';

// Real client configs name assignor classes; accept those too so a copied config still works.
const ASSIGNOR_CLASSES: Record<string, AssignorName> = {
  'org.apache.kafka.clients.consumer.RangeAssignor': 'range',
  'org.apache.kafka.clients.consumer.RoundRobinAssignor': 'roundrobin',
  'org.apache.kafka.clients.consumer.StickyAssignor': 'sticky',
  'org.apache.kafka.clients.consumer.CooperativeStickyAssignor': 'cooperative-sticky',
};
const ASSIGNORS = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

const assignorSchema = z
  .string()
  .transform((s, ctx): AssignorName => {
    const short = Object.hasOwn(ASSIGNOR_CLASSES, s) ? ASSIGNOR_CLASSES[s] : s;
    if ((ASSIGNORS as readonly string[]).includes(short)) return short as AssignorName;
    ctx.issues.push({
      code: 'custom',
      message: `must be one of ${ASSIGNORS.map((a) => `"${a}"`).join(', ')} (got ${JSON.stringify(s.slice(0, 60))})`,
      input: s,
    });
    return z.NEVER;
  })
  .default('range');

export const consumerConfigShape = {
  'auto.commit.interval.ms': javaInt(0).default(5000),
  'auto.offset.reset': z.enum(['earliest', 'latest', 'none']).default('latest'),
  'partition.assignment.strategy': assignorSchema,
  'session.timeout.ms': javaInt(1).default(45000),
  'heartbeat.interval.ms': javaInt(1).default(3000),
  'max.poll.records': javaInt(1).default(500),
  'max.poll.interval.ms': javaInt(1).default(300000),
  'fetch.max.wait.ms': javaInt(0).default(500),
};

// Settings a teacher may reach for that the scenario expresses elsewhere.
const CONSUMER_HINTS = {
  'enable.auto.commit': 'use the consumer\'s "commitMode" ("auto" means enable.auto.commit=true)',
  'group.id': 'use the consumer\'s "groupId" field',
};

export const consumerConfigSchema = strictObject(consumerConfigShape, 'setting', CONSUMER_HINTS)
  .transform((c, ctx): ConsumerConfig => {
    // Kafka's Heartbeat refuses this: "Heartbeat must be set lower than the session timeout".
    if (c['heartbeat.interval.ms'] >= c['session.timeout.ms']) {
      ctx.issues.push({
        code: 'custom',
        path: ['heartbeat.interval.ms'],
        message: `must be less than session.timeout.ms (${c['session.timeout.ms']})`,
        input: c['heartbeat.interval.ms'],
      });
    }
    return {
      autoCommitIntervalMs: c['auto.commit.interval.ms'],
      autoOffsetReset: c['auto.offset.reset'],
      partitionAssignmentStrategy: c['partition.assignment.strategy'],
      sessionTimeoutMs: c['session.timeout.ms'],
      heartbeatIntervalMs: c['heartbeat.interval.ms'],
      maxPollRecords: c['max.poll.records'],
      maxPollIntervalMs: c['max.poll.interval.ms'],
      fetchMaxWaitMs: c['fetch.max.wait.ms'],
    };
  })
  .prefault({});

export const COMMIT_MODES = ['auto', 'after-processing', 'before-processing', 'script'] as const;

export const consumerSchema = strictObject(
  {
    id: name,
    groupId: name,
    // Names are checked against the declared topics in crossChecks.ts.
    topics: z.array(z.string()).min(1).max(256),
    autoStart: z.boolean().default(true),
    // A poll loop period of 0 would spin without simulated time passing.
    pollIntervalMs: int(1).default(100),
    processingMs: int(0).default(0),
    commitMode: z.enum(COMMIT_MODES).default('auto'),
    config: consumerConfigSchema,
  },
  'field',
);

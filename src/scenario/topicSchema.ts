// `topics[i]`: one topic as written in the file. Checks that need other sections (brokers,
// other topics) are in crossChecks.ts.
import * as z from 'zod';
import { int, strictObject } from './schemaKit';

export const MAX_PARTITIONS = 256;

// Kafka's Topic.validate: legal characters, length ≤ 249, and not "." or "..".
export const topicNameSchema = z
  .string()
  .min(1)
  .max(249)
  .regex(/^[a-zA-Z0-9._-]+$/, {
    error: (iss) =>
      `may only use letters, digits, ".", "_" and "-" (got ${JSON.stringify(iss.input)})`,
  })
  .refine((s) => s !== '.' && s !== '..', { error: '"." and ".." are not allowed as topic names' });

// cleanup.policy is a list in Kafka; the order of its two values means nothing.
const cleanupPolicySchema = z
  .enum(['delete', 'compact', 'delete,compact', 'compact,delete'])
  .transform((p) => (p === 'compact,delete' ? 'delete,compact' : p));

/** Topic-level overrides by their Kafka names. min.insync.replicas inherits the broker's. */
export const topicConfigShape = {
  'min.insync.replicas': int(1).optional(),
  'retention.ms': int(-1).default(604800000),
  'retention.bytes': int(-1).default(-1),
  // Kafka 4 refuses segments under 1 MiB, but a lesson needs tiny segments to show retention
  // with a handful of records, so any positive size is accepted.
  'segment.bytes': int(1).default(1073741824),
  'cleanup.policy': cleanupPolicySchema.default('delete'),
};

export const topicConfigSchema = strictObject(topicConfigShape, 'setting').prefault({});

export const topicSchema = strictObject(
  {
    name: topicNameSchema,
    partitions: int(1, MAX_PARTITIONS),
    // The upper bound is the broker count, checked in crossChecks.ts with its own message.
    replicationFactor: int(1),
    // Broker ids and list lengths are checked against the cluster in crossChecks.ts.
    assignment: z.array(z.array(z.int())).optional(),
    config: topicConfigSchema,
  },
  'field',
);

export type ParsedTopic = z.output<typeof topicSchema>;

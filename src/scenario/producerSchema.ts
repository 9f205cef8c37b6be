// `producers[i]`: a producer and its client configs (Kafka names, Kafka 4.x defaults).
import * as z from 'zod';
import { describeValue } from './plainMessage';
import { JAVA_INT_MAX, javaInt, name, strictObject } from './schemaKit';
import type { Acks, ProducerConfig } from './types';

/** Kafka's acks forms: "all" and "-1" are one setting; Kafka also ignores case. */
export function normalizeAcks(value: unknown): Acks | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const lower = text.trim().toLowerCase();
  if (lower === 'all' || lower === '-1') return 'all';
  if (lower === '0' || lower === '1') return lower;
  return undefined;
}

const acksSchema = z
  .unknown()
  .transform((value, ctx): Acks => {
    const acks = normalizeAcks(value);
    if (acks) return acks;
    ctx.issues.push({
      code: 'custom',
      message: `must be "0", "1" or "all" ("-1", 0, 1 and -1 also work) (got ${describeValue(value)})`,
      input: value,
    });
    return z.NEVER;
  })
  .default('all');

export const producerConfigShape = {
  acks: acksSchema,
  // Absent and false differ: only an explicit true may clash with acks (see below).
  'enable.idempotence': z.boolean().optional(),
  'linger.ms': javaInt(0).default(5), // 5 since Kafka 4.0 (KIP-1030)
  'batch.size': javaInt(0).default(16384),
  retries: javaInt(0).default(JAVA_INT_MAX),
  'request.timeout.ms': javaInt(1).default(30000),
  'delivery.timeout.ms': javaInt(1).optional(),
  'retry.backoff.ms': javaInt(0).default(100),
  'max.in.flight.requests.per.connection': javaInt(1).default(5),
  'metadata.max.age.ms': javaInt(0).default(300000),
};

type RawProducerConfig = z.output<z.ZodObject<typeof producerConfigShape>>;

const DEFAULT_DELIVERY_TIMEOUT_MS = 120000;

/**
 * Kafka's ProducerConfig rules, applied the way Kafka applies them:
 * - idempotence needs acks=all, retries > 0 and at most 5 requests in flight; when the file did
 *   not ask for it explicitly, a conflicting setting silently turns it off (ENABLE_IDEMPOTENCE_DOC),
 *   but an explicit `true` that conflicts is a configuration error;
 * - delivery.timeout.ms must cover linger.ms + request.timeout.ms; when it was not set, Kafka
 *   raises it to that sum instead of refusing (KafkaProducer.configureDeliveryTimeout).
 */
function resolveProducerConfig(c: RawProducerConfig, ctx: z.RefinementCtx): ProducerConfig {
  const problem = (key: string, message: string) =>
    ctx.issues.push({ code: 'custom', path: [key], message, input: c[key as keyof RawProducerConfig] });
  const acks = c.acks;
  const retries = c.retries;
  const inFlight = c['max.in.flight.requests.per.connection'];
  const explicit = c['enable.idempotence'];
  if (explicit === true) {
    if (acks !== 'all') problem('enable.idempotence', 'true requires acks=all');
    if (retries === 0) problem('enable.idempotence', 'true requires retries greater than 0');
    if (inFlight > 5) {
      problem('enable.idempotence', 'true requires max.in.flight.requests.per.connection of at most 5');
    }
  }
  const enableIdempotence = explicit ?? (acks === 'all' && retries > 0 && inFlight <= 5);

  const lingerAndRequest = c['linger.ms'] + c['request.timeout.ms'];
  const delivery = c['delivery.timeout.ms'];
  if (delivery !== undefined && delivery < lingerAndRequest) {
    problem(
      'delivery.timeout.ms',
      `must be at least linger.ms + request.timeout.ms (${lingerAndRequest}) (got ${delivery})`,
    );
  }
  return {
    acks,
    enableIdempotence,
    lingerMs: c['linger.ms'],
    batchSize: c['batch.size'],
    retries,
    requestTimeoutMs: c['request.timeout.ms'],
    deliveryTimeoutMs: delivery ?? Math.max(DEFAULT_DELIVERY_TIMEOUT_MS, lingerAndRequest),
    retryBackoffMs: c['retry.backoff.ms'],
    maxInFlightRequestsPerConnection: inFlight,
    metadataMaxAgeMs: c['metadata.max.age.ms'],
  };
}

export const producerConfigSchema = strictObject(producerConfigShape, 'setting', {
  'transactional.id': 'transactions are not simulated',
})
  .transform(resolveProducerConfig)
  .prefault({});

export const producerSchema = strictObject({ id: name, config: producerConfigSchema }, 'field');

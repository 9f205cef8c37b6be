// `script[i]`: one action per `do` (spec §2). References to producers, topics, brokers and nodes
// are checked against the rest of the file in scriptChecks.ts, where their lists are known.
import * as z from 'zod';
import { describeValue } from './plainMessage';
import { MAX_PARTITIONS } from './topicSchema';
import { int, name, strictObject } from './schemaKit';
import type { ActionKind } from './types';

/** A bound on one produce action, so a typo in `count` cannot exhaust memory. */
export const MAX_SENDS_PER_ACTION = 100000;

const producer = name;
const consumer = name;
const topic = z.string();
const broker = z.int();
const node = z.string().min(1);

const ACTION_FIELDS = {
  produce: {
    producer,
    topic,
    value: z.string(),
    key: z.string({ error: (iss) => `must be a string or null (got ${describeValue(iss.input)})` }).nullable().default(null),
    partition: int(0).optional(),
    count: int(1, MAX_SENDS_PER_ACTION).default(1),
    everyMs: int(0).default(0),
  },
  flush: { producer },
  crashBroker: { broker },
  restartBroker: { broker },
  isolate: { node },
  cutLink: {
    between: z.tuple([node, node], { error: 'must list exactly two nodes, like ["broker-1", "controller"]' }),
  },
  heal: { node: node.optional() },
  startConsumer: { consumer },
  stopConsumer: { consumer },
  crashConsumer: { consumer },
  commit: { consumer },
  addPartitions: { topic, count: int(1, MAX_PARTITIONS) },
  electPreferredLeaders: { topic: topic.optional() },
} satisfies Record<ActionKind, z.core.$ZodLooseShape>;

export const ACTION_KINDS = Object.keys(ACTION_FIELDS) as ActionKind[];

function actionSchema<K extends ActionKind>(kind: K) {
  return strictObject({ atMs: int(0), do: z.literal(kind), ...ACTION_FIELDS[kind] }, 'field');
}

/** One schema per action kind, keyed by `do`. */
export const actionSchemas = Object.fromEntries(ACTION_KINDS.map((k) => [k, actionSchema(k)])) as {
  [K in ActionKind]: ReturnType<typeof actionSchema<K>>;
};

export function isActionKind(value: unknown): value is ActionKind {
  return typeof value === 'string' && Object.hasOwn(ACTION_FIELDS, value);
}

/** Used when `do` is missing or unknown, so that a bad `atMs` is still reported. */
export const actionTimeSchema = z.looseObject({ atMs: int(0) });

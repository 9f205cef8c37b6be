// The scenario file's schemas (spec/scenario-format.md §1–2). Each section has its own module;
// parse.ts parses them one by one so that a mistake in one section does not hide the others.
import * as z from 'zod';
import type { clusterSchema } from './clusterSchema';
import type { consumerSchema } from './consumerSchema';
import type { producerSchema } from './producerSchema';
import { javaInt, unknownKeyMessage } from './schemaKit';
import type { actionSchemas } from './scriptSchema';
import type { topicSchema } from './topicSchema';
import type { ActionKind } from './types';

export { brokerConfigSchema, brokerCountSchema, clusterSchema, networkSchema } from './clusterSchema';
export { consumerConfigSchema, consumerSchema } from './consumerSchema';
export { normalizeAcks, producerConfigSchema, producerSchema } from './producerSchema';
export { actionSchemas, ACTION_KINDS, MAX_SENDS_PER_ACTION } from './scriptSchema';
export { topicConfigSchema, topicNameSchema, topicSchema } from './topicSchema';

// Bounds keep a pasted or generated file from freezing the page; lessons stay far below them.
export const MAX_TOPICS = 100;
export const MAX_PRODUCERS = 100;
export const MAX_CONSUMERS = 100;
export const MAX_ACTIONS = 10000;

/** The top-level scalars. The sections are parsed separately (see parse.ts). */
export const headerSchema = z.looseObject({
  version: z.literal(1),
  title: z
    .string()
    .max(200)
    .refine((t) => t.trim() !== '', { error: 'must not be empty' }),
  description: z.string().default(''),
  // Any whole number: the engine derives its PRNG state from it.
  seed: z.int().default(1),
  durationMs: javaInt(1).default(60000),
});

export const SECTION_KEYS = ['cluster', 'topics', 'producers', 'consumers', 'script'] as const;
const KNOWN_TOP_LEVEL = [...Object.keys(headerSchema.shape), ...SECTION_KEYS];

// Lessons carry their narration and questions in the same file; "x-" keys are free for tools.
const FREE_TOP_LEVEL = new Set(['narration', 'lesson', 'questions']);

/** The message for a top-level key, or undefined when the key is allowed. */
export function topLevelKeyProblem(key: string): string | undefined {
  if (KNOWN_TOP_LEVEL.includes(key) || FREE_TOP_LEVEL.has(key) || key.startsWith('x-')) {
    return undefined;
  }
  const message = unknownKeyMessage(key, KNOWN_TOP_LEVEL, 'field', {});
  return message.includes('did you mean')
    ? message
    : `${message} (extra top-level fields must start with "x-")`;
}

/** A scenario file as written (what toScenarioFile produces and parseScenario accepts). */
export interface ScenarioFile {
  version: 1;
  title: string;
  description?: string;
  seed?: number;
  durationMs?: number;
  cluster: z.input<typeof clusterSchema>;
  topics?: z.input<typeof topicSchema>[];
  producers?: z.input<typeof producerSchema>[];
  consumers?: z.input<typeof consumerSchema>[];
  script?: z.input<(typeof actionSchemas)[ActionKind]>[];
  narration?: unknown;
  lesson?: unknown;
  questions?: unknown;
  [extra: `x-${string}`]: unknown;
}

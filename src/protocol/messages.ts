// The typed, versioned messages between the UI thread (EngineClient) and the engine worker.
// Types plus two tiny guards: the worker and the client both refuse a message of another version,
// so a stale worker bundle after a deploy fails loudly instead of misreading fields.
import type { Intervention } from '../engine/api.types';
import type { ClusterView, SimEvent, StepRow } from '../engine/view.types';
import type { Scenario } from '../scenario/types';

export const PROTOCOL_VERSION = 1 as const;

type Versioned<T> = T & { v: typeof PROTOCOL_VERSION; id: number };

/**
 * Every request names how many rows the client already holds (`haveRows`), so the worker stays
 * stateless about the client and answers with only the rows the client is missing.
 */
export type ToEngine = Versioned<
  | { type: 'load'; scenario: Scenario; seed?: number; step?: number }
  /** skipRoutine: land on the next step that is not routine (heartbeats, idle fetches, empty polls). */
  | { type: 'stepForward'; count: number; haveRows: number; skipRoutine?: boolean }
  | { type: 'stepBack'; haveRows: number; skipRoutine?: boolean }
  | { type: 'seek'; step: number; haveRows: number }
  | { type: 'intervene'; action: Intervention; haveRows: number }
  /** Views at earlier steps, for the status tracker; the current step is left unchanged. */
  | { type: 'viewsAt'; steps: number[] }
>;

export interface StateMessage {
  type: 'state';
  view: ClusterView;
  currentStep: number;
  stepCount: number;
  finished: boolean;
  /** `rows` replace whatever the client held from step `rowsFrom` on. */
  rowsFrom: number;
  rows: StepRow[];
  /** Events of the steps this answer moved through (empty when moving backwards). */
  events: SimEvent[];
  /** Set when an intervention forked the timeline: the step it was applied at. */
  forkedAt?: number;
}

export type FromEngine = Versioned<
  | { type: 'loaded'; title: string; seed: number; durationMs: number }
  | StateMessage
  | { type: 'views'; views: { step: number; view: ClusterView }[] }
  | { type: 'error'; message: string }
> & { replyTo: number };

export type ToEngineBody = ToEngine extends infer T
  ? T extends unknown
    ? Omit<T, 'v' | 'id'>
    : never
  : never;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

const toEngineTypes = new Set(['load', 'stepForward', 'stepBack', 'seek', 'intervene', 'viewsAt']);
const fromEngineTypes = new Set(['loaded', 'state', 'views', 'error']);

/** Why a message was refused, or null when it is one of ours. */
export function checkToEngine(x: unknown): string | null {
  if (!isObject(x)) return 'not a message';
  if (x.v !== PROTOCOL_VERSION) return `protocol version ${String(x.v)} is not ${PROTOCOL_VERSION}`;
  if (typeof x.type !== 'string' || !toEngineTypes.has(x.type)) return `unknown request ${String(x.type)}`;
  return null;
}

export function checkFromEngine(x: unknown): string | null {
  if (!isObject(x)) return 'not a message';
  if (x.v !== PROTOCOL_VERSION) return `protocol version ${String(x.v)} is not ${PROTOCOL_VERSION}`;
  if (typeof x.type !== 'string' || !fromEngineTypes.has(x.type)) return `unknown answer ${String(x.type)}`;
  return null;
}

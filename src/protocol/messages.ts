// The typed, versioned messages between the UI thread (EngineClient) and the engine worker.
// Types plus two tiny guards: the worker and the client both refuse a message of another version,
// so a stale worker bundle after a deploy fails loudly instead of misreading fields.
import type { Intervention } from '../engine/api.types';
import type { ClusterView, SendCounts, SimEvent } from '../engine/view.types';
import type { ViewWindow } from '../engine/viewWindow';
import type { Scenario } from '../scenario/types';
import type { RowChunk } from '../engine/rowChunk';
import type { RowFilterSpec } from './rowFilter';

/**
 * 2: rows travel packed (RowChunk), views are bounded (BoundedView), requests may carry a focus.
 * 3: rows travel in aligned blocks (rowBlocks.ts) around the current step, or when asked for; the
 * table's filter can be run by the worker over rows the page does not hold; an intervention is one
 * request, answered with the forked run one step on (the intervention played).
 */
export const PROTOCOL_VERSION = 3 as const;

/** A bound on the new steps one request plays, so a "fast" play stays responsive to pause and seek. */
export const MAX_STEPS_PER_REQUEST = 5000;

type Versioned<T> = T & { v: typeof PROTOCOL_VERSION; id: number };

/**
 * What the page is looking at closely (the inspector's send or record). A view keeps only the
 * newest sends, received records and log records, so that its size does not grow with the run;
 * the focused ones are kept whatever their age. Sent with each request: the worker stays stateless.
 */
export type ViewFocus = NonNullable<ViewWindow['focus']>;

export type { SendCounts };

/**
 * A ClusterView whose long lists are cut to their newest entries (plus the focus); the counts say
 * how long they really are. Structurally a ClusterView, so the UI reads it as one.
 */
export type BoundedView = Omit<ClusterView, 'producers' | 'consumers'> & {
  producers: (ClusterView['producers'][number] & { sendCounts: SendCounts })[];
  consumers: (ClusterView['consumers'][number] & { receivedCount: number })[];
};

/**
 * A request that moves the run names the whole row blocks the page holds (`held`), so the worker
 * stays stateless about the page and sends only the blocks around the new step it lacks.
 */
export type ToEngine = Versioned<
  | { type: 'load'; scenario: Scenario; seed?: number; step?: number }
  /**
   * skipRoutine: land on the next step that is not routine (heartbeats, idle fetches, empty polls).
   * budgetMs: stop early once this much wall-clock time went by (at least one step is played), so
   * "Fast" answers at a steady pace. Only how many steps one answer covers depends on it; the
   * state at any step does not.
   */
  | {
      type: 'stepForward';
      count: number;
      held?: number[];
      skipRoutine?: boolean;
      budgetMs?: number;
      focus?: ViewFocus;
    }
  | {
      type: 'stepBack';
      held?: number[];
      skipRoutine?: boolean;
      focus?: ViewFocus;
    }
  | { type: 'seek'; step: number; held?: number[]; focus?: ViewFocus }
  /**
   * Applies the intervention at the current step and plays it (the next step). The worker alone
   * decides what the fork discards; its answer says where it forked (`forkedAt`) and carries the
   * new rows and view.
   */
  | {
      type: 'intervene';
      action: Intervention;
      held?: number[];
      focus?: ViewFocus;
    }
  /** Views at earlier steps, for the status tracker; the current step is left unchanged. */
  | { type: 'viewsAt'; steps: number[]; focus?: ViewFocus }
  /** Row blocks the page lacks (the table scrolled away from the current step). */
  | { type: 'rows'; blocks: number[] }
  /** The 0-based indexes of rows `from`..`to` (steps) that pass the filter. */
  | { type: 'filterRows'; filter: RowFilterSpec; from: number; to: number }
>;

export interface StateMessage {
  type: 'state';
  view: BoundedView;
  currentStep: number;
  stepCount: number;
  finished: boolean;
  /** Whole row blocks around the current step that the request did not name as held. */
  rows: RowChunk[];
  /** Distinct components of the rows played so far, in first-seen order (the table's filter). */
  components: string[];
  /** Events of the steps this answer moved through (empty when moving backwards). */
  events: SimEvent[];
  /** Set when an intervention forked the timeline: the step it was applied at; rows after it are gone. */
  forkedAt?: number;
}

export type FromEngine = Versioned<
  | { type: 'loaded'; title: string; seed: number; durationMs: number }
  | StateMessage
  | { type: 'views'; views: { step: number; view: BoundedView }[] }
  | { type: 'rowBlocks'; stepCount: number; blocks: RowChunk[] }
  | { type: 'filtered'; key: string; from: number; to: number; indexes: number[] }
  | { type: 'error'; message: string }
> & { replyTo: number };

export type ToEngineBody = ToEngine extends infer T ? (T extends unknown ? Omit<T, 'v' | 'id'> : never) : never;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

const toEngineTypes = new Set(['load', 'stepForward', 'stepBack', 'seek', 'intervene', 'viewsAt', 'rows', 'filterRows']);
const fromEngineTypes = new Set(['loaded', 'state', 'views', 'rowBlocks', 'filtered', 'error']);

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

// Row events: what a step did that only its execution-table row tells (a request sent, a message
// ignored, a heartbeat, an intervention). The engine stores them with the events of simEvents.ts and
// renders rows from both (src/engine/rows); lessons, stories and the step details read only those
// (Timeline.events leaves row events out), so a step whose only events are row events is no news.
import type { HasFields, SimEvent, SimEventBase, SimEventInput, SimEventOf, SimEventType } from './simEvents';

type Acks = '0' | '1' | 'all';

/** Every row event type, with the base fields it always carries (as SIM_EVENT_FIELDS does). */
export const ROW_EVENT_FIELDS = {
  // The step loop
  /** The step is a teacher's intervention (its row's action says so); detail is the command. */
  InterventionApplied: ['detail'],
  /** Transition only: a rule not yet converted to events wrote its row as text. */
  RowWritten: [],
  // Script and interventions
  /** One partition PartitionsAdded created (a clause of its row). */
  PartitionCreated: ['topic', 'partition'],
  AcksChanged: ['producer'],
} as const satisfies Record<string, readonly (keyof SimEventBase)[]>;

export type RowEventType = keyof typeof ROW_EVENT_FIELDS;

/** The typed fields each row event type carries beyond SimEventBase. */
export interface RowEventExtras {
  RowWritten: { component: string; action: string; messageState: string; output: string; routine?: boolean };
  PartitionCreated: { replicas: number[]; leader: number | null };
  AcksChanged: { before: Acks; acks: Acks };
}

type Extras<T extends RowEventType> = T extends keyof RowEventExtras ? RowEventExtras[T] : unknown;

export type RowEventOf<T extends RowEventType> = SimEventBase & { type: T } & HasFields<(typeof ROW_EVENT_FIELDS)[T][number]> & Extras<T>;

export type RowEvent = { [T in RowEventType]: RowEventOf<T> }[RowEventType];

type RowEventInput = { [T in RowEventType]: Omit<RowEventOf<T>, 'step' | 'timeMs'> }[RowEventType];

/** Any event the engine emits and stores: one lessons read, or one only the row reads. */
export type EngineEventType = SimEventType | RowEventType;
export type EngineEvent = SimEvent | RowEvent;
export type EngineEventOf<T extends EngineEventType> = T extends SimEventType ? SimEventOf<T> : T extends RowEventType ? RowEventOf<T> : never;

/** What a rule emits: the event without the step and time, which the step loop adds. */
export type EngineEventInput = SimEventInput | RowEventInput;

export function isRowEvent(e: EngineEvent): e is RowEvent {
  return Object.hasOwn(ROW_EVENT_FIELDS, e.type);
}

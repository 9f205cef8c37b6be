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
  // The producer (KafkaProducer, its RecordAccumulator and Sender)
  /** send() put a record in its partition's batch (RecordSent, before, is the news). */
  RecordBatched: ['producer', 'topic', 'partition'],
  LingerExpired: ['producer', 'topic', 'partition'],
  ProducerFlushed: ['producer'],
  /** Clause: a batch sent (its row says so; the request is on the wire). */
  ProduceRequestSent: ['producer', 'topic', 'partition', 'broker'],
  /** Clause: a batch backing off was sent at once because its partition has a new leader (KIP-951). */
  RetryBackoffSkipped: ['producer', 'topic', 'partition'],
  /** Clause: a retriable error; the batch retries after a backoff. */
  ProduceRetryScheduled: ['producer', 'topic', 'partition'],
  LateProduceResponseIgnored: ['producer'],
  /** KIP-360: the leader lost this producer's sequences; it starts a new epoch. */
  ProducerEpochBumped: ['producer', 'topic', 'partition'],
  ProduceErrorReceived: ['producer', 'topic', 'partition'],
  /** The ack for a whole batch (ProduceAcked, before, is the news for each record). */
  BatchAcked: ['producer', 'topic', 'partition', 'offset'],
  RetryBackoffExpired: ['producer', 'topic', 'partition'],
  DeliveryTimedOut: ['producer', 'topic', 'partition'],
  RequestTimedOut: ['producer', 'topic', 'partition'],
  ProducerConnectionClosed: ['producer'],
  ConnectAttemptEnded: ['producer', 'broker'],
} as const satisfies Record<string, readonly (keyof SimEventBase)[]>;

export type RowEventType = keyof typeof ROW_EVENT_FIELDS;

/** The typed fields each row event type carries beyond SimEventBase. */
export interface RowEventExtras {
  RowWritten: { component: string; action: string; messageState: string; output: string; routine?: boolean };
  PartitionCreated: { replicas: number[]; leader: number | null };
  AcksChanged: { before: Acks; acks: Acks };
  /** partitioner: how the partition was chosen (over `partitions` of the topic). */
  RecordBatched: { key: string | null; value: string; partitioner: 'explicit' | 'key' | 'sticky'; partitions: number; batchRecords: number; batchReady: boolean; lingerMs: number };
  LingerExpired: { lingerMs: number; records: number };
  ProducerFlushed: { closedBatches: number; pending: number };
  /** retry: 0 for the first attempt. */
  ProduceRequestSent: { records: number; acks: Acks; retry: number };
  ProduceRetryScheduled: { error: string; backoffMs: number };
  LateProduceResponseIgnored: { from: string; error: string | null; baseOffset: number };
  /** failedBatches: earlier batches that may be stored fail rather than be resent. */
  ProducerEpochBumped: { producerId: number; failedBatches: number };
  /** backingOff: the batch waits to retry (else it failed, or was sent again at once). */
  ProduceErrorReceived: { error: string; backingOff: boolean };
  /** value: the record's, when the batch held one. */
  BatchAcked: { from: string; records: number; value: string | null };
  DeliveryTimedOut: { deliveryTimeoutMs: number; inFlight: boolean };
  RequestTimedOut: { requestTimeoutMs: number };
  /** reconnectMs null: no reconnect backoff known for the sender (written "NaN", as it always was). */
  ProducerConnectionClosed: { from: string; metadataLost: boolean; reconnectMs: number | null; waiting: boolean };
  /** outcome: a reconnect backoff ended, a connect succeeded, or failed (the broker down or unreachable). */
  ConnectAttemptEnded: { outcome: 'backoffOver' | 'connected' | 'refused' | 'timedOut'; retryMs: number; waiting: boolean };
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

// Row events: what a step did that only its execution-table row tells (a request sent, a message
// ignored, a heartbeat, an intervention). The engine stores them with the events of simEvents.ts and
// renders rows from both (src/engine/rows); lessons, stories and the step details read only those
// (Timeline.events leaves row events out), so a step whose only events are row events is no news.
import { CONSUMER_ROW_EVENT_FIELDS, type ConsumerRowEventExtras } from './consumerRowEvents';
import { WIRE_ROW_EVENT_FIELDS, type WireRowEventExtras } from './wireRowEvents';
import type { ControllerSeat, HasFields, SimEvent, SimEventBase, SimEventInput, SimEventOf, SimEventType } from './simEvents';

type Acks = '0' | '1' | 'all';

/** Every row event type, with the base fields it always carries (as SIM_EVENT_FIELDS does). */
export const ROW_EVENT_FIELDS = {
  // The step loop
  /** The step is a teacher's intervention (its row's action says so); detail is the command. */
  InterventionApplied: ['detail'],
  // Script and interventions
  /** One partition PartitionsAdded created (a clause of its row). */
  PartitionCreated: ['topic', 'partition'],
  AcksChanged: ['producer'],
  // The network (core/dispatch.ts)
  /** A message dropped on a cut link. */
  MessageLost: [],
  /** A message to a node that is down; the sender sees its connection fail when it was a request. */
  MessageRefused: [],
  /** A message its receiver has no use for; `producer` is set when the receiver is one. */
  MessageIgnored: [],
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
  ...WIRE_ROW_EVENT_FIELDS,
  ...CONSUMER_ROW_EVENT_FIELDS,
  /** Clauses of a metadata answer: a partition's leader as the producer now knows it, a topic grown. */
  ProducerLeaderLearned: ['producer', 'topic', 'partition'],
  ProducerPartitionsGrew: ['producer', 'topic'],
  ProducerMetadataUpdated: ['producer'],
  /** No metadata answer within request.timeout.ms: the update stays requested, from another broker. */
  MetadataRequestTimedOut: ['producer'],
  MetadataMaxAgeExpired: ['producer'],
  MetadataBackoffExpired: ['producer'],
  // Brokers: produce, the follower's fetcher, the ISR, retention, the process
  ProduceRejected: ['broker', 'producer', 'topic', 'partition'],
  /** The leader took a batch: appended it, or recognised a retry already stored (RecordAppended is the news). */
  ProduceAccepted: ['broker', 'producer', 'topic', 'partition', 'offset'],
  /** A write parked for acks=all waited past its timeout (REQUEST_TIMED_OUT sent). */
  ProduceRequestTimedOut: ['broker', 'producer', 'offset'],
  StaleFetchResponseIgnored: ['broker'],
  /** Clause: what a fetch response changed in one followed partition. */
  FetchApplied: ['broker', 'topic', 'partition'],
  FetchResponseProcessed: ['broker'],
  FetchRetried: ['broker'],
  FetcherConnectionLost: ['broker'],
  /** Clause: the leader proposes a smaller ISR for one partition. */
  IsrShrinkProposed: ['broker', 'topic', 'partition'],
  IsrExpirationChecked: ['broker'],
  AlterPartitionResponseIgnored: ['broker', 'topic', 'partition'],
  IsrChangeRefused: ['broker', 'topic', 'partition'],
  /** The leader learns the ISR the controller committed. */
  LeaderIsrUpdated: ['broker', 'topic', 'partition'],
  AlterPartitionTimedOut: ['broker', 'topic', 'partition'],
  RetentionChecked: ['broker'],
  BrokerAlreadyDown: ['broker'],
  BrokerAlreadyUp: ['broker'],
  RegisteredWithController: ['broker'],
  BrokerHeartbeatSent: ['broker'],
  // The controller: ISR changes, elections, broker sessions
  AlterPartitionRefused: ['broker', 'topic', 'partition'],
  AlterPartitionAccepted: ['broker', 'topic', 'partition'],
  /** `topic` is set when the election was for one topic. */
  PreferredElectionSkipped: [],
  PreferredElectionRan: [],
  LeaderImbalanceCheckSkipped: [],
  LeaderImbalanceChecked: [],
  /** Clause: in ZooKeeper mode, the controller's broker died and no live broker can win /controller. */
  NoControllerLeft: [],
  /** Marks where removing a restarted broker's previous incarnation ends (the clauses before it). */
  PreviousIncarnationRemoved: ['broker'],
  StaleHeartbeatIgnored: ['broker'],
  /** ZooKeeper mode with no controller: the session lives on, nobody acts on it. */
  SessionRenewed: ['broker'],
  HeartbeatReceived: ['broker'],
  BrokerSessionExpired: ['broker'],
} as const satisfies Record<string, readonly (keyof SimEventBase)[]>;

export type RowEventType = keyof typeof ROW_EVENT_FIELDS;

/** The typed fields each row event type carries beyond SimEventBase. */
export interface RowEventExtras extends WireRowEventExtras, ConsumerRowEventExtras {
  PartitionCreated: { replicas: readonly number[]; leader: number | null };
  AcksChanged: { before: Acks; acks: Acks };
  MessageLost: { from: string; to: string; message: string };
  /** request: the message was a request, so its sender is told the connection failed. */
  MessageRefused: { from: string; to: string; message: string; request: boolean };
  MessageIgnored: { to: string; message: string };
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
  /** before, leader: null for none. */
  ProducerLeaderLearned: { before: number | null; leader: number | null };
  ProducerPartitionsGrew: { count: number };
  MetadataMaxAgeExpired: { maxAgeMs: number };
  ProduceRejected: { records: number; reason: ProduceRejection };
  /**
   * value: the record's, when the batch held one. answer: none (acks=0), at once (acks=1), committed
   * already, or parked until the ISR (`isr`) has it.
   */
  ProduceAccepted: {
    duplicate: boolean; records: number; value: string | null; lastOffset: number; leaderEpoch: number; producerId: number; baseSequence: number;
    leoBefore: number; leoAfter: number; hwBefore: number; hwAfter: number; answer: 'none' | 'atOnce' | 'committed' | 'parked'; isr: readonly number[];
  };
  /** offset: the first of the write's offsets. */
  ProduceRequestTimedOut: { tp: string; lastOffset: number };
  StaleFetchResponseIgnored: { leader: number };
  FetchApplied: { change: FetchChange };
  /** next: fetching again at once, after replica.fetch.backoff.ms (a partition failed), or not (nothing followed there). */
  FetchResponseProcessed: { leader: number; next: 'fetch' | 'backoff' | 'none' };
  /** sent: false when it follows no partition there any more. */
  FetchRetried: { leader: number; sent: boolean };
  FetcherConnectionLost: { leader: number };
  IsrShrinkProposed: { outOfSync: readonly number[]; newIsr: readonly number[]; lagMaxMs: number };
  IsrChangeRefused: { error: string; isr: readonly number[] };
  LeaderIsrUpdated: { isrBefore: readonly number[]; isr: readonly number[]; logEndOffset: number; hwBefore: number; hwAfter: number; partitionEpoch: number };
  AlterPartitionTimedOut: { proposed: readonly number[]; isr: readonly number[] };
  RegisteredWithController: { brokerEpoch: number };
  BrokerHeartbeatSent: { intervalMs: number };
  AlterPartitionRefused: { seat: ControllerSeat; newIsr: readonly number[]; error: string };
  AlterPartitionAccepted: { seat: ControllerSeat; isrBefore: readonly number[]; isr: readonly number[]; partitionEpoch: number };
  PreferredElectionSkipped: { seat: ControllerSeat; why: string };
  PreferredElectionRan: { seat: ControllerSeat; why: string };
  LeaderImbalanceCheckSkipped: { seat: ControllerSeat };
  /** imbalanced: brokers leading too few of the partitions they are preferred for (none: balanced). */
  LeaderImbalanceChecked: { seat: ControllerSeat; imbalanced: readonly number[] };
  StaleHeartbeatIgnored: { seat: ControllerSeat; brokerEpoch: number };
  SessionRenewed: { seat: ControllerSeat; fenced: boolean; timeoutMs: number };
  /** behind: it had missed metadata (metadataOffset of controllerOffset) and was sent all of it again. */
  HeartbeatReceived: { seat: ControllerSeat; timeoutMs: number; behind: boolean; metadataOffset: number; controllerOffset: number };
  /**
   * seat: the controller when the session expired; holderAfter: who holds /controller after
   * (ZooKeeper mode); seen: a controller acted on it (else the next one will).
   */
  BrokerSessionExpired: { seat: ControllerSeat; timeoutMs: number; heldController: boolean; seen: boolean; holderAfter: number | null };
}

/** Why a leader rejected a produce request, with what the row says about it. */
export type ProduceRejection =
  | { error: 'NOT_LEADER_OR_FOLLOWER' }
  | { error: 'NOT_ENOUGH_REPLICAS'; isr: readonly number[]; minIsr: number }
  | { error: 'OUT_OF_ORDER_SEQUENCE_NUMBER'; expected: number; got: number };

/** What a fetch response changed in one partition a follower follows. */
export type FetchChange =
  | { kind: 'logRestarted'; logStartOffset: number }
  | { kind: 'truncatedToLeaderEnd'; logEndOffset: number; removed: number }
  | { kind: 'error'; error: string }
  | { kind: 'diverged'; epoch: number; offset: number; leoBefore: number; leoAfter: number; removed: number }
  | { kind: 'fetched'; records: number; firstOffset: number; lastOffset: number; leoBefore: number; leoAfter: number; hwBefore: number; hwAfter: number };

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

/** The row event types as a set: isRowEvent is asked of every event of every step. */
const ROW_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(ROW_EVENT_FIELDS));

export function isRowEvent(e: EngineEvent): e is RowEvent {
  return ROW_EVENT_TYPES.has(e.type);
}

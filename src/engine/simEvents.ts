// The engine's events: Kafka's past-tense nouns, one type per thing that happened, each with the
// fields it always carries. Lessons and stories match them by type, so a misspelt name or a field
// an event never has is a type error, not a cue that silently never fires. Events are a rule's one
// output besides the new state: the execution table's row is rendered from them (src/engine/rows),
// from these and from the row events (rowEvents.ts) that only the table reads.

/** What any event may carry; SIM_EVENT_FIELDS says which of these each type always has. */
export interface SimEventBase {
  step: number;
  timeMs: number;
  topic?: string;
  partition?: number;
  broker?: number;
  producer?: string;
  consumer?: string;
  offset?: number;
  /** Free text for people (a move "0→3", an ISR "[1,2]", an error name); never parsed. */
  detail?: string;
}

/**
 * Every event type the engine emits, with the fields it always carries: the one list the types
 * below are derived from, and what an event read from outside (an imported lesson file) is checked
 * against.
 */
export const SIM_EVENT_FIELDS = {
  // The producer (KafkaProducer, its Sender)
  RecordSent: ['producer', 'topic', 'partition', 'detail'],
  ProduceAcked: ['producer', 'topic', 'partition', 'offset'],
  ProduceFailed: ['producer', 'topic', 'partition', 'detail'],
  // Brokers: the log, replication, the high watermark, retention, the process
  RecordAppended: ['topic', 'partition', 'broker', 'producer', 'offset'],
  RecordReplicated: ['topic', 'partition', 'broker', 'offset'],
  HighWatermarkAdvanced: ['topic', 'partition', 'broker', 'offset', 'detail'],
  LogTruncated: ['topic', 'partition', 'broker', 'offset', 'detail'],
  BecameLeader: ['topic', 'partition', 'broker', 'detail'],
  SegmentsDeleted: ['topic', 'partition', 'broker', 'offset'],
  BrokerCrashed: ['broker'],
  BrokerRestarted: ['broker'],
  // The controller: liveness, elections, the ISR
  BrokerRegistered: ['broker', 'detail'],
  BrokerFenced: ['broker'],
  BrokerUnfenced: ['broker'],
  ControllerElected: ['broker'],
  /** `broker` is the new leader; detail the kind of election (clean, unclean, preferred). */
  LeaderElected: ['topic', 'partition', 'detail'],
  PartitionOffline: ['topic', 'partition', 'detail'],
  IsrChanged: ['topic', 'partition', 'detail'],
  IsrShrunk: ['topic', 'partition', 'detail'],
  IsrExpanded: ['topic', 'partition', 'detail'],
  // Script and interventions
  PartitionsAdded: ['topic', 'detail'],
  NodeIsolated: ['detail'],
  LinkCut: ['detail'],
  NetworkHealed: ['detail'],
  // Consumers (KafkaConsumer)
  ConsumerStarted: ['consumer', 'detail'],
  ConsumerStopped: ['consumer', 'detail'],
  ConsumerCrashed: ['consumer', 'detail'],
  ConsumerError: ['consumer', 'topic', 'partition', 'detail'],
  CoordinatorFound: ['consumer', 'broker', 'detail'],
  RecordsPolled: ['consumer', 'topic', 'partition', 'offset', 'detail'],
  OffsetOutOfRange: ['consumer', 'topic', 'partition', 'offset'],
  PositionReset: ['consumer', 'topic', 'partition', 'offset', 'detail'],
  PositionSet: ['consumer', 'topic', 'partition', 'offset', 'detail'],
  LogTruncationDetected: ['consumer', 'topic', 'partition', 'offset', 'detail'],
  OffsetCommitFailed: ['consumer', 'detail'],
  PartitionsAssigned: ['consumer', 'detail'],
  PartitionsRevoked: ['consumer', 'detail'],
  PartitionsLost: ['consumer', 'detail'],
  // The group coordinator
  OffsetsCommitted: ['consumer', 'topic', 'partition', 'offset', 'detail'],
  MemberJoined: ['consumer', 'detail'],
  MemberLeft: ['consumer', 'detail'],
  MemberExpired: ['consumer', 'detail'],
  RebalanceStarted: ['detail'],
  RebalanceCompleted: ['detail'],
  GenerationStarted: ['detail'],
  GroupEmpty: ['detail'],
  GroupLoaded: ['broker', 'detail'],
} as const satisfies Record<string, readonly (keyof SimEventBase)[]>;

export type SimEventType = keyof typeof SIM_EVENT_FIELDS;

/** The base fields K, present and not null. */
export type HasFields<K extends keyof SimEventBase> = { [F in K]-?: NonNullable<SimEventBase[F]> };

/**
 * What some types carry beyond SimEventBase: the numbers, names and lists their execution-table row
 * is rendered from (never pre-rendered sentences). Only the engine reads these; lessons match the
 * base fields, so an imported lesson file is checked against SIM_EVENT_FIELDS alone.
 */
export interface SimEventExtras {
  /** send: the record's index among its producer's sends (what the anomaly checker follows). */
  ProduceAcked: { send: number };
  /** from: the HW before it advanced to `offset`. */
  HighWatermarkAdvanced: { from: number };
  /** records: how many the failed batch held. */
  ProduceFailed: { records: number };
  NodeIsolated: { node: string };
  LinkCut: { node: string; peer: string };
  /** node null: every link healed. */
  NetworkHealed: { node: string | null };
  PartitionsAdded: { before: number; count: number };
}

type Extras<T extends SimEventType> = T extends keyof SimEventExtras ? SimEventExtras[T] : unknown;

/** One event of a given type: `SimEventOf<'RecordAppended'>` always has its offset. */
export type SimEventOf<T extends SimEventType> = SimEventBase & { type: T } & HasFields<(typeof SIM_EVENT_FIELDS)[T][number]> & Extras<T>;

/** Any event; narrow it by `type` to get the fields that type always carries. */
export type SimEvent = { [T in SimEventType]: SimEventOf<T> }[SimEventType];

/** What a rule emits: the event without the step and time, which the step loop adds. */
export type SimEventInput = { [T in SimEventType]: Omit<SimEventOf<T>, 'step' | 'timeMs'> }[SimEventType];

export function isSimEventType(x: unknown): x is SimEventType {
  return typeof x === 'string' && Object.hasOwn(SIM_EVENT_FIELDS, x);
}

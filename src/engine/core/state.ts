// The whole simulation state: plain data (plus shared logs and copy-on-write containers for what
// grows with the run), so a checkpoint is a cheap deep copy and replaying from it repeats the run
// exactly. Kafka's own nouns throughout.
import type { Scenario } from '../../scenario/types';
import type { AnomalyView } from '../view.types';
import type { EngineEvent } from '../rowEvents';
import type { QueuedEvent } from './events';
import type { FetchPartitionReq, PartitionMeta, StoredRecord } from './wire';
import type { ConsumerState, GroupState } from './consumerGroupState';
import type { Tp } from './topicPartition';
import type { TimerNames } from './timerKey';
import type { CowArray } from './cowArray';
import type { SharedLog } from './sharedLog';

export type { FetchPartitionReq, PartitionMeta, StoredRecord } from './wire';

export { type Tp, tpKey } from './topicPartition';

export interface Segment {
  baseOffset: number;
  bytes: number;
  largestTimestampMs: number;
}

export interface FollowerState {
  logEndOffset: number; // -1 while unknown (new leader)
  lastCaughtUpTimeMs: number;
  lastFetchLeaderLogEndOffset: number;
  lastFetchTimeMs: number;
}

export interface ProducerBatchMeta {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
  lastOffset: number;
}

/** One replica of one partition on one broker. The log, epoch cache and HW survive a crash. */
export interface ReplicaState {
  topic: string;
  partition: number;
  log: SharedLog<StoredRecord>;
  logStartOffset: number;
  highWatermark: number;
  epochCache: [number, number][]; // (leaderEpoch, startOffset)
  segments: Segment[];
  producerStates: Record<string, ProducerBatchMeta[]>; // by producer id: its last 5 batches
  // What this broker believes from metadata (memory only).
  role: 'leader' | 'follower' | 'none';
  leaderEpoch: number;
  leader: number | null;
  // Leader-side state (memory only).
  isr: number[];
  pendingIsr: number[] | null; // the maximal ISR while an AlterPartition is in flight
  partitionEpoch: number;
  leaderEpochStartOffset: number;
  followers: Record<string, FollowerState>;
}

/** A fetch held in the leader's purgatory (DelayedFetch), a follower's or a consumer's. */
export interface ParkedFetch {
  requestId: number;
  /** The follower's broker id, or -1 for a consumer (as in the FetchRequest). */
  replicaId: number;
  from: string; // node name of the fetcher
  expiresAtMs: number;
  partitions: FetchPartitionReq[];
}

export interface PendingProduce {
  requestId: number;
  producer: string;
  tp: Tp;
  baseOffset: number;
  lastOffset: number;
  expiresAtMs: number;
}

export interface BrokerState {
  id: number;
  up: boolean;
  brokerEpoch: number;
  registered: boolean;
  replicas: Record<Tp, ReplicaState>;
  metadata: Record<Tp, PartitionMeta>; // the broker's metadata cache
  fencedBrokers: number[]; // as the broker last heard from the controller
  metadataOffset: number; // the last metadata update it applied
  fetchSessions: Record<string, { inFlight: boolean; requestId: number }>; // by leader id
  /** The fetch purgatory: held fetches of followers and consumers, in request-id order. */
  parkedFetches: ParkedFetch[];
  purgatory: PendingProduce[];
}

export interface ControllerBroker {
  registered: boolean;
  fenced: boolean;
  brokerEpoch: number;
  lastHeartbeatMs: number;
}

export interface ControllerState {
  brokers: Record<string, ControllerBroker>;
  partitions: Record<Tp, PartitionMeta>;
  nextBrokerEpoch: number;
  /** Grows with every metadata change, like the offset of the KRaft metadata log. */
  metadataOffset: number;
  /** ZooKeeper mode: the broker holding the /controller znode (it keeps it until it dies). */
  zkControllerBroker: number | null;
  /** ZooKeeper mode: brokers whose session expired while no controller was there to see it. */
  zkUnseenExpiries: number[];
}

export type SendStatus = 'acked' | 'failed' | 'pending';

export interface SendState {
  index: number;
  topic: string;
  key: string | null;
  value: string;
  partition: number | null;
  offset: number | null;
  status: SendStatus;
  error: string | null;
  attempts: number;
  createdMs: number;
  sizeBytes: number;
}

export interface BatchState {
  id: number;
  tp: Tp;
  topic: string;
  partition: number;
  sends: number[]; // indexes into ProducerState.sends
  bytes: number;
  createdMs: number;
  baseSequence: number; // -1 until first drained (idempotence)
  producerId: number; // the producer id (epoch) its sequence belongs to
  attempts: number;
  state: 'open' | 'ready' | 'inflight' | 'backoff';
  lastError: string | null;
  /** An attempt ended without knowing whether the broker stored it (timeout, lost connection). */
  possiblyStored: boolean;
  /** The partition's leader epoch as the producer knew it at the last attempt (KIP-951), -1 before. */
  sentLeaderEpoch: number;
}

export interface ProducerState {
  id: string;
  acks: '0' | '1' | 'all';
  idempotent: boolean;
  producerId: number; // -1 without idempotence
  metadata: Record<Tp, { leader: number | null; leaderEpoch: number }>;
  partitionCounts: Record<string, number>;
  /** The metadata request in flight, and the broker it went to. */
  metadataRequest: { requestId: number; broker: number } | null;
  /** Brokers this producer is not connected to (absent = connected), as NetworkClient tracks them. */
  connections: Record<string, { state: 'connecting' | 'backoff'; untilMs: number; failures: number }>;
  nextMetadataBroker: number;
  lastMetadataRequestMs: number;
  metadataFailures: number;
  sticky: Record<string, { partition: number; producedBytes: number }>;
  /** Partitions of each topic that have a queue in the accumulator (a queue, once made, stays). */
  queues: Record<string, number[]>;
  sends: CowArray<SendState>; // every send ever made: grows with the run, so shared by checkpoints
  batches: BatchState[]; // open, ready, in flight or backing off; in creation order
  inFlight: Map<number, { batchId: number; broker: number }>; // by request id
  /** Requests in `inFlight` per broker id, kept as they come and go (max.in.flight.requests.per.connection counts them). */
  inFlightTo: number[];
  nextSequence: Record<Tp, number>;
  flushing: boolean;
  /** Sends by status, kept as they change, so a view never counts the whole list. */
  sendStatusCounts: Record<SendStatus, number>;
}

export interface TopicState {
  name: string;
  partitions: number;
}

/** A send acknowledged during the step being played: the checker looks for it after the step. */
export interface AckCheck {
  producer: string;
  index: number;
  /** "p1#3": how records name the send. */
  sendRef: string;
}

/**
 * A producer's keyed records on one partition, in the order the leader appended them, three slots
 * each: the send index, its key, and the highest send index among it and the appends before it
 * (check/keyedAppends.ts).
 */
export type KeyedAppends = CowArray<number | string>;

export interface CheckerState {
  // Per-record facts grow with the run: they live in copy-on-write arrays indexed by send index (per
  // producer) or offset (per partition) and hold numbers or shared strings, not an object per record,
  // so a checkpoint shares them.
  acked: Record<string, CowArray<number>>; // acks ≥ 1: the offset each send was acknowledged at
  ackedTp: Record<string, CowArray<Tp>>; // … its partition (tpKey's shared string, no object per ack)
  ackedAtStep: Record<string, CowArray<number>>; // … and the step that acknowledged it
  ackChecks: AckCheck[]; // sends acknowledged this step, checked after it
  lostReported: Record<string, true>;
  appendedAt: Record<string, CowArray<number>>; // the offset of each send's last leader append
  visible: Record<Tp, CowArray<string>>; // offset → sendRef once acked, read or below HW
  keyedAppends: Record<Tp, Record<string, KeyedAppends>>; // tp → producer → its keyed records appended, for the reordered check
  dirtyTps: Record<Tp, true>; // partitions whose leader or log changed during this step
  anomalies: AnomalyView[];
  invariantViolations: string[];
}

export interface SimState {
  scenario: Scenario;
  seed: number;
  timeMs: number;
  step: number;
  seq: number;
  nextId: number;
  rng: number;
  queue: QueuedEvent[];
  /**
   * The queue's length at which its stale timers are dropped (see compactQueue): cancelled and
   * replaced timers stay queued until their time (a fetch's wait, a poll's timeout).
   */
  queueCompactAt: number;
  /**
   * Active timers in the queue by key (timerKey.ts) → the seq of the one event that may still fire
   * (a Map: set and deleted every few steps). Those due far ahead are in farTimers instead.
   */
  timers: Map<number, number>;
  /** Timers due far ahead, by key, kept out of the queue and `timers` until they come near (farTimers.ts). */
  farTimers: Map<number, QueuedEvent>;
  /** No far timer is due before this (Infinity when there is none). */
  farDueMs: number;
  /** The numbers in timer keys of this run's owners and names (timerKey.ts). */
  timerNames: TimerNames;
  network: { isolated: string[]; cutLinks: [string, string][]; lastDeliverAtMs: Record<string, number> };
  topics: TopicState[];
  controller: ControllerState;
  brokers: BrokerState[]; // index = id - 1
  producers: ProducerState[];
  consumers: ConsumerState[];
  groups: Record<string, GroupState>;
  checker: CheckerState;
  /** Events of the step being played (moved to the timeline after each step). */
  stepEvents: EngineEvent[];
  /**
   * Whether the rules emit row events, the ones only the execution table's rows read (rowEvents.ts).
   * The headless runner without --trace reads no rows: its busiest rules then skip building them,
   * and nothing else changes, as no rule reads an event back (rowEvents.test.ts plays both ways).
   */
  rowEvents: boolean;
}

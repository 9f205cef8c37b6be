// The read side's state types: consumers (the application loop and the KafkaConsumer client) and
// the consumer groups their coordinators keep. Plain data, so checkpoints are deep copies. At the
// bottom of the engine with the rest of the state (core/state.ts); consumer/consumerState.ts
// holds the functions that make and find them.
import type { TopicPartitionRef } from '../view.types';
import type { CowArray } from './cowArray';
import type { Tp } from './topicPartition';
import type { ConsumerApi, StoredRecord, Subscription } from './wire';

/** AbstractCoordinator.MemberState. */
export type MemberState = 'UNJOINED' | 'PREPARING_REBALANCE' | 'COMPLETING_REBALANCE' | 'STABLE';

/** SubscriptionState.FetchStates, plus FAILED for a partition the reset policy "none" gave up on. */
export type FetchState = 'INITIALIZING' | 'AWAIT_RESET' | 'AWAIT_VALIDATION' | 'FETCHING' | 'FAILED';

/** SubscriptionState.TopicPartitionState: the position of one assigned partition. */
export interface TopicPartitionState {
  fetchState: FetchState;
  /** The position: the offset of the next record poll() returns. */
  offset: number;
  /** Leader epoch of the last record consumed (KIP-320), -1 when unknown. */
  offsetEpoch: number;
  /** The leader epoch the position was last checked against, -1 when unknown. */
  leaderEpoch: number;
  /** An OffsetFetch, ListOffsets or OffsetsForLeaderEpoch is out for this partition. */
  requestInFlight: boolean;
  highWatermark: number | null;
}

export interface ClientRequest {
  kind: ConsumerApi;
  broker: number;
  tps: Tp[];
  /** Fetch: the offset asked for each of tps. */
  offsets?: number[];
  /** OffsetCommit: why it was sent (the application waits for some). */
  purpose?: CommitPurpose;
}

export type CommitPurpose = 'auto' | 'sync' | 'before-rebalance' | 'close' | 'script';

/** A fetch answer waiting in the client for the next poll() (Fetcher's completedFetches). */
export interface CompletedFetch {
  tp: Tp;
  fetchOffset: number;
  records: StoredRecord[];
}

export interface ReceivedRecord extends TopicPartitionRef {
  offset: number;
  key: string | null;
  value: string;
  atMs: number;
}

export interface AppLoop {
  phase: 'polling' | 'processing' | 'committing';
  /** When the current poll() was called: the loop period counts from here. */
  pollStartedMs: number;
  /** Records returned by the current poll, still being processed. */
  batchSize: number;
  /** What the application does once its commitSync returns. */
  afterCommit: 'process' | 'poll' | 'leave' | null;
}

export interface ConsumerState {
  id: string;
  groupId: string;
  life: 'running' | 'closing' | 'stopped' | 'crashed';
  /** Starts so far: a restarted consumer is a new member (its member id ends with this). */
  incarnation: number;
  // Group membership (AbstractCoordinator / ConsumerCoordinator).
  coordinator: number | null;
  memberId: string;
  generation: number;
  memberState: MemberState;
  /** When the coordinator last answered a heartbeat (or a join): the client's own session check. */
  lastHeartbeatAnswerMs: number;
  /** Why the consumer must (re)join at its next poll; null when it need not. */
  rejoinReason: RejoinReason | null;
  protocol: string | null;
  isLeader: boolean;
  /** The group leader's partition counts when it assigned (to notice added partitions). */
  assignmentSnapshot: Record<string, number> | null;
  assignment: TopicPartitionRef[];
  /** Eager sticky keeps its last assignment in its subscription's userData. */
  previousAssignment: { partitions: TopicPartitionRef[]; generation: number };
  /** The auto-commit onJoinPrepare sends before rejoining; the JoinGroup waits for its answer. */
  joinPrepareCommit: number | null;
  /** Eager: partitions about to be revoked are neither fetched nor returned by poll(). */
  pendingRevocation: boolean;
  // Fetching (Fetcher, SubscriptionState, metadata).
  metadata: Record<Tp, { leader: number | null; leaderEpoch: number }>;
  partitionCounts: Record<string, number>;
  metadataNeeded: boolean;
  nextBroker: number;
  /** reconnect.backoff.ms: brokers whose connection just failed are left alone until then. */
  backoffUntilMs: Record<string, number>;
  connectFailures: Record<string, number>;
  positions: Record<Tp, TopicPartitionState>;
  completedFetches: CompletedFetch[];
  inFlight: Map<number, ClientRequest>;
  // The application.
  app: AppLoop;
  lastPollMs: number;
  nextAutoCommitMs: number;
  /** For the poll checker: the last offset poll() returned per partition since it was assigned. */
  lastPolled: Record<Tp, number>;
  /** Every record the application processed, three slots each (consumer/receivedRecords.ts): grows with the run. */
  received: CowArray<Tp | StoredRecord | number>;
  error: string | null;
}

/** ClassicGroupState. */
export type GroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** ClassicGroupMember. */
export interface GroupMember {
  memberId: string;
  clientId: string;
  protocols: string[];
  subscription: Subscription;
  assignment: TopicPartitionRef[];
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  /** An unanswered JoinGroup (the member is awaiting join). */
  joinRequestId: number | null;
  /** An unanswered SyncGroup (the member is awaiting sync). */
  syncRequestId: number | null;
  isNew: boolean;
}

/** What the coordinator wrote to __consumer_offsets: a new coordinator loads it. */
export interface StoredGroup {
  generation: number;
  protocol: string | null;
  leader: string | null;
  members: GroupMember[];
}

export interface GroupState {
  groupId: string;
  /** The broker whose memory holds the group now (null before any request, or when none is up). */
  hostedOn: number | null;
  state: GroupStateName;
  previousState: GroupStateName;
  generation: number;
  protocol: string | null;
  leader: string | null;
  /** In join order: the first member to join leads. */
  members: GroupMember[];
  pendingSync: string[];
  newMemberAdded: boolean;
  /** InitialDelayedJoin's (delay, remaining) while a new group waits for more members. */
  initialJoin: { delayMs: number; remainingMs: number } | null;
  committed: Record<Tp, { offset: number; leaderEpoch: number }>;
  stored: StoredGroup;
}

/**
 * Why a member must (re)join its group (AbstractCoordinator.requestRejoin's reason, as data):
 * the first join; the coordinator forgot the member; a cooperative rebalance revoked partitions;
 * max.poll.interval.ms passed; the group is rebalancing; the leader saw a new partition count; a
 * commit or a group request failed with a group error.
 */
export type RejoinReason =
  | { kind: 'firstJoin' }
  | { kind: 'unknownMemberId' }
  | { kind: 'revoked'; partitions: TopicPartitionRef[] }
  | { kind: 'pollTimeout' }
  | { kind: 'groupRebalancing' }
  | { kind: 'partitionCountChanged' }
  | { kind: 'commitFailed'; error: string }
  | { kind: 'groupError'; error: string };

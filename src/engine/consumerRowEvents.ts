// Row events of the read side's clients and coordinator: what a KafkaConsumer's application and
// client did in a step (consumer/consumerLifecycle.ts, pollLoop.ts, consumers.ts, clientResponses.ts)
// and what the group coordinator answered (groupCoordinator.ts, groupMembership.ts, groupOffsets.ts).
// Kept apart from rowEvents.ts (which spreads them in), as wireRowEvents.ts is.
//
// Fields named notes, next, changes, sent, returned or result hold what the client's shared helpers
// (pump, groupPoll, sendJoin, handle*Result, the poll loop) did, as data (ClientNote, clientNotes.ts)
// that rows/clientNotes.ts tells. The coordinator's rebalance (groupRebalance.ts) tells what it did
// as data too (RebalanceProgress).
import type { ClientNote, CommitAttempt } from './clientNotes';
import type { SimEventBase } from './simEvents';

export const CONSUMER_ROW_EVENT_FIELDS = {
  // The application's life and its poll loop
  /** A KafkaConsumer created (start or restart): a new member; notes: its first poll(). */
  ConsumerSubscribed: ['consumer'],
  /** close() with auto-commit: the commit goes first, LeaveGroup after its answer. */
  ConsumerCloseStarted: ['consumer'],
  /** close() done: LeaveGroup sent (when in a group) and the process stopped. */
  ConsumerClosed: ['consumer'],
  /** The process died: no LeaveGroup, so the coordinator waits out session.timeout.ms. */
  ConsumerProcessKilled: ['consumer'],
  CommitSyncCalled: ['consumer'],
  /** The application called poll(), or a waiting poll() came back empty and it called again. */
  ConsumerPolled: ['consumer'],
  RecordsProcessed: ['consumer'],
  HeartbeatThreadRan: ['consumer'],
  ConsumerMetadataMaxAgeExpired: ['consumer'],
  /** A request that will never be answered: its connection closed, or request.timeout.ms passed. */
  ConsumerRequestFailed: ['consumer'],
  // Answers reaching the client
  ConsumerMetadataUpdated: ['consumer'],
  FindCoordinatorResponseReceived: ['consumer'],
  JoinGroupResponseReceived: ['consumer'],
  SyncGroupResponseReceived: ['consumer'],
  HeartbeatResponseReceived: ['consumer'],
  LeaveGroupResponseReceived: ['consumer'],
  OffsetCommitResponseReceived: ['consumer'],
  OffsetFetchResponseReceived: ['consumer'],
  ConsumerFetchResponseReceived: ['consumer'],
  ListOffsetsResponseReceived: ['consumer'],
  OffsetsForLeaderEpochResponseReceived: ['consumer'],
  // The group coordinator
  /** A group request reached a broker that does not coordinate the group. */
  NotCoordinatorAnswered: ['broker'],
  /** Clause: the coordinator loaded a known group (its generation) before answering a request. */
  GroupTakenOver: ['broker'],
  JoinGroupReceived: [],
  SyncGroupReceived: [],
  GroupHeartbeatReceived: [],
  LeaveGroupReceived: [],
  OffsetCommitReceived: [],
  OffsetFetchReceived: [],
  MemberSessionExpired: [],
  /** A group timer found its coordinator moved: the new one loaded the group. */
  GroupCoordinatorMoved: [],
  /** The join phase (all members rejoined, or its timeout) or the wait for SyncGroup ended. */
  GroupPhaseEnded: [],
} as const satisfies Record<string, readonly (keyof SimEventBase)[]>;

/** A partition's place in a consumer's row: its position when FETCHING, else its fetch state. */
export interface PositionShown {
  tp: string;
  /** null: no position known for an assigned partition. */
  fetchState: string | null;
  offset: number;
}

/** What the heartbeat thread did: beat, left the group (no poll()), or gave up on the coordinator. */
export type HeartbeatBeat =
  | { kind: 'sent'; coordinator: number; generation: number }
  | { kind: 'pollTimeout'; maxPollIntervalMs: number }
  | { kind: 'sessionLost'; coordinator: number; sessionTimeoutMs: number };

/**
 * What the client did with a heartbeat's answer: nothing (OK), rejoin at its next poll (the group
 * rebalances), find the coordinator again, nothing (already rejoining), or rejoin as its generation
 * is gone (ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID).
 */
export type HeartbeatAnswerTaken = 'ok' | 'rebalancing' | 'coordinatorLost' | 'alreadyRejoining' | 'rejoining';

type Tps = readonly { topic: string; partition: number }[];

/**
 * The join phase completed (completeClassicGroupJoin): members that did not rejoin removed, and the
 * next generation started with the rest, or the group left Empty.
 */
export type JoinCompleted =
  | { kind: 'generationStarted'; removed: readonly string[]; generation: number; members: readonly string[]; protocol: string | null; leader: string | null }
  | { kind: 'groupEmptied'; removed: readonly string[]; generation: number };

/** Why a rebalance started: a member came, came back with news, went, or members missed the sync. */
export type RebalanceReason = { kind: 'joined' | 'rejoined' | 'left' | 'expired'; memberId: string } | { kind: 'syncMissed' };

/** A rebalance started (reason: why), and what it waits for: a new group's delay, every member, or nothing. */
export interface RebalanceStarted {
  kind: 'rebalanceStarted';
  reason: RebalanceReason;
  waits: { kind: 'initialDelay'; delayMs: number } | { kind: 'waitingForAll' } | JoinCompleted;
}

/** What the coordinator's rebalance did after a join, a leave, an expiry or a timer (groupRebalance.ts). */
export type RebalanceProgress =
  | JoinCompleted
  | RebalanceStarted
  /** Still waiting for other members to rejoin. */
  | { kind: 'waitingForOthers' }
  /** A member left during the join phase and others are still to rejoin. */
  | { kind: 'goesOnWithout' }
  /** New members arrived during a new group's initial delay: it waits another delayMs. */
  | { kind: 'initialDelayExtended'; delayMs: number }
  /** Members that never sent SyncGroup were removed, and a new rebalance started. */
  | { kind: 'syncMissed'; removed: readonly string[]; rebalance: RebalanceStarted };

/** How the coordinator took a JoinGroup (see groupMembership.ts handleJoinGroup). */
export type JoinOutcome =
  | { kind: 'refused'; error: string }
  | { kind: 'added'; memberId: string; groupState: string; next: RebalanceProgress }
  | { kind: 'rejoined'; memberId: string; next: JoinCompleted | null }
  | { kind: 'current'; memberId: string; generation: number }
  | { kind: 'rebalancing'; memberId: string; changed: boolean; next: RebalanceStarted };

/** How the coordinator took a SyncGroup. */
export type SyncOutcome =
  | { kind: 'refused'; error: string }
  | { kind: 'stable'; memberId: string; generation: number; assignment: Tps }
  | { kind: 'waiting'; memberId: string }
  | { kind: 'assigned'; memberId: string; generation: number; plan: { memberId: string; assignment: Tps }[] };

/** coordinator: the broker acting as the group's coordinator (null: none can). */
interface Coordinated {
  coordinator: number | null;
  groupId: string;
}

export interface ConsumerRowEventExtras {
  ConsumerSubscribed: { restart: boolean; topics: readonly string[]; groupId: string; notes: readonly ClientNote[] };
  ConsumerCloseStarted: { commit: CommitAttempt };
  /** leftVia: the coordinator it sent LeaveGroup to (null: not in a group). */
  ConsumerClosed: { leftVia: number | null };
  ConsumerProcessKilled: { wasMember: boolean; sessionTimeoutMs: number };
  CommitSyncCalled: { commit: CommitAttempt };
  ConsumerPolled: { timedOut: boolean; waitMs: number; positions: readonly PositionShown[]; notes: readonly ClientNote[]; delivered: boolean };
  RecordsProcessed: { records: number; positions: readonly PositionShown[]; next: readonly ClientNote[] };
  /** failed: requests to the coordinator that failed when it gave up on it. */
  HeartbeatThreadRan: { generation: number; beat: HeartbeatBeat; failed: readonly { request: string; notes: readonly ClientNote[] }[] };
  ConsumerMetadataMaxAgeExpired: { sent: ClientNote };
  ConsumerRequestFailed: { request: string; broker: number; error: 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT'; notes: readonly ClientNote[] };
  /** from: the broker that answered (node name). */
  ConsumerMetadataUpdated: { from: string; changes: readonly ClientNote[]; sent: readonly ClientNote[] };
  FindCoordinatorResponseReceived: { groupId: string; notes: readonly ClientNote[] };
  JoinGroupResponseReceived: { groupId: string; error: string | null; notes: readonly ClientNote[] };
  SyncGroupResponseReceived: { groupId: string; error: string | null; notes: readonly ClientNote[] };
  HeartbeatResponseReceived: { generation: number; error: string | null; taken: HeartbeatAnswerTaken };
  LeaveGroupResponseReceived: { error: string | null };
  OffsetCommitResponseReceived: { groupId: string; error: string | null; notes: readonly ClientNote[] };
  OffsetFetchResponseReceived: { result: readonly ClientNote[]; sent: readonly ClientNote[] };
  /** returned: what the client did as poll(), which the application was waiting in, returned at once (the fetches sent, the records, what came next), or null. */
  ConsumerFetchResponseReceived: { from: string; records: number; returned: readonly ClientNote[] | null; notes: readonly ClientNote[] };
  ListOffsetsResponseReceived: { changes: readonly ClientNote[]; sent: readonly ClientNote[] };
  OffsetsForLeaderEpochResponseReceived: { changes: readonly ClientNote[]; sent: readonly ClientNote[] };
  /** api: the request's name without "Request"; from: the client. */
  NotCoordinatorAnswered: { api: string; groupId: string; from: string };
  GroupTakenOver: { groupId: string; generation: number };
  JoinGroupReceived: Coordinated & { from: string; protocols: readonly string[]; topics: readonly string[]; outcome: JoinOutcome };
  SyncGroupReceived: Coordinated & { from: string; outcome: SyncOutcome };
  /** generation: the member's; groupGeneration, groupState: the group's. */
  GroupHeartbeatReceived: Coordinated & { memberId: string; generation: number; error: string | null; groupState: string; groupGeneration: number };
  /** next: what the group did without it; null when it was not a member. */
  LeaveGroupReceived: Coordinated & { from: string; memberId: string; next: RebalanceProgress | null };
  OffsetCommitReceived: Coordinated & { from: string; offsets: readonly { topic: string; partition: number; offset: number }[]; generation: number; error: string | null; groupGeneration: number; groupState: string };
  OffsetFetchReceived: Coordinated & { from: string; partitions: readonly { topic: string; partition: number; offset: number | null }[] };
  MemberSessionExpired: Coordinated & { memberId: string; sessionTimeoutMs: number; next: RebalanceProgress };
  GroupCoordinatorMoved: Coordinated & { generation: number };
  GroupPhaseEnded: Coordinated & { phase: 'join' | 'sync'; groupState: string; next: RebalanceProgress };
}

// What a consumer's client did on the way to a row, as data: the requests its shared helpers sent
// (pump, groupPoll, sendJoin), what it made of an answer (handle*Result) and what the application
// did next (the poll loop). Many rows carry these, in the order they happened, and rows/clientNotes.ts
// tells them; they are fields of the row's own event rather than clause events of the step because
// one step may hold notes that do not belong in its row (the other requests a closed connection
// failed: only the first heads the row) and notes nest (a failed request's note holds what the
// client then did).
import type { CommitPurpose, RejoinReason } from './core/consumerGroupState';

type Tps = readonly { topic: string; partition: number }[];

/**
 * A commit of the consumer's positions (sendCommit): sent to the coordinator, for a purpose
 * (commitSync, auto-commit, before a rebalance or on close), or skipped and why.
 */
export type CommitAttempt =
  | { requestId: number; purpose: CommitPurpose; offsets: readonly { topic: string; partition: number; offset: number }[]; coordinator: number }
  | { requestId: null; skipped: 'coordinatorUnknown' | 'rebalancing' | 'nothingToCommit' };

/** Why a partition's position must be reset (auto.offset.reset), with what the client knew. */
export type ResetCause =
  | { kind: 'noCommittedOffset' }
  | { kind: 'outOfRange'; offset: number; logStartOffset: number }
  | { kind: 'unknownEpoch'; epoch: number }
  | { kind: 'truncatedBelow'; position: number };

/** Requests the client sent to get positions and records moving (pump, groupPoll). */
export type RequestNote =
  | { kind: 'metadataRequested'; broker: number }
  | { kind: 'coordinatorRequested'; broker: number; groupId: string }
  | { kind: 'committedRequested'; coordinator: number; tps: readonly string[] }
  | { kind: 'resetRequested'; broker: number; policy: 'earliest' | 'latest'; tps: readonly string[] }
  | { kind: 'validationRequested'; broker: number; partitions: readonly { tp: string; offset: number; epoch: number }[] }
  | { kind: 'fetchSent'; broker: number; partitions: readonly { tp: string; offset: number }[] };

/** What the client learned from an answer about its metadata and positions. */
export type PositionNote =
  | { kind: 'leadersLearned'; count: number }
  | { kind: 'leaderMoved'; tp: string; from: number | null; to: number | null }
  | { kind: 'positionToValidate'; tp: string; leaderEpoch: number; offset: number }
  | { kind: 'partitionCountChanged' }
  /** auto.offset.reset: policy none makes the partition unreadable with the cause's exception. */
  | { kind: 'resetNeeded'; tp: string; cause: ResetCause; policy: 'earliest' | 'latest' | 'none' }
  | { kind: 'fetchLeaderError'; tp: string; error: string }
  | { kind: 'buffered'; tp: string; records: number }
  | { kind: 'partitionError'; tp: string; error: string }
  | { kind: 'positionReset'; tp: string; offset: number; policy: string }
  | { kind: 'rewound'; tp: string; endOffset: number; position: number }
  | { kind: 'positionValid'; tp: string; offset: number }
  | { kind: 'resumesAt'; tp: string; offset: number }
  /** A ListOffsets, OffsetsForLeaderEpoch or OffsetFetch that failed. */
  | { kind: 'retryLater'; api: 'ListOffsets' | 'OffsetsForLeaderEpoch' }
  | { kind: 'committedUnreadable'; error: string | null };

/** What the client did in its group: the coordinator, joining, syncing, commits. */
export type GroupNote =
  | { kind: 'coordinatorFound'; broker: number; groupId: string }
  | { kind: 'noCoordinator'; error: string | null }
  | { kind: 'commitBeforeJoin'; reason: RejoinReason; commit: CommitAttempt }
  | { kind: 'partitionsReleased'; lost: boolean; partitions: Tps }
  | { kind: 'joinSent'; coordinator: number; reason: RejoinReason | null }
  | { kind: 'joinAbandoned'; error: string; coordinatorLost: boolean }
  | { kind: 'staleAnswer'; api: 'JoinGroup' | 'SyncGroup' }
  | { kind: 'inconsistentProtocol'; strategy: string; groupId: string }
  | { kind: 'rejoinAsNew' }
  | { kind: 'joined'; memberId: string; generation: number; leader: string | null; led: { protocol: string | null; members: number; plan: readonly { memberId: string; assignment: Tps }[] } | null }
  | { kind: 'assigned'; generation: number; partitions: Tps; added: Tps | null }
  | { kind: 'revokedForNewOwner'; partitions: Tps }
  | { kind: 'commit'; commit: CommitAttempt }
  /** recovery: what the client does about a failed commit. */
  | { kind: 'commitAnswered'; offsets: readonly { tp: string; offset: number | null }[]; error: string | null; recovery: 'coordinatorLost' | 'rebalancing' | 'groupMovedOn' | null }
  | { kind: 'left'; leftVia: number | null };

/** The application's loop: what poll() returned, processing, polling again. */
export type AppNote =
  | { kind: 'returned'; batches: readonly { tp: string; count: number; first: number; last: number; values: readonly string[] }[] }
  | { kind: 'processing'; processingMs: number }
  /** After processing, or after a commitSync it waited for. */
  | { kind: 'pollsAgain'; afterProcessing: boolean };

/** What happened to a request that will never be answered, as the client goes on without it. */
export type FailureNote =
  | { kind: 'askAnotherBroker' }
  | { kind: 'askAgainAtPoll' }
  | { kind: 'findCoordinatorAgain' }
  | { kind: 'refetch' }
  | { kind: 'wasLeaving' };

export type ClientNote = RequestNote | PositionNote | GroupNote | AppNote | FailureNote;

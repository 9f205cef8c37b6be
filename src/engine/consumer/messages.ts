// The read side's wire messages, with Kafka's API names: requests a consumer sends to brokers and
// group coordinators, and their answers. Every payload carries the requestId it belongs to, so a
// refused or closed connection can be matched to the request it ends.
import type { StoredRecord } from '../core/state';
import type { TopicPartitionRef } from '../view.types';

/** What a member tells the coordinator in JoinGroup (ConsumerProtocol.Subscription). */
export interface Subscription {
  topics: string[];
  /** Cooperative: the partitions it owns now. Eager sticky: its last assignment (userData). */
  ownedPartitions: TopicPartitionRef[];
  generation: number;
}

export interface FetchPartitionRequest extends TopicPartitionRef {
  fetchOffset: number;
  currentLeaderEpoch: number;
}

export interface FetchPartitionAnswer extends TopicPartitionRef {
  error: string | null;
  records: StoredRecord[];
  highWatermark: number;
  logStartOffset: number;
}

export interface CommittedOffset extends TopicPartitionRef {
  offset: number;
  /** Leader epoch of the last record consumed (KIP-320), -1 when unknown. */
  leaderEpoch: number;
}

export interface JoinedMember {
  memberId: string;
  clientId: string;
  subscription: Subscription;
}

export interface ConsumerPayloads {
  Metadata: { requestId: number };
  MetadataResponse: {
    requestId: number;
    partitions: (TopicPartitionRef & { leader: number | null; leaderEpoch: number })[];
    partitionCounts: Record<string, number>;
  };
  FindCoordinator: { requestId: number; groupId: string };
  FindCoordinatorResponse: { requestId: number; error: string | null; coordinator: number | null };
  Fetch: { requestId: number; maxWaitMs: number; partitions: FetchPartitionRequest[] };
  FetchResponse: { requestId: number; partitions: FetchPartitionAnswer[] };
  ListOffsets: {
    requestId: number;
    partitions: (TopicPartitionRef & { currentLeaderEpoch: number; timestamp: 'earliest' | 'latest' })[];
  };
  ListOffsetsResponse: {
    requestId: number;
    partitions: (TopicPartitionRef & { error: string | null; offset: number; leaderEpoch: number })[];
  };
  OffsetsForLeaderEpoch: {
    requestId: number;
    partitions: (TopicPartitionRef & { currentLeaderEpoch: number; leaderEpoch: number })[];
  };
  OffsetsForLeaderEpochResponse: {
    requestId: number;
    partitions: (TopicPartitionRef & { error: string | null; leaderEpoch: number; endOffset: number })[];
  };
  JoinGroup: {
    requestId: number;
    groupId: string;
    memberId: string;
    clientId: string;
    incarnation: number;
    protocols: string[];
    subscription: Subscription;
    sessionTimeoutMs: number;
    rebalanceTimeoutMs: number;
  };
  JoinGroupResponse: {
    requestId: number;
    error: string | null;
    memberId: string;
    generation: number;
    protocol: string | null;
    leader: string | null;
    members: JoinedMember[];
  };
  SyncGroup: {
    requestId: number;
    groupId: string;
    memberId: string;
    generation: number;
    assignments: Record<string, TopicPartitionRef[]> | null;
  };
  SyncGroupResponse: { requestId: number; error: string | null; assignment: TopicPartitionRef[] };
  Heartbeat: { requestId: number; groupId: string; memberId: string; generation: number };
  HeartbeatResponse: { requestId: number; error: string | null };
  LeaveGroup: { requestId: number; groupId: string; memberId: string };
  LeaveGroupResponse: { requestId: number; error: string | null };
  OffsetCommit: { requestId: number; groupId: string; memberId: string; generation: number; offsets: CommittedOffset[] };
  OffsetCommitResponse: { requestId: number; error: string | null; offsets: CommittedOffset[] };
  OffsetFetch: { requestId: number; groupId: string; partitions: TopicPartitionRef[] };
  OffsetFetchResponse: {
    requestId: number;
    error: string | null;
    partitions: (TopicPartitionRef & { offset: number | null; leaderEpoch: number })[];
  };
  /** The broker's socket closed (it crashed, or refused the connection) before it answered. */
  ConnectionClosed: { requestId: number };
}

export type ConsumerMessageKind = keyof ConsumerPayloads;

export type ConsumerMessageBody = {
  [K in ConsumerMessageKind]: { type: 'ConsumerMessage'; kind: K; payload: ConsumerPayloads[K] };
}[ConsumerMessageKind];

export type RequestKind =
  | 'Metadata'
  | 'FindCoordinator'
  | 'Fetch'
  | 'ListOffsets'
  | 'OffsetsForLeaderEpoch'
  | 'JoinGroup'
  | 'SyncGroup'
  | 'Heartbeat'
  | 'LeaveGroup'
  | 'OffsetCommit'
  | 'OffsetFetch';

export type Payload<K extends ConsumerMessageKind> = ConsumerPayloads[K];

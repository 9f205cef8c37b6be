// The wire: every message simulated nodes exchange, one union for every client, named after
// Kafka's APIs. A request and its answer are <Api>Request and <Api>Response; the broker-to-
// controller messages keep the names the execution table has always shown (BrokerRegistration,
// BrokerHeartbeat, AlterPartition, and MetadataUpdate, the controller's metadata push). A Fetch is
// one API for followers and consumers: its replicaId tells them apart, as in Kafka's FetchRequest.
// The bottom of the engine: this module imports no engine module but the view's plain types.
import type { TopicPartitionRef } from '../view.types';

/** One record as a replica's log stores it, and as a fetch carries it. */
export interface StoredRecord {
  offset: number;
  key: string | null;
  value: string;
  leaderEpoch: number;
  timestampMs: number;
  sizeBytes: number;
  producerId: number; // -1 without idempotence
  sequence: number; // -1 without idempotence
  baseSequence: number; // the first sequence of the record's batch
  /** Which application send() this record came from: "p1#3". */
  sendRef: string;
}

/** A partition's metadata as the controller publishes it and brokers answer Metadata with it. */
export interface PartitionMeta {
  topic: string;
  partition: number;
  replicas: number[];
  leader: number | null;
  leaderEpoch: number;
  partitionEpoch: number;
  isr: number[];
}

/** A consumer's replicaId in a FetchRequest (Kafka's CONSUMER_REPLICA_ID). */
export const CONSUMER_REPLICA_ID = -1;

export interface FetchPartitionReq {
  topic: string;
  partition: number;
  fetchOffset: number;
  /** Followers: the epoch of their last record, for KIP-320 divergence; consumers send -1 (they validate with OffsetsForLeaderEpoch). */
  lastFetchedEpoch: number;
  currentLeaderEpoch: number;
}

export interface FetchPartitionResp {
  topic: string;
  partition: number;
  error: string | null;
  records: StoredRecord[];
  highWatermark: number;
  logStartOffset: number;
  /** The leader's log end, which a follower ahead of it truncates to (Kafka asks with ListOffsets). */
  logEndOffset: number;
  divergingEpoch: { epoch: number; endOffset: number } | null;
}

/** What a member tells the coordinator in JoinGroup (ConsumerProtocol.Subscription). */
export interface Subscription {
  topics: string[];
  /** Cooperative: the partitions it owns now. Eager sticky: its last assignment (userData). */
  ownedPartitions: TopicPartitionRef[];
  generation: number;
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

type ProduceApi =
  | { type: 'ProduceRequest'; requestId: number; producer: string; acks: '0' | '1' | 'all'; timeoutMs: number;
      topic: string; partition: number; producerId: number; baseSequence: number;
      records: { key: string | null; value: string; sendRef: string; sizeBytes: number; createdMs: number }[] }
  | { type: 'ProduceResponse'; requestId: number; topic: string; partition: number; error: string | null; baseOffset: number };

type ReadApis =
  | { type: 'FetchRequest'; requestId: number; replicaId: number; brokerEpoch: number; maxWaitMs: number; partitions: FetchPartitionReq[] }
  | { type: 'FetchResponse'; requestId: number; partitions: FetchPartitionResp[] }
  | { type: 'MetadataRequest'; requestId: number; client: string }
  | { type: 'MetadataResponse'; requestId: number; partitions: PartitionMeta[]; partitionCounts: Record<string, number> }
  | { type: 'ListOffsetsRequest'; requestId: number;
      partitions: (TopicPartitionRef & { currentLeaderEpoch: number; timestamp: 'earliest' | 'latest' })[] }
  | { type: 'ListOffsetsResponse'; requestId: number;
      partitions: (TopicPartitionRef & { error: string | null; offset: number; leaderEpoch: number })[] }
  | { type: 'OffsetsForLeaderEpochRequest'; requestId: number;
      partitions: (TopicPartitionRef & { currentLeaderEpoch: number; leaderEpoch: number })[] }
  | { type: 'OffsetsForLeaderEpochResponse'; requestId: number;
      partitions: (TopicPartitionRef & { error: string | null; leaderEpoch: number; endOffset: number })[] };

type GroupApis =
  | { type: 'FindCoordinatorRequest'; requestId: number; groupId: string }
  | { type: 'FindCoordinatorResponse'; requestId: number; error: string | null; coordinator: number | null }
  | { type: 'JoinGroupRequest'; requestId: number; groupId: string; memberId: string; clientId: string; incarnation: number;
      protocols: string[]; subscription: Subscription; sessionTimeoutMs: number; rebalanceTimeoutMs: number }
  | { type: 'JoinGroupResponse'; requestId: number; error: string | null; memberId: string; generation: number;
      protocol: string | null; leader: string | null; members: JoinedMember[] }
  | { type: 'SyncGroupRequest'; requestId: number; groupId: string; memberId: string; generation: number;
      assignments: Record<string, TopicPartitionRef[]> | null }
  | { type: 'SyncGroupResponse'; requestId: number; error: string | null; assignment: TopicPartitionRef[] }
  | { type: 'HeartbeatRequest'; requestId: number; groupId: string; memberId: string; generation: number }
  | { type: 'HeartbeatResponse'; requestId: number; error: string | null }
  | { type: 'LeaveGroupRequest'; requestId: number; groupId: string; memberId: string }
  | { type: 'LeaveGroupResponse'; requestId: number; error: string | null }
  | { type: 'OffsetCommitRequest'; requestId: number; groupId: string; memberId: string; generation: number; offsets: CommittedOffset[] }
  | { type: 'OffsetCommitResponse'; requestId: number; error: string | null; offsets: CommittedOffset[] }
  | { type: 'OffsetFetchRequest'; requestId: number; groupId: string; partitions: TopicPartitionRef[] }
  | { type: 'OffsetFetchResponse'; requestId: number; error: string | null;
      partitions: (TopicPartitionRef & { offset: number | null; leaderEpoch: number })[] };

type ControllerApis =
  | { type: 'BrokerRegistration'; broker: number }
  | { type: 'BrokerRegistrationResponse'; broker: number; brokerEpoch: number }
  | { type: 'BrokerHeartbeat'; broker: number; brokerEpoch: number; metadataOffset: number }
  | { type: 'MetadataUpdate'; offset: number; partitions: PartitionMeta[]; fencedBrokers: number[]; reason: string }
  | { type: 'AlterPartition'; broker: number; topic: string; partition: number; leaderEpoch: number;
      partitionEpoch: number; newIsr: number[] }
  | { type: 'AlterPartitionResponse'; topic: string; partition: number; error: string | null; meta: PartitionMeta };

/**
 * Not an API: the requests a socket carried end without an answer (a crashed broker, a refused
 * connection). `seenByClient` marks the notices a consumer's own NetworkClient raises (a refused
 * connect, its broker's crash) rather than the network refusing a delivery: the execution table
 * names those as the read side always has.
 */
type ConnectionClosed = { type: 'ConnectionClosed'; requestIds: number[]; seenByClient?: true };

export type WireMessage = ProduceApi | ReadApis | GroupApis | ControllerApis | ConnectionClosed;

export type WireType = WireMessage['type'];

/** The message of one type: Wire<'FetchRequest'>. */
export type Wire<T extends WireType> = Extract<WireMessage, { type: T }>;

/** The APIs a consumer calls, by the name its request table keeps them under. */
export type ConsumerApi =
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

/** One message in flight, and its envelope. */
export interface NetMessage {
  id: number;
  from: string;
  to: string;
  sentAtMs: number;
  deliverAtMs: number;
  body: WireMessage;
}

/** The request id a message carries, if its sender waits for an answer (every *Request does). */
export function requestIdOf(body: WireMessage): number | null {
  return body.type.endsWith('Request') && 'requestId' in body ? body.requestId : null;
}

/**
 * The names a message is shown under: in execution-table rows (a lost or refused message) and on
 * the diagram. A consumer's messages keep the names of the read side's former envelope: the
 * label "ConsumerMessage", and the API name without "Request" as their kind.
 */
export function shownNames(body: WireMessage, consumerEnd: boolean): { kind: string; label: string } {
  if (!consumerEnd) return { kind: body.type, label: body.type };
  return { kind: body.type.replace(/Request$/, ''), label: 'ConsumerMessage' };
}

/** The API a message belongs to: "JoinGroup" for a JoinGroupRequest or a JoinGroupResponse. */
export function apiOf(body: WireMessage): string {
  return body.type.replace(/(Request|Response)$/, '');
}

// Row events of the wire's read side: the reads a broker serves (a fetch and its wait, Metadata,
// ListOffsets, OffsetsForLeaderEpoch, FindCoordinator), the controller's metadata push applied,
// and what a consumer drops or refuses to do. Kept apart from rowEvents.ts (which spreads them in)
// so these rows grow without touching that list.
import type { SimEventBase } from './simEvents';

export const WIRE_ROW_EVENT_FIELDS = {
  /** An answer (or a closed connection) a consumer drops: see ConsumerMessageDropReason. */
  ConsumerMessageDropped: ['consumer'],
  /** A start, stop, crash or commit (script or teacher) asked of a consumer in no state for it. */
  ConsumerRequestIgnored: ['consumer'],
  /** A follower's fetch arrived: what it moved on the leader (ISR, HW), and the answer or the hold. */
  FollowerFetchReceived: ['broker'],
  /** A consumer's fetch arrived: answered, or held until the HW moves (fetch.max.wait.ms). */
  ConsumerFetchReceived: ['broker', 'consumer'],
  /** A held fetch's wait ended: answered with whatever there is. */
  FetchWaitEnded: ['broker'],
  MetadataAnswered: ['broker'],
  ListOffsetsAnswered: ['broker', 'consumer'],
  OffsetsForLeaderEpochAnswered: ['broker', 'consumer'],
  FindCoordinatorAnswered: ['broker', 'consumer'],
  /** A broker applied the controller's metadata push (MetadataUpdate): its role changes, if any. */
  MetadataApplied: ['broker'],
  /** A metadata push older than what the broker has: ignored. */
  StaleMetadataIgnored: ['broker', 'offset'],
} as const satisfies Record<string, readonly (keyof SimEventBase)[]>;

/**
 * Why a consumer drops what arrives: it is stopped or crashed; a closed connection found no request
 * waiting; an answer came after the client gave up on its request; it is closing.
 */
export type ConsumerMessageDropReason = 'stopped' | 'crashed' | 'nothingWaiting' | 'late' | 'closing';

/** What a consumer was asked to do, and the life it was in (a start while running or closing, …). */
export interface ConsumerRequestIgnored {
  request: 'start' | 'stop' | 'crash' | 'commit';
  life: 'running' | 'closing' | 'stopped' | 'crashed';
}

/** A replica's new role after a metadata push (makeLeader or makeFollower); leader null: offline. */
export type RoleChange =
  | { role: 'leader'; topic: string; partition: number; leaderEpoch: number; isr: number[]; logEndOffset: number; highWatermark: number }
  | { role: 'follower'; topic: string; partition: number; leader: number | null; leaderEpoch: number };

/** One partition of a fetch answer, as its row tells it. */
export interface FetchedPartition {
  topic: string;
  partition: number;
  fetchOffset: number;
  error: string | null;
  records: number;
  /** The first and last offset returned (-1 with no records). */
  firstOffset: number;
  lastOffset: number;
  highWatermark: number;
  /** KIP-320: where the follower's last epoch ends on the leader, when its log diverged. */
  diverging: { epoch: number; endOffset: number } | null;
}

/** What a follower's fetch moved on the leader for one partition: an ISR proposed, the HW. */
export interface FollowerProgress {
  topic: string;
  partition: number;
  /** The ISR asked of the controller (the follower caught up), or null. */
  isrProposed: number[] | null;
  /** The HW before and after, or null when it did not move. */
  highWatermark: { from: number; to: number } | null;
}

export interface WireRowEventExtras {
  ConsumerRequestIgnored: ConsumerRequestIgnored;
  /** message: the type of what arrived; from: its sender. */
  ConsumerMessageDropped: { from: string; message: string; reason: ConsumerMessageDropReason };
  FollowerFetchReceived: { follower: number; held: boolean; maxWaitMs: number; partitions: FetchedPartition[]; progress: FollowerProgress[] };
  ConsumerFetchReceived: { held: boolean; maxWaitMs: number; partitions: FetchedPartition[] };
  /** replicaId ≥ 0: a follower's (from names it); -1: consumer `from`'s. */
  FetchWaitEnded: { from: string; replicaId: number; partitions: FetchedPartition[] };
  /** client: who asked; fromConsumer: whether it is a consumer (its row says so). */
  MetadataAnswered: { client: string; fromConsumer: boolean; leaders: { topic: string; partition: number; leader: number | null }[] };
  ListOffsetsAnswered: { partitions: { topic: string; partition: number; timestamp: 'earliest' | 'latest'; error: string | null; offset: number }[] };
  /** leaderEpoch: the epoch asked about; endOffset: where it ends (-1 with an error). */
  OffsetsForLeaderEpochAnswered: { partitions: { topic: string; partition: number; leaderEpoch: number; error: string | null; endOffset: number }[] };
  /** partition: the group's __consumer_offsets partition; coordinator null: none available. */
  FindCoordinatorAnswered: { groupId: string; offsetsPartition: number; coordinator: number | null };
  /** reason: why the controller pushed it (its words, carried by the message). */
  MetadataApplied: { reason: string; changes: RoleChange[] };
  /** offset: the push's; had: the broker's own metadata offset. */
  StaleMetadataIgnored: { had: number };
}

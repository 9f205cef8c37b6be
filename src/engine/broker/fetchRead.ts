// Partition.fetchRecords' read, for every fetcher: the leader checks the fetcher's leader epoch
// (KIP-320), a follower's divergence (its last fetched epoch), the offset's range, then reads. The
// replica id decides how far: a follower (replicaId ≥ 0) reads up to the log end, a consumer
// (replicaId -1, FetchIsolation.HIGH_WATERMARK) only what is committed, below the HW.
import type { BrokerState, FetchPartitionReq, ReplicaState } from '../core/state';
import { tpKey } from '../core/state';
import type { FetchPartitionResp } from '../core/wire';
import { endOffsetForEpoch, logEndOffset, recordsFrom } from './replicaLog';

/** Bound on records returned per partition per fetch (instead of fetch.max.bytes). */
export const MAX_RECORDS_PER_FETCH = 100;

/** This broker must lead the partition in the fetcher's epoch. */
export function leaderError(r: ReplicaState | undefined, currentLeaderEpoch: number): string | null {
  if (r?.role !== 'leader') return 'NOT_LEADER_OR_FOLLOWER';
  if (currentLeaderEpoch < r.leaderEpoch) return 'FENCED_LEADER_EPOCH';
  if (currentLeaderEpoch > r.leaderEpoch) return 'UNKNOWN_LEADER_EPOCH';
  return null;
}

/** KIP-320's diverging epoch: where the fetcher's last epoch ends on the leader, if before its offset. */
export function divergingEpoch(r: ReplicaState, p: FetchPartitionReq): FetchPartitionResp['divergingEpoch'] {
  if (p.lastFetchedEpoch < 0) return null;
  const end = endOffsetForEpoch(r, p.lastFetchedEpoch);
  if (end.epoch === p.lastFetchedEpoch && end.endOffset >= p.fetchOffset) return null;
  return { epoch: end.epoch, endOffset: end.endOffset };
}

export function readPartition(broker: BrokerState, p: FetchPartitionReq, replicaId: number): FetchPartitionResp {
  const r = broker.replicas[tpKey(p.topic, p.partition)];
  const error = leaderError(r, p.currentLeaderEpoch);
  if (error) return answer(p, r, error, [], null);
  const diverging = divergingEpoch(r, p);
  if (diverging) return answer(p, r, null, [], diverging);
  if (p.fetchOffset > logEndOffset(r) || p.fetchOffset < r.logStartOffset) return answer(p, r, 'OFFSET_OUT_OF_RANGE', [], null);
  // A consumer between the HW and the LEO gets an empty answer without an error: not yet committed.
  const count = replicaId >= 0 ? MAX_RECORDS_PER_FETCH : Math.max(0, Math.min(r.highWatermark - p.fetchOffset, MAX_RECORDS_PER_FETCH));
  return answer(p, r, null, count > 0 ? recordsFrom(r, p.fetchOffset, count) : [], null);
}

/** One partition's answer, with the replica's offsets as they are now (one literal: fetches are the hottest path). */
function answer(p: FetchPartitionReq, r: ReplicaState | undefined, error: string | null, records: FetchPartitionResp['records'], diverging: FetchPartitionResp['divergingEpoch']): FetchPartitionResp {
  return {
    topic: p.topic,
    partition: p.partition,
    error,
    records,
    highWatermark: r?.highWatermark ?? 0,
    logStartOffset: r?.logStartOffset ?? 0,
    logEndOffset: r ? logEndOffset(r) : 0,
    divergingEpoch: diverging,
  };
}

/** Whether an answer is worth sending now rather than holding the fetch (DelayedFetch). */
export function hasNews(partitions: readonly FetchPartitionResp[]): boolean {
  return partitions.some((p) => p.error !== null || p.divergingEpoch !== null || p.records.length > 0);
}

// The leader answering a Fetch (Partition.fetchRecords), from a follower or a consumer: the
// replica id tells them apart, as in Kafka's FetchRequest. A follower's fetch (replicaId ≥ 0) also
// reports its log end: the leader records its LEO and catch-up time, may grow the ISR and the HW
// (KIP-320 divergence is checked first), and it reads up to the leader's LEO. A consumer
// (replicaId -1) reads only below the HW. Nothing to return: the fetch is held (fetchPurgatory.ts).
import { brokerNode, emit, type Played } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import type { Wire } from '../core/wire';
import type { FollowerProgress } from '../wireRowEvents';
import { divergingEpoch, hasNews, leaderError, readPartition } from './fetchRead';
import { fetchedPartitions, parkFetch } from './fetchPurgatory';
import { maybeIncrementHighWatermark } from './highWatermark';
import { maybeExpandIsr } from './isr';
import { logEndOffset, NEVER_MS } from './replicaLog';

export { completeParkedFetches, expireParkedFetch } from './fetchPurgatory';
export { MAX_RECORDS_PER_FETCH } from './fetchRead';

type FetchRequest = Wire<'FetchRequest'>;

/** Replica.updateFetchStateOrThrow: the follower's LEO and when it was last caught up. */
function recordFollowerFetch(state: SimState, r: ReplicaState, follower: number, fetchOffset: number): void {
  const leo = logEndOffset(r);
  const f = r.followers[follower] ?? { logEndOffset: -1, lastCaughtUpTimeMs: NEVER_MS, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: NEVER_MS };
  let lastCaughtUpTimeMs = f.lastCaughtUpTimeMs;
  if (fetchOffset >= leo) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, state.timeMs);
  else if (fetchOffset >= f.lastFetchLeaderLogEndOffset) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, f.lastFetchTimeMs);
  r.followers[follower] = { logEndOffset: fetchOffset, lastCaughtUpTimeMs, lastFetchLeaderLogEndOffset: leo, lastFetchTimeMs: state.timeMs };
}

/** What a follower's fetch offsets tell the leader: its LEO, then maybe a larger ISR and HW. */
function applyFollowerPositions(state: SimState, broker: BrokerState, req: FetchRequest): FollowerProgress[] {
  const progress: FollowerProgress[] = [];
  for (const p of req.partitions) {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    if (leaderError(r, p.currentLeaderEpoch) || divergingEpoch(r, p)) continue;
    recordFollowerFetch(state, r, req.replicaId, p.fetchOffset);
    const isrProposed = maybeExpandIsr(state, broker, r, req.replicaId) !== null ? [...(r.pendingIsr ?? [])] : null;
    const hwBefore = r.highWatermark;
    const moved = maybeIncrementHighWatermark(state, broker, r) !== null ? { from: hwBefore, to: r.highWatermark } : null;
    if (isrProposed || moved) progress.push({ topic: p.topic, partition: p.partition, isrProposed, highWatermark: moved });
  }
  return progress;
}

export function handleFetch(state: SimState, broker: BrokerState, from: string, req: FetchRequest): Played {
  const follower = req.replicaId >= 0;
  // Read first, as Partition.fetchRecords does: the answer carries the HW from before this fetch
  // moved it, so a follower's HW trails the leader's by one round trip.
  const partitions = req.partitions.map((p) => readPartition(broker, p, req.replicaId));
  const progress = follower ? applyFollowerPositions(state, broker, req) : [];
  // A follower's fetch is always held when empty; a consumer may ask for no wait (fetch.max.wait.ms 0).
  const held = !hasNews(partitions) && (follower || req.maxWaitMs > 0);
  if (held) parkFetch(state, broker, from, req);
  else send(state, brokerNode(broker.id), from, { type: 'FetchResponse', requestId: req.requestId, partitions });
  if (!state.rowEvents) return true;
  const told = fetchedPartitions(req.partitions, partitions);
  if (follower) emit(state, { type: 'FollowerFetchReceived', broker: broker.id, follower: req.replicaId, held, maxWaitMs: req.maxWaitMs, partitions: told, progress });
  else emit(state, { type: 'ConsumerFetchReceived', broker: broker.id, consumer: from, held, maxWaitMs: req.maxWaitMs, partitions: told });
  return true;
}

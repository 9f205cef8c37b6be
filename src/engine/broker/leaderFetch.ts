// The leader answering a Fetch (Partition.fetchRecords), from a follower or a consumer: the
// replica id tells them apart, as in Kafka's FetchRequest. A follower's fetch (replicaId ≥ 0) also
// reports its log end: the leader records its LEO and catch-up time, may grow the ISR and the HW
// (KIP-320 divergence is checked first), and it reads up to the leader's LEO. A consumer
// (replicaId -1) reads only below the HW. Nothing to return: the fetch is held (fetchPurgatory.ts).
import { brokerNode, type RowText } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import type { FetchPartitionResp, Wire } from '../core/wire';
import { divergingEpoch, hasNews, leaderError, readPartition } from './fetchRead';
import { describeConsumerAnswers, parkFetch } from './fetchPurgatory';
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
function applyFollowerPositions(state: SimState, broker: BrokerState, req: FetchRequest): string[] {
  const notes: string[] = [];
  for (const p of req.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const r = broker.replicas[tp];
    if (leaderError(r, p.currentLeaderEpoch) || divergingEpoch(r, p)) continue;
    recordFollowerFetch(state, r, req.replicaId, p.fetchOffset);
    const expanded = maybeExpandIsr(state, broker, r, req.replicaId);
    if (expanded) notes.push(expanded);
    const hwBefore = r.highWatermark;
    if (maybeIncrementHighWatermark(state, broker, r) !== null) notes.push(`${tp} HW ${hwBefore}→${r.highWatermark}`);
  }
  return notes;
}

export function handleFetch(state: SimState, broker: BrokerState, from: string, req: FetchRequest): RowText {
  const follower = req.replicaId >= 0;
  // Read first, as Partition.fetchRecords does: the answer carries the HW from before this fetch
  // moved it, so a follower's HW trails the leader's by one round trip.
  const partitions = req.partitions.map((p) => readPartition(broker, p, req.replicaId));
  const notes = follower ? applyFollowerPositions(state, broker, req) : [];
  // A follower's fetch is always held when empty; a consumer may ask for no wait (fetch.max.wait.ms 0).
  const held = !hasNews(partitions) && (follower || req.maxWaitMs > 0);
  if (held) parkFetch(state, broker, from, req);
  else send(state, brokerNode(broker.id), from, { type: 'FetchResponse', requestId: req.requestId, partitions });
  return follower ? followerFetchRow(broker, req, partitions, notes, held) : consumerFetchRow(broker, from, req, partitions, held);
}

function followerFetchRow(broker: BrokerState, req: FetchRequest, partitions: FetchPartitionResp[], notes: string[], held: boolean): RowText {
  const positions = req.partitions.map((p) => `${p.topic}-${p.partition}@${p.fetchOffset}`).join(', ');
  const component = `Broker ${broker.id}`;
  const action = `Received fetch from broker ${req.replicaId} (${positions})`;
  if (held) {
    const waitMs = req.maxWaitMs;
    return {
      component, action, messageState: `Broker ${req.replicaId} is caught up`,
      output: notes.length > 0 ? `${notes.join('; ')}; holding the fetch up to ${waitMs} ms for new records` : `Nothing new: holding the fetch up to ${waitMs} ms`,
      routine: notes.length === 0,
    };
  }
  const sent = partitions.filter((p) => p.records.length > 0).map((p) => `${p.records.length} record(s) of ${p.topic}-${p.partition} from offset ${p.records[0].offset}`);
  const problems = partitions.filter((p) => p.error || p.divergingEpoch).map((p) => `${p.topic}-${p.partition}: ${p.error ?? `diverging epoch ${p.divergingEpoch?.epoch} ends at ${p.divergingEpoch?.endOffset}`}`);
  return {
    component, action,
    messageState: sent.length > 0 ? 'Records on their way to the follower' : 'Follower must fix its log first',
    output: [...notes, ...sent.map((s) => `sent ${s}`), ...problems].join('; '),
  };
}

function consumerFetchRow(broker: BrokerState, from: string, req: FetchRequest, partitions: FetchPartitionResp[], held: boolean): RowText {
  const positions = req.partitions.map((p) => `${tpKey(p.topic, p.partition)}@${p.fetchOffset}`).join(', ');
  const component = `Broker ${broker.id}`;
  const action = `Received fetch from consumer ${from} (${positions})`;
  if (held) return { component, action, messageState: 'Nothing committed past those offsets yet', output: `Holding the fetch up to fetch.max.wait.ms (${req.maxWaitMs} ms)`, routine: true };
  return { component, action, messageState: 'Only records below the high watermark are returned', output: `Sent ${describeConsumerAnswers(partitions)}` };
}

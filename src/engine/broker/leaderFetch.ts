// The leader's side of replication (Partition.fetchRecords for followers): validate the epoch,
// detect divergence (KIP-320 diverging epoch), record the follower's LEO and catch-up time, grow
// the ISR and the HW, and answer with records up to the leader's LEO — or park the fetch for up to
// replica.fetch.wait.max.ms when there is nothing new (long polling).
import { brokerNode, cancelTimer, type RowText, setTimer } from '../core/context';
import type { FetchPartitionResp, NetBody } from '../core/events';
import { send } from '../core/network';
import type { BrokerState, FetchPartitionReq, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { brokerConfig } from './config';
import { maybeExpandIsr } from './isr';
import { maybeIncrementHighWatermark } from './highWatermark';
import { endOffsetForEpoch, logEndOffset, NEVER_MS, recordsFrom } from './replicaLog';

type FetchRequest = Extract<NetBody, { type: 'FetchRequest' }>;

/** Bound on records returned per partition per fetch. */
export const MAX_RECORDS_PER_FETCH = 100;

function fetchTimerKey(broker: number, requestId: number): string {
  return `b${broker}:fetchwait:${requestId}`;
}

function validate(r: ReplicaState | undefined, p: FetchPartitionReq): string | null {
  if (r?.role !== 'leader') return 'NOT_LEADER_OR_FOLLOWER';
  if (p.currentLeaderEpoch < r.leaderEpoch) return 'FENCED_LEADER_EPOCH';
  if (p.currentLeaderEpoch > r.leaderEpoch) return 'UNKNOWN_LEADER_EPOCH';
  return null;
}

function diverging(r: ReplicaState, p: FetchPartitionReq): FetchPartitionResp['divergingEpoch'] {
  if (p.lastFetchedEpoch < 0) return null;
  const end = endOffsetForEpoch(r, p.lastFetchedEpoch);
  if (end.epoch === p.lastFetchedEpoch && end.endOffset >= p.fetchOffset) return null;
  return { epoch: end.epoch, endOffset: end.endOffset };
}

/** Replica.updateFetchStateOrThrow: the follower's LEO and when it was last caught up. */
function recordFollowerFetch(state: SimState, r: ReplicaState, follower: number, fetchOffset: number): void {
  const leo = logEndOffset(r);
  const f = r.followers[follower] ?? { logEndOffset: -1, lastCaughtUpTimeMs: NEVER_MS, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: NEVER_MS };
  let lastCaughtUpTimeMs = f.lastCaughtUpTimeMs;
  if (fetchOffset >= leo) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, state.timeMs);
  else if (fetchOffset >= f.lastFetchLeaderLogEndOffset) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, f.lastFetchTimeMs);
  r.followers[follower] = { logEndOffset: fetchOffset, lastCaughtUpTimeMs, lastFetchLeaderLogEndOffset: leo, lastFetchTimeMs: state.timeMs };
}

function partitionResponse(broker: BrokerState, p: FetchPartitionReq): FetchPartitionResp {
  const r = broker.replicas[tpKey(p.topic, p.partition)];
  const base = { topic: p.topic, partition: p.partition, records: [], highWatermark: r?.highWatermark ?? 0, logStartOffset: r?.logStartOffset ?? 0, logEndOffset: r ? logEndOffset(r) : 0, divergingEpoch: null };
  const error = validate(r, p);
  if (error) return { ...base, error };
  const divergingEpoch = diverging(r, p);
  if (divergingEpoch) return { ...base, error: null, divergingEpoch };
  if (p.fetchOffset > logEndOffset(r) || p.fetchOffset < r.logStartOffset) return { ...base, error: 'OFFSET_OUT_OF_RANGE' };
  return { ...base, error: null, records: recordsFrom(r, p.fetchOffset, MAX_RECORDS_PER_FETCH) };
}

function respond(state: SimState, broker: BrokerState, to: string, requestId: number, parts: FetchPartitionReq[]): FetchPartitionResp[] {
  const partitions = parts.map((p) => partitionResponse(broker, p));
  send(state, brokerNode(broker.id), to, { type: 'FetchResponse', requestId, partitions });
  return partitions;
}

export function handleFollowerFetch(state: SimState, broker: BrokerState, req: FetchRequest): RowText {
  // Read first, as Partition.fetchRecords does: the answer carries the HW from before this fetch
  // moved it, so a follower's HW trails the leader's by one round trip.
  const partitions = req.partitions.map((p) => partitionResponse(broker, p));
  const notes: string[] = [];
  for (const p of req.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const r = broker.replicas[tp];
    if (validate(r, p) || diverging(r, p)) continue;
    recordFollowerFetch(state, r, req.replicaId, p.fetchOffset);
    const expanded = maybeExpandIsr(state, broker, r, req.replicaId);
    if (expanded) notes.push(expanded);
    const hwBefore = r.highWatermark;
    if (maybeIncrementHighWatermark(state, broker, r) !== null) notes.push(`${tp} HW ${hwBefore}→${r.highWatermark}`);
  }
  const hasNews = partitions.some((p) => p.error || p.divergingEpoch || p.records.length > 0);
  const positions = req.partitions.map((p) => `${p.topic}-${p.partition}@${p.fetchOffset}`).join(', ');
  const component = `Broker ${broker.id}`;
  const action = `Received fetch from broker ${req.replicaId} (${positions})`;
  if (!hasNews) {
    const waitMs = brokerConfig(state).replicaFetchWaitMaxMs;
    broker.parkedFetches[String(req.requestId)] = { requestId: req.requestId, from: brokerNode(req.replicaId), expiresAtMs: state.timeMs + waitMs, partitions: req.partitions };
    setTimer(state, fetchTimerKey(broker.id, req.requestId), state.timeMs + waitMs, { type: 'fetchWaitExpired', broker: broker.id, requestId: req.requestId });
    return {
      component, action, messageState: `Broker ${req.replicaId} is caught up`,
      output: notes.length > 0 ? `${notes.join('; ')}; holding the fetch up to ${waitMs} ms for new records` : `Nothing new: holding the fetch up to ${waitMs} ms`,
      routine: notes.length === 0,
    };
  }
  send(state, brokerNode(broker.id), brokerNode(req.replicaId), { type: 'FetchResponse', requestId: req.requestId, partitions });
  const sent = partitions.filter((p) => p.records.length > 0).map((p) => `${p.records.length} record(s) of ${p.topic}-${p.partition} from offset ${p.records[0].offset}`);
  const problems = partitions.filter((p) => p.error || p.divergingEpoch).map((p) => `${p.topic}-${p.partition}: ${p.error ?? `diverging epoch ${p.divergingEpoch?.epoch} ends at ${p.divergingEpoch?.endOffset}`}`);
  return {
    component, action,
    messageState: sent.length > 0 ? 'Records on their way to the follower' : 'Follower must fix its log first',
    output: [...notes, ...sent.map((s) => `sent ${s}`), ...problems].join('; '),
  };
}

/** New records (or a new HW) wake parked follower fetches. */
export function completeParkedFetches(state: SimState, broker: BrokerState): void {
  for (const parked of Object.values(broker.parkedFetches)) {
    const hasData = parked.partitions.some((p) => {
      const r = broker.replicas[tpKey(p.topic, p.partition)];
      return r?.role !== 'leader' || logEndOffset(r) > p.fetchOffset;
    });
    if (!hasData) continue;
    delete broker.parkedFetches[String(parked.requestId)];
    cancelTimer(state, fetchTimerKey(broker.id, parked.requestId));
    respond(state, broker, parked.from, parked.requestId, parked.partitions);
  }
}

export function expireParkedFetch(state: SimState, broker: BrokerState, requestId: number): RowText | null {
  const parked = broker.parkedFetches[String(requestId)];
  if (!parked) return null;
  delete broker.parkedFetches[String(requestId)];
  respond(state, broker, parked.from, requestId, parked.partitions);
  return {
    component: `Broker ${broker.id}`,
    action: `Answered the held fetch from ${parked.from} after replica.fetch.wait.max.ms`,
    messageState: 'No new records',
    output: 'Empty fetch response (carries the current HW)',
    routine: true,
  };
}

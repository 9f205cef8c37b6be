// The follower's fetcher (AbstractFetcherThread): one fetch session per leader broker, covering
// every partition this broker follows there. It appends what the leader sends, takes the leader's
// HW capped at its own LEO, truncates when the leader reports a diverging epoch, and fetches again.
import { brokerNode, emit, nextId, type Played, setTimer } from '../core/context';
import type { FetchChange } from '../rowEvents';
import type { FetchPartitionResp, NetBody } from '../core/events';
import { send } from '../core/network';
import type { BrokerState, FetchPartitionReq, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { brokerConfig, topicSpec } from './config';
import { appendBatch, endOffsetForEpoch, latestEpoch, logEndOffset, truncateFullyAndStartAt, truncateTo } from './replicaLog';

/** replica.socket.timeout.ms: a fetch with no answer is abandoned and sent again. */
const FETCH_TIMEOUT_MS = 30000;

function followedPartitions(broker: BrokerState, leader: number): ReplicaState[] {
  // for-in, not Object.values().filter(): this runs for every fetch a follower sends.
  const out: ReplicaState[] = [];
  for (const tp in broker.replicas) {
    const r = broker.replicas[tp];
    if (r.role === 'follower' && r.leader === leader) out.push(r);
  }
  return out;
}

/** Starts a fetch to every leader this broker follows and has no fetch in flight to, by leader id. */
export function ensureFetching(state: SimState, broker: BrokerState): void {
  if (!broker.up) return;
  // Flags by broker id rather than a sorted set of ids: this runs after every fetch answer.
  const followed: boolean[] = new Array(state.brokers.length + 1).fill(false);
  for (const tp in broker.replicas) {
    const r = broker.replicas[tp];
    if (r.role === 'follower' && r.leader !== null) followed[r.leader] = true;
  }
  for (let leader = 1; leader < followed.length; leader++) {
    if (!followed[leader] || broker.fetchSessions[String(leader)]?.inFlight) continue;
    sendFetch(state, broker, leader);
  }
}

export function sendFetch(state: SimState, broker: BrokerState, leader: number): boolean {
  const parts: FetchPartitionReq[] = followedPartitions(broker, leader).map((r) => ({
    topic: r.topic, partition: r.partition, fetchOffset: logEndOffset(r), lastFetchedEpoch: latestEpoch(r), currentLeaderEpoch: r.leaderEpoch,
  }));
  if (parts.length === 0) {
    delete broker.fetchSessions[String(leader)];
    return false;
  }
  const requestId = nextId(state);
  broker.fetchSessions[String(leader)] = { inFlight: true, requestId };
  send(state, brokerNode(broker.id), brokerNode(leader), { type: 'FetchRequest', requestId, replicaId: broker.id, brokerEpoch: broker.brokerEpoch, maxWaitMs: brokerConfig(state).replicaFetchWaitMaxMs, partitions: parts });
  setTimer(state, state.timeMs + FETCH_TIMEOUT_MS + 1000, { type: 'fetchBackoff', broker: broker.id, leader });
  return true;
}

/** Applies one partition of a fetch response; what it changed is a FetchApplied event. */
function applyPartition(state: SimState, broker: BrokerState, p: FetchPartitionResp, leader: number): void {
  const change = partitionChange(state, broker, p, leader);
  if (change && state.rowEvents) emit(state, { type: 'FetchApplied', broker: broker.id, topic: p.topic, partition: p.partition, change });
}

function partitionChange(state: SimState, broker: BrokerState, p: FetchPartitionResp, leader: number): FetchChange | null {
  const tp = tpKey(p.topic, p.partition);
  const r = broker.replicas[tp];
  if (r?.role !== 'follower' || r.leader !== leader) return null;
  if (p.error === 'OFFSET_OUT_OF_RANGE') {
    if (logEndOffset(r) < p.logStartOffset) {
      truncateFullyAndStartAt(r, p.logStartOffset);
      return { kind: 'logRestarted', logStartOffset: p.logStartOffset };
    }
    // Ahead of the leader: truncate to the leader's log end (AbstractFetcherThread.fetchOffsetAndTruncate).
    const removed = truncateTo(r, p.logEndOffset);
    return { kind: 'truncatedToLeaderEnd', logEndOffset: p.logEndOffset, removed };
  }
  if (p.error) return { kind: 'error', error: p.error };
  if (p.divergingEpoch) {
    const own = endOffsetForEpoch(r, p.divergingEpoch.epoch);
    const to = Math.min(p.divergingEpoch.endOffset, own.endOffset < 0 ? p.divergingEpoch.endOffset : own.endOffset, logEndOffset(r));
    const leoBefore = logEndOffset(r);
    const removed = truncateTo(r, Math.max(0, to));
    emit(state, { type: 'LogTruncated', topic: p.topic, partition: p.partition, broker: broker.id, offset: to, detail: `${removed} record(s) removed` });
    return { kind: 'diverged', epoch: p.divergingEpoch.epoch, offset: to, leoBefore, leoAfter: logEndOffset(r), removed };
  }
  const leoBefore = logEndOffset(r);
  const hwBefore = r.highWatermark;
  // Records are in offset order, so they are all new when the first is (nearly always): no copy then.
  const fresh = p.records.length === 0 || p.records[0].offset >= leoBefore ? p.records : p.records.filter((rec) => rec.offset >= leoBefore);
  appendBatch(r, fresh, topicSpec(state, p.topic).config.segmentBytes);
  for (const rec of fresh) emit(state, { type: 'RecordReplicated', topic: p.topic, partition: p.partition, broker: broker.id, offset: rec.offset });
  // The leader's HW capped by its own log end, which can be lower than before after a leader
  // change (UnifiedLog.updateHighWatermark via ReplicaFetcherThread.processPartitionData).
  r.highWatermark = Math.max(r.logStartOffset, Math.min(p.highWatermark, logEndOffset(r)));
  if (fresh.length === 0 && hwBefore === r.highWatermark) return null;
  const firstOffset = fresh.length > 0 ? fresh[0].offset : -1;
  const lastOffset = fresh.length > 0 ? fresh[fresh.length - 1].offset : -1;
  return { kind: 'fetched', records: fresh.length, firstOffset, lastOffset, leoBefore, leoAfter: logEndOffset(r), hwBefore, hwAfter: r.highWatermark };
}

type FetchResponse = Extract<NetBody, { type: 'FetchResponse' }>;

export function handleFetchResponse(state: SimState, broker: BrokerState, from: number, res: FetchResponse): Played {
  const session = broker.fetchSessions[String(from)];
  if (!session || session.requestId !== res.requestId) {
    emit(state, { type: 'StaleFetchResponseIgnored', broker: broker.id, leader: from });
    return true;
  }
  session.inFlight = false;
  for (const p of res.partitions) applyPartition(state, broker, p, from);
  const failed = res.partitions.some((p) => p.error !== null && p.error !== 'OFFSET_OUT_OF_RANGE');
  if (failed) fetchSessionClosed(state, broker, from);
  const refetched = !failed && sendFetch(state, broker, from);
  ensureFetching(state, broker);
  if (state.rowEvents) emit(state, { type: 'FetchResponseProcessed', broker: broker.id, leader: from, next: refetched ? 'fetch' : failed ? 'backoff' : 'none' });
  return true;
}

/** A fetch that got no answer (leader gone or link cut): try again. */
export function retryFetch(state: SimState, broker: BrokerState, leader: number): Played {
  const session = broker.fetchSessions[String(leader)];
  if (session) session.inFlight = false;
  const sent = sendFetch(state, broker, leader);
  emit(state, { type: 'FetchRetried', broker: broker.id, leader, sent });
  return true;
}

export function fetchSessionClosed(state: SimState, broker: BrokerState, leader: number): void {
  // The session stays busy until the backoff is over, so nothing fetches from that leader sooner.
  const session = broker.fetchSessions[String(leader)];
  if (session) session.inFlight = true;
  // replica.fetch.backoff.ms (1000): wait before trying that leader again.
  setTimer(state, state.timeMs + 1000, { type: 'fetchBackoff', broker: broker.id, leader });
}

// The follower's fetcher (AbstractFetcherThread): one fetch session per leader broker, covering
// every partition this broker follows there. It appends what the leader sends, takes the leader's
// HW capped at its own LEO, truncates when the leader reports a diverging epoch, and fetches again.
import { brokerNode, emit, nextId, type RowText, setTimer } from '../core/context';
import type { FetchPartitionResp, NetBody } from '../core/events';
import { send } from '../core/network';
import type { BrokerState, FetchPartitionReq, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { brokerConfig, topicSpec } from './config';
import { appendBatch, endOffsetForEpoch, latestEpoch, logEndOffset, truncateFullyAndStartAt, truncateTo } from './replicaLog';

/** replica.socket.timeout.ms: a fetch with no answer is abandoned and sent again. */
const FETCH_TIMEOUT_MS = 30000;

function followedPartitions(broker: BrokerState, leader: number): ReplicaState[] {
  return Object.values(broker.replicas).filter((r) => r.role === 'follower' && r.leader === leader);
}

/** Starts a fetch to every leader this broker follows and has no fetch in flight to. */
export function ensureFetching(state: SimState, broker: BrokerState): void {
  if (!broker.up) return;
  const leaders = new Set<number>();
  for (const r of Object.values(broker.replicas)) if (r.role === 'follower' && r.leader !== null) leaders.add(r.leader);
  for (const leader of [...leaders].sort((a, b) => a - b)) {
    if (broker.fetchSessions[String(leader)]?.inFlight) continue;
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

function applyPartition(state: SimState, broker: BrokerState, p: FetchPartitionResp, leader: number): string | null {
  const tp = tpKey(p.topic, p.partition);
  const r = broker.replicas[tp];
  if (r?.role !== 'follower' || r.leader !== leader) return null;
  if (p.error === 'OFFSET_OUT_OF_RANGE') {
    if (logEndOffset(r) < p.logStartOffset) {
      truncateFullyAndStartAt(r, p.logStartOffset);
      return `${tp}: the leader deleted everything below offset ${p.logStartOffset}; the log restarts there`;
    }
    // Ahead of the leader: truncate to the leader's log end (AbstractFetcherThread.fetchOffsetAndTruncate).
    const removed = truncateTo(r, p.logEndOffset);
    return `${tp}: offset out of range, truncated to the leader's log end ${p.logEndOffset} (${removed} record(s) removed)`;
  }
  if (p.error) return `${tp}: ${p.error} (waiting for new metadata)`;
  if (p.divergingEpoch) {
    const own = endOffsetForEpoch(r, p.divergingEpoch.epoch);
    const to = Math.min(p.divergingEpoch.endOffset, own.endOffset < 0 ? p.divergingEpoch.endOffset : own.endOffset, logEndOffset(r));
    const leoBefore = logEndOffset(r);
    const removed = truncateTo(r, Math.max(0, to));
    emit(state, { type: 'LogTruncated', topic: p.topic, partition: p.partition, broker: broker.id, offset: to, detail: `${removed} record(s) removed` });
    return `${tp}: log diverged from the leader after epoch ${p.divergingEpoch.epoch} → truncated to offset ${to} (LEO ${leoBefore}→${logEndOffset(r)}, ${removed} record(s) removed)`;
  }
  const leoBefore = logEndOffset(r);
  const hwBefore = r.highWatermark;
  const fresh = p.records.filter((rec) => rec.offset >= leoBefore);
  appendBatch(r, fresh, topicSpec(state, p.topic).config.segmentBytes);
  for (const rec of fresh) emit(state, { type: 'RecordReplicated', topic: p.topic, partition: p.partition, broker: broker.id, offset: rec.offset });
  // The leader's HW capped by its own log end, which can be lower than before after a leader
  // change (UnifiedLog.updateHighWatermark via ReplicaFetcherThread.processPartitionData).
  r.highWatermark = Math.max(r.logStartOffset, Math.min(p.highWatermark, logEndOffset(r)));
  if (fresh.length === 0 && hwBefore === r.highWatermark) return null;
  const parts: string[] = [];
  if (fresh.length > 0) parts.push(`appended offset ${fresh[0].offset}${fresh.length > 1 ? `–${fresh[fresh.length - 1].offset}` : ''}, LEO ${leoBefore}→${logEndOffset(r)}`);
  if (hwBefore !== r.highWatermark) parts.push(`HW ${hwBefore}→${r.highWatermark}`);
  return `${tp}: ${parts.join(', ')}`;
}

type FetchResponse = Extract<NetBody, { type: 'FetchResponse' }>;

export function handleFetchResponse(state: SimState, broker: BrokerState, from: number, res: FetchResponse): RowText {
  const session = broker.fetchSessions[String(from)];
  const component = `Broker ${broker.id}`;
  if (!session || session.requestId !== res.requestId) {
    return { component, action: `Got a late fetch response from broker ${from}`, messageState: 'Stale', output: 'Ignored', routine: true };
  }
  session.inFlight = false;
  const notes = res.partitions.map((p) => applyPartition(state, broker, p, from)).filter((n): n is string => n !== null);
  const failed = res.partitions.some((p) => p.error !== null && p.error !== 'OFFSET_OUT_OF_RANGE');
  if (failed) fetchSessionClosed(state, broker, from);
  const refetched = !failed && sendFetch(state, broker, from);
  ensureFetching(state, broker);
  return {
    component,
    action: `Processed fetch response from leader broker ${from}`,
    messageState: notes.length > 0 ? 'Replica updated' : 'Nothing new',
    output: `${notes.length > 0 ? notes.join('; ') : 'No change'}${refetched ? '; fetching again' : failed ? '; fetching again after replica.fetch.backoff.ms (1000 ms)' : ''}`,
    routine: notes.length === 0,
  };
}

/** A fetch that got no answer (leader gone or link cut): try again. */
export function retryFetch(state: SimState, broker: BrokerState, leader: number): RowText {
  const session = broker.fetchSessions[String(leader)];
  if (session) session.inFlight = false;
  const sent = sendFetch(state, broker, leader);
  return {
    component: `Broker ${broker.id}`,
    action: `Retrying its fetch from broker ${leader}`,
    messageState: 'No answer yet, or the connection was lost',
    output: sent ? 'Sending the fetch again' : 'No partitions to fetch there any more',
  };
}

export function fetchSessionClosed(state: SimState, broker: BrokerState, leader: number): void {
  // The session stays busy until the backoff is over, so nothing fetches from that leader sooner.
  const session = broker.fetchSessions[String(leader)];
  if (session) session.inFlight = true;
  // replica.fetch.backoff.ms (1000): wait before trying that leader again.
  setTimer(state, state.timeMs + 1000, { type: 'fetchBackoff', broker: broker.id, leader });
}

// The broker's side of consumer reads: Metadata, FindCoordinator, Fetch (ReplicaManager.fetchMessages
// with FetchIsolation.HIGH_WATERMARK: consumers never see past the HW), ListOffsets and
// OffsetsForLeaderEpoch. A consumer fetch with nothing to return is held (DelayedFetch) until the
// HW moves or fetch.max.wait.ms passes.
import { cancelTimer, type RowText, setTimer } from '../core/context';
import type { BrokerState, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { MAX_RECORDS_PER_FETCH } from '../broker/leaderFetch';
import { endOffsetForEpoch, logEndOffset, recordAt, recordsFrom } from '../broker/replicaLog';
import { groupCoordinatorPartition } from '../rules/kafka/coordinator';
import { answer } from './clientNet';
import { findConsumer, offsetRange, type ParkedConsumerFetch } from './consumerState';
import { coordinatorOf } from './coordinatorPlacement';
import type { FetchPartitionReq, FetchPartitionResp, Wire } from '../core/wire';


function component(broker: BrokerState): string {
  return `Broker ${broker.id}`;
}

/** Partition.fetchRecords' checks for a client fetch: this broker must lead in the client's epoch. */
function leaderError(r: ReplicaState | undefined, currentLeaderEpoch: number): string | null {
  if (r?.role !== 'leader') return 'NOT_LEADER_OR_FOLLOWER';
  if (currentLeaderEpoch < r.leaderEpoch) return 'FENCED_LEADER_EPOCH';
  if (currentLeaderEpoch > r.leaderEpoch) return 'UNKNOWN_LEADER_EPOCH';
  return null;
}

function fetchAnswer(broker: BrokerState, p: FetchPartitionReq): FetchPartitionResp {
  const r = broker.replicas[tpKey(p.topic, p.partition)];
  const base = { topic: p.topic, partition: p.partition, records: [], highWatermark: r?.highWatermark ?? 0, logStartOffset: r?.logStartOffset ?? 0, logEndOffset: r ? logEndOffset(r) : 0, divergingEpoch: null };
  const error = leaderError(r, p.currentLeaderEpoch);
  if (error) return { ...base, error };
  if (p.fetchOffset > logEndOffset(r) || p.fetchOffset < r.logStartOffset) return { ...base, error: 'OFFSET_OUT_OF_RANGE' };
  // Between the HW and the LEO the answer is empty without an error: not yet committed.
  const count = Math.max(0, Math.min(r.highWatermark - p.fetchOffset, MAX_RECORDS_PER_FETCH));
  return { ...base, error: null, records: recordsFrom(r, p.fetchOffset, count) };
}

function describeAnswers(answers: FetchPartitionResp[]): string {
  return answers
    .map((a) => {
      const tp = tpKey(a.topic, a.partition);
      if (a.error) return `${tp}: ${a.error}`;
      if (a.records.length === 0) return `${tp}: nothing new (HW ${a.highWatermark})`;
      return `${a.records.length} record(s) of ${tp} (${offsetRange(a.records[0].offset, a.records[a.records.length - 1].offset)}), HW ${a.highWatermark}`;
    })
    .join('; ');
}

function fetchWaitKey(consumer: string, requestId: number): string {
  return `c:${consumer}:fetchwait:${requestId}`;
}

export function handleConsumerFetch(state: SimState, broker: BrokerState, from: string, req: Wire<'FetchRequest'>): RowText {
  const answers = req.partitions.map((p) => fetchAnswer(broker, p));
  const positions = req.partitions.map((p) => `${tpKey(p.topic, p.partition)}@${p.fetchOffset}`).join(', ');
  const action = `Received fetch from consumer ${from} (${positions})`;
  const hasNews = answers.some((a) => a.error !== null || a.records.length > 0);
  if (!hasNews && req.maxWaitMs > 0) {
    const c = findConsumer(state, from);
    c.parkedFetches[String(req.requestId)] = { broker: broker.id, requestId: req.requestId, partitions: req.partitions };
    setTimer(state, fetchWaitKey(from, req.requestId), state.timeMs + req.maxWaitMs, { type: 'consumerTimer', consumer: from, kind: 'fetchWait', ref: req.requestId, broker: broker.id });
    return { component: component(broker), action, messageState: 'Nothing committed past those offsets yet', output: `Holding the fetch up to fetch.max.wait.ms (${req.maxWaitMs} ms)`, routine: true };
  }
  answer(state, broker.id, from, { type: 'FetchResponse', requestId: req.requestId, partitions: answers });
  return { component: component(broker), action, messageState: 'Only records below the high watermark are returned', output: `Sent ${describeAnswers(answers)}` };
}

function completeParked(state: SimState, consumer: string, parked: ParkedConsumerFetch): FetchPartitionResp[] {
  const c = findConsumer(state, consumer);
  delete c.parkedFetches[String(parked.requestId)];
  cancelTimer(state, fetchWaitKey(consumer, parked.requestId));
  const broker = state.brokers[parked.broker - 1];
  const answers = parked.partitions.map((p) => fetchAnswer(broker, p));
  answer(state, broker.id, consumer, { type: 'FetchResponse', requestId: parked.requestId, partitions: answers });
  return answers;
}

/** consumerHooks.onHighWatermarkAdvanced: held fetches of that partition are answered at once. */
export function wakeParkedConsumerFetches(state: SimState, broker: BrokerState, r: ReplicaState): void {
  for (const c of state.consumers) {
    for (const parked of Object.values(c.parkedFetches)) {
      if (parked.broker !== broker.id) continue;
      const woken = parked.partitions.some((p) => p.topic === r.topic && p.partition === r.partition && p.fetchOffset < r.highWatermark);
      if (woken) completeParked(state, c.id, parked);
    }
  }
}

export function expireParkedConsumerFetch(state: SimState, consumer: string, requestId: number): RowText | null {
  const parked = findConsumer(state, consumer).parkedFetches[String(requestId)];
  if (!parked) return null;
  const answers = completeParked(state, consumer, parked);
  return {
    component: `Broker ${parked.broker}`, action: `Answered the held fetch from consumer ${consumer} after fetch.max.wait.ms`,
    messageState: 'No new committed records', output: describeAnswers(answers), routine: true,
  };
}

/** A crashed broker's held fetches vanish with its memory. */
export function dropParkedFetchesAt(state: SimState, brokerId: number): void {
  for (const c of state.consumers) {
    for (const parked of Object.values(c.parkedFetches)) {
      if (parked.broker !== brokerId) continue;
      delete c.parkedFetches[String(parked.requestId)];
      cancelTimer(state, fetchWaitKey(c.id, parked.requestId));
    }
  }
}

export function handleListOffsets(state: SimState, broker: BrokerState, from: string, req: Wire<'ListOffsetsRequest'>): RowText {
  const partitions = req.partitions.map((p) => {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    const error = leaderError(r, p.currentLeaderEpoch);
    if (error) return { topic: p.topic, partition: p.partition, error, offset: -1, leaderEpoch: -1 };
    // "latest" is the HW for read_uncommitted, never the raw LEO.
    const offset = p.timestamp === 'earliest' ? r.logStartOffset : r.highWatermark;
    return { topic: p.topic, partition: p.partition, error: null, offset, leaderEpoch: recordAt(r, offset - 1)?.leaderEpoch ?? -1 };
  });
  answer(state, broker.id, from, { type: 'ListOffsetsResponse', requestId: req.requestId, partitions });
  const text = partitions.map((p, i) => `${tpKey(p.topic, p.partition)} ${req.partitions[i].timestamp} = ${p.error ?? p.offset}`).join('; ');
  return { component: component(broker), action: `Answered ListOffsets from consumer ${from}`, messageState: 'earliest = log start offset, latest = high watermark', output: text };
}

export function handleOffsetsForLeaderEpoch(state: SimState, broker: BrokerState, from: string, req: Wire<'OffsetsForLeaderEpochRequest'>): RowText {
  const partitions = req.partitions.map((p) => {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    const error = leaderError(r, p.currentLeaderEpoch);
    if (error) return { topic: p.topic, partition: p.partition, error, leaderEpoch: -1, endOffset: -1 };
    const end = endOffsetForEpoch(r, p.leaderEpoch);
    return { topic: p.topic, partition: p.partition, error: null, leaderEpoch: end.epoch, endOffset: end.endOffset };
  });
  answer(state, broker.id, from, { type: 'OffsetsForLeaderEpochResponse', requestId: req.requestId, partitions });
  const text = partitions.map((p, i) => `${tpKey(p.topic, p.partition)}: epoch ${req.partitions[i].leaderEpoch} ends at ${p.error ?? p.endOffset}`).join('; ');
  return { component: component(broker), action: `Answered OffsetsForLeaderEpoch from consumer ${from}`, messageState: 'From its leader-epoch cache', output: text };
}

export function handleConsumerMetadata(state: SimState, broker: BrokerState, from: string, req: Wire<'MetadataRequest'>): RowText {
  const metas = Object.values(broker.metadata);
  const partitionCounts: Record<string, number> = {};
  for (const m of metas) partitionCounts[m.topic] = Math.max(partitionCounts[m.topic] ?? 0, m.partition + 1);
  answer(state, broker.id, from, { type: 'MetadataResponse', requestId: req.requestId, partitions: metas, partitionCounts });
  const leaders = metas.map((m) => `${tpKey(m.topic, m.partition)}→${m.leader ?? 'none'}`).join(', ');
  return { component: component(broker), action: `Answered a metadata request from consumer ${from}`, messageState: 'From its metadata cache', output: leaders ? `Leaders: ${leaders}` : 'It knows no partitions yet' };
}

export function handleFindCoordinator(state: SimState, broker: BrokerState, from: string, req: Wire<'FindCoordinatorRequest'>): RowText {
  const coordinator = coordinatorOf(state, req.groupId);
  const p = groupCoordinatorPartition(req.groupId);
  answer(state, broker.id, from, { type: 'FindCoordinatorResponse', requestId: req.requestId, coordinator, error: coordinator === null ? 'COORDINATOR_NOT_AVAILABLE' : null });
  return {
    component: component(broker), action: `Consumer ${from} asked who coordinates group ${req.groupId}`,
    messageState: `The leader of __consumer_offsets partition ${p} coordinates it`,
    output: coordinator === null ? 'COORDINATOR_NOT_AVAILABLE: no broker of that partition is up' : `Broker ${coordinator}`,
  };
}

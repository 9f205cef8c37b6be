// The client's Fetcher and OffsetFetcher: metadata, fetches to partition leaders (one in flight
// per broker), auto.offset.reset through ListOffsets, and KIP-320 position validation through
// OffsetsForLeaderEpoch after a leader change.
import { emit, setTimer } from '../core/context';
import type { PositionNote, RequestNote } from '../clientNotes';
import type { SimState, Tp } from '../core/state';
import { tpKey } from '../core/state';
import { fetchCommittedOffsets } from './clientCommit';
import { hasInFlight, isReachable, nextBootstrapBroker, sendRequest } from './clientNet';
import { type ClientRequest, type ConsumerState, consumerSpec, tpOf } from './consumerState';
import { CONSUMER_REPLICA_ID, type Wire } from '../core/wire';
import { requestReset, resetPolicy } from './subscriptionState';
import type { TopicPartitionRef } from '../view.types';

/** metadata.max.age.ms: metadata is refreshed at least this often (new partitions show up). */
export const METADATA_MAX_AGE_MS = 300000;

export function requestMetadata(state: SimState, c: ConsumerState): RequestNote | null {
  if (hasInFlight(c, 'Metadata')) return null;
  const broker = nextBootstrapBroker(state, c);
  c.metadataNeeded = false;
  sendRequest(state, c, broker, 'Metadata', { client: c.id });
  return { kind: 'metadataRequested', broker };
}

/**
 * Groups partitions by their leader in the client's metadata, in the order given; leaderless ones
 * ask for metadata. A partition is kept as its assignment entry, so a request names it without
 * parsing its key. Leaders in `busy` are left out (no group is built for them).
 */
function byLeader(state: SimState, c: ConsumerState, refs: TopicPartitionRef[], busy: readonly number[] = []): Map<number, TopicPartitionRef[]> {
  const out = new Map<number, TopicPartitionRef[]>();
  for (const ref of refs) {
    const leader = c.metadata[tpOf(ref)]?.leader ?? null;
    if (leader === null) {
      c.metadataNeeded = true;
      continue;
    }
    if (!isReachable(state, c, leader) || busy.includes(leader)) continue;
    const group = out.get(leader);
    if (group) group.push(ref);
    else out.set(leader, [ref]);
  }
  return out;
}

/** Whether an assigned partition is in this fetch state with no request of its own out. */
function isWaiting(c: ConsumerState, ref: TopicPartitionRef, fetchState: string): boolean {
  const pos = c.positions[tpOf(ref)];
  return pos?.fetchState === fetchState && !pos.requestInFlight;
}

/** The assigned partitions in this fetch state with no request of their own out. */
function waiting(c: ConsumerState, fetchState: string): TopicPartitionRef[] {
  return c.assignment.filter((ref) => isWaiting(c, ref, fetchState));
}

/** Whether any assigned partition is waiting so: asked on every poll, where nearly always none is, so no list is made. */
function anyWaiting(c: ConsumerState, fetchState: string): boolean {
  for (let i = 0; i < c.assignment.length; i++) if (isWaiting(c, c.assignment[i], fetchState)) return true;
  return false;
}

function resetPositions(state: SimState, c: ConsumerState, notes: RequestNote[]): void {
  if (!anyWaiting(c, 'AWAIT_RESET')) return; // nearly every poll: nothing to group
  const awaiting = waiting(c, 'AWAIT_RESET');
  const policy = resetPolicy(state, c) === 'earliest' ? 'earliest' : 'latest';
  for (const [leader, refs] of byLeader(state, c, awaiting)) {
    const tps = refs.map(tpOf);
    for (const tp of tps) c.positions[tp].requestInFlight = true;
    const partitions = refs.map((ref, i) => ({ topic: ref.topic, partition: ref.partition, currentLeaderEpoch: c.metadata[tps[i]].leaderEpoch, timestamp: policy }) as const);
    sendRequest(state, c, leader, 'ListOffsets', { partitions }, tps);
    notes.push({ kind: 'resetRequested', broker: leader, policy, tps });
  }
}

function validatePositions(state: SimState, c: ConsumerState, notes: RequestNote[]): void {
  if (!anyWaiting(c, 'AWAIT_VALIDATION')) return; // nearly every poll: nothing to group
  const awaiting = waiting(c, 'AWAIT_VALIDATION');
  for (const [leader, refs] of byLeader(state, c, awaiting)) {
    const tps = refs.map(tpOf);
    for (const tp of tps) c.positions[tp].requestInFlight = true;
    const partitions = refs.map((ref, i) => ({ topic: ref.topic, partition: ref.partition, currentLeaderEpoch: c.metadata[tps[i]].leaderEpoch, leaderEpoch: c.positions[tps[i]].offsetEpoch }));
    sendRequest(state, c, leader, 'OffsetsForLeaderEpoch', { partitions }, tps);
    notes.push({ kind: 'validationRequested', broker: leader, partitions: tps.map((tp) => ({ tp, offset: c.positions[tp].offset, epoch: c.positions[tp].offsetEpoch })) });
  }
}

/** Whether a fetch answer for the partition waits in the client for the next poll(). */
function isBuffered(c: ConsumerState, tp: Tp): boolean {
  for (let i = 0; i < c.completedFetches.length; i++) if (c.completedFetches[i].tp === tp) return true;
  return false;
}

/** Whether an assigned partition is to be fetched now: positioned, with nothing buffered. */
function isFetchable(c: ConsumerState, ref: TopicPartitionRef): boolean {
  const tp = tpOf(ref);
  return c.positions[tp]?.fetchState === 'FETCHING' && !isBuffered(c, tp);
}

/** The brokers a fetch of this consumer is in flight to (one at most per broker). */
function fetchingFrom(c: ConsumerState): number[] {
  const out: number[] = [];
  for (const r of c.inFlight.values()) if (r.kind === 'Fetch') out.push(r.broker);
  return out;
}

/**
 * The brokers a fetch of this consumer is in flight to, when a fetchable partition's leader is not
 * one of them, or is not known (that asks for metadata); null when there is nothing to send. Most
 * polls find a fetch in flight to every leader: they stop here, with no list but those brokers.
 */
function busyIfFetchToSend(c: ConsumerState): number[] | null {
  let busy: number[] | null = null;
  for (let i = 0; i < c.assignment.length; i++) {
    const ref = c.assignment[i];
    if (!isFetchable(c, ref)) continue;
    const leader = c.metadata[tpOf(ref)]?.leader ?? null;
    busy ??= fetchingFrom(c);
    if (leader === null || !busy.includes(leader)) return busy;
  }
  return null;
}

/** Runs on every poll(): no partition key is parsed, and nothing is built for a leader already fetched from. */
function sendFetches(state: SimState, c: ConsumerState, notes: RequestNote[]): void {
  const busy = c.pendingRevocation ? null : busyIfFetchToSend(c);
  if (busy === null) return;
  const toFetch = c.assignment.filter((ref) => isFetchable(c, ref));
  const maxWaitMs = consumerSpec(state, c.id).config.fetchMaxWaitMs;
  // Most polls find a fetch in flight to every leader: those partitions are not grouped at all.
  for (const [leader, refs] of byLeader(state, c, toFetch, busy)) {
    const tps = refs.map(tpOf);
    // lastFetchedEpoch -1: a consumer validates its position with OffsetsForLeaderEpoch instead.
    const partitions = refs.map((ref, i) => ({ topic: ref.topic, partition: ref.partition, fetchOffset: c.positions[tps[i]].offset, lastFetchedEpoch: -1, currentLeaderEpoch: c.metadata[tps[i]].leaderEpoch }));
    const id = sendRequest(state, c, leader, 'Fetch', { replicaId: CONSUMER_REPLICA_ID, brokerEpoch: -1, maxWaitMs, partitions }, tps);
    (c.inFlight.get(id) as ClientRequest).offsets = partitions.map((p) => p.fetchOffset);
    // What the row tells: a run without rows skips the list (this runs on nearly every poll).
    if (state.rowEvents) notes.push({ kind: 'fetchSent', broker: leader, partitions: partitions.map((p, i) => ({ tp: tps[i], offset: p.fetchOffset })) });
  }
}

/** Everything poll() does to get positions and records moving (updateFetchPositions + sendFetches). */
export function pump(state: SimState, c: ConsumerState): RequestNote[] {
  const notes: RequestNote[] = [];
  const committed = fetchCommittedOffsets(state, c);
  if (committed) notes.push(committed);
  resetPositions(state, c, notes);
  validatePositions(state, c, notes);
  sendFetches(state, c, notes);
  if (c.metadataNeeded) {
    const sent = requestMetadata(state, c);
    if (sent) notes.push(sent);
  }
  return notes;
}

export function handleMetadataResult(state: SimState, c: ConsumerState, res: Wire<'MetadataResponse'>): PositionNote[] {
  const notes: PositionNote[] = [];
  const learned = res.partitions.filter((m) => !c.metadata[tpKey(m.topic, m.partition)]).length;
  if (learned > 0) notes.push({ kind: 'leadersLearned', count: learned });
  for (const m of res.partitions) {
    const tp = tpKey(m.topic, m.partition);
    const before = c.metadata[tp];
    if (before && before.leaderEpoch > m.leaderEpoch) continue;
    if (before && before.leader !== m.leader) notes.push({ kind: 'leaderMoved', tp, from: before.leader, to: m.leader });
    c.metadata[tp] = { leader: m.leader, leaderEpoch: m.leaderEpoch };
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'FETCHING' || m.leaderEpoch <= pos.leaderEpoch) continue;
    // A new leader epoch: the position must be checked against the new leader's log (KIP-320).
    if (pos.offsetEpoch >= 0) {
      pos.fetchState = 'AWAIT_VALIDATION';
      notes.push({ kind: 'positionToValidate', tp, leaderEpoch: m.leaderEpoch, offset: pos.offset });
    } else pos.leaderEpoch = m.leaderEpoch;
  }
  for (const [topic, n] of Object.entries(res.partitionCounts)) c.partitionCounts[topic] = Math.max(c.partitionCounts[topic] ?? 0, n);
  const snapshot = c.assignmentSnapshot;
  if (c.isLeader && snapshot && Object.keys(snapshot).some((t) => (c.partitionCounts[t] ?? 0) !== snapshot[t])) {
    c.rejoinReason ??= { kind: 'partitionCountChanged' };
    notes.push({ kind: 'partitionCountChanged' });
  }
  setTimer(state, state.timeMs + METADATA_MAX_AGE_MS, { type: 'consumerTimer', consumer: c.id, kind: 'metadataAge' });
  return notes;
}

const LEADER_ERRORS = new Set(['NOT_LEADER_OR_FOLLOWER', 'FENCED_LEADER_EPOCH', 'UNKNOWN_LEADER_EPOCH', 'LEADER_NOT_AVAILABLE']);

export function handleFetchResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'FetchResponse'>): { notes: PositionNote[]; records: number } {
  const notes: PositionNote[] = [];
  let records = 0;
  for (const a of res.partitions) {
    const tp = tpKey(a.topic, a.partition);
    const pos = c.positions[tp];
    const asked = req.offsets?.[req.tps.indexOf(tp)];
    if (pos?.fetchState !== 'FETCHING' || pos.offset !== asked) continue; // revoked, reset or moved meanwhile
    pos.highWatermark = a.highWatermark;
    if (a.error === 'OFFSET_OUT_OF_RANGE') {
      notes.push(...requestReset(state, c, tp, { kind: 'outOfRange', offset: asked, logStartOffset: a.logStartOffset }));
      emit(state, { type: 'OffsetOutOfRange', consumer: c.id, topic: a.topic, partition: a.partition, offset: asked });
    } else if (a.error && LEADER_ERRORS.has(a.error)) {
      c.metadataNeeded = true;
      notes.push({ kind: 'fetchLeaderError', tp, error: a.error });
    } else if (a.records.length > 0) {
      c.completedFetches.push({ tp, fetchOffset: asked, records: a.records });
      records += a.records.length;
      notes.push({ kind: 'buffered', tp, records: a.records.length });
    }
  }
  return { notes, records };
}

export function handleListOffsetsResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'ListOffsetsResponse'> | null): PositionNote[] {
  for (const tp of req.tps) if (c.positions[tp]) c.positions[tp].requestInFlight = false;
  if (res === null) {
    c.metadataNeeded = true;
    return [{ kind: 'retryLater', api: 'ListOffsets' }];
  }
  const notes: PositionNote[] = [];
  for (const p of res.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'AWAIT_RESET') continue;
    if (p.error) {
      c.metadataNeeded = true;
      notes.push({ kind: 'partitionError', tp, error: p.error });
      continue;
    }
    pos.offset = p.offset;
    pos.offsetEpoch = p.leaderEpoch;
    pos.leaderEpoch = c.metadata[tp]?.leaderEpoch ?? -1;
    pos.fetchState = 'FETCHING';
    emit(state, { type: 'PositionReset', consumer: c.id, topic: p.topic, partition: p.partition, offset: p.offset, detail: resetPolicy(state, c) });
    notes.push({ kind: 'positionReset', tp, offset: p.offset, policy: resetPolicy(state, c) });
  }
  return notes;
}

export function handleValidationResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'OffsetsForLeaderEpochResponse'> | null): PositionNote[] {
  for (const tp of req.tps) if (c.positions[tp]) c.positions[tp].requestInFlight = false;
  if (res === null) {
    c.metadataNeeded = true;
    return [{ kind: 'retryLater', api: 'OffsetsForLeaderEpoch' }];
  }
  const notes: PositionNote[] = [];
  for (const p of res.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'AWAIT_VALIDATION') continue;
    if (p.error) {
      c.metadataNeeded = true;
      notes.push({ kind: 'partitionError', tp, error: p.error });
    } else if (p.endOffset < 0) {
      notes.push(...requestReset(state, c, tp, { kind: 'unknownEpoch', epoch: pos.offsetEpoch }));
    } else if (p.endOffset < pos.offset) {
      emit(state, { type: 'LogTruncationDetected', consumer: c.id, topic: p.topic, partition: p.partition, offset: p.endOffset, detail: `position ${pos.offset}` });
      if (resetPolicy(state, c) === 'none') notes.push(...requestReset(state, c, tp, { kind: 'truncatedBelow', position: pos.offset }));
      else {
        notes.push({ kind: 'rewound', tp, endOffset: p.endOffset, position: pos.offset });
        Object.assign(pos, { offset: p.endOffset, offsetEpoch: p.leaderEpoch, leaderEpoch: c.metadata[tp]?.leaderEpoch ?? -1, fetchState: 'FETCHING' });
      }
    } else {
      pos.leaderEpoch = c.metadata[tp]?.leaderEpoch ?? -1;
      pos.fetchState = 'FETCHING';
      notes.push({ kind: 'positionValid', tp, offset: pos.offset });
    }
  }
  return notes;
}

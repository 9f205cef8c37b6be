// The client's Fetcher and OffsetFetcher: metadata, fetches to partition leaders (one in flight
// per broker), auto.offset.reset through ListOffsets, and KIP-320 position validation through
// OffsetsForLeaderEpoch after a leader change.
import { emit, setTimer } from '../core/context';
import type { SimState, Tp } from '../core/state';
import { tpKey } from '../core/state';
import { fetchCommittedOffsets } from './clientCommit';
import { hasInFlight, isReachable, nextBootstrapBroker, sendRequest } from './clientNet';
import { type ClientRequest, type ConsumerState, consumerSpec, parseTp, tpOf } from './consumerState';
import { CONSUMER_REPLICA_ID, type Wire } from '../core/wire';
import { requestReset, resetPolicy } from './subscriptionState';

/** metadata.max.age.ms: metadata is refreshed at least this often (new partitions show up). */
export const METADATA_MAX_AGE_MS = 300000;

export function requestMetadata(state: SimState, c: ConsumerState): string | null {
  if (hasInFlight(c, 'Metadata')) return null;
  const broker = nextBootstrapBroker(state, c);
  c.metadataNeeded = false;
  sendRequest(state, c, broker, 'Metadata', { client: c.id });
  return `asked broker ${broker} for metadata`;
}

/** Groups partitions by their leader in the client's metadata; leaderless ones ask for metadata. */
function byLeader(state: SimState, c: ConsumerState, tps: Tp[]): Map<number, Tp[]> {
  const out = new Map<number, Tp[]>();
  for (const tp of tps) {
    const leader = c.metadata[tp]?.leader ?? null;
    if (leader === null) {
      c.metadataNeeded = true;
      continue;
    }
    if (!isReachable(state, c, leader)) continue;
    out.set(leader, [...(out.get(leader) ?? []), tp]);
  }
  return out;
}

function waiting(c: ConsumerState, fetchState: string): Tp[] {
  return c.assignment.map(tpOf).filter((tp) => c.positions[tp]?.fetchState === fetchState && !c.positions[tp].requestInFlight);
}

function resetPositions(state: SimState, c: ConsumerState): string[] {
  const policy = resetPolicy(state, c) === 'earliest' ? 'earliest' : 'latest';
  const notes: string[] = [];
  for (const [leader, tps] of byLeader(state, c, waiting(c, 'AWAIT_RESET'))) {
    for (const tp of tps) c.positions[tp].requestInFlight = true;
    const partitions = tps.map((tp) => ({ ...parseTp(tp), currentLeaderEpoch: c.metadata[tp].leaderEpoch, timestamp: policy }) as const);
    sendRequest(state, c, leader, 'ListOffsets', { partitions }, tps);
    notes.push(`asked broker ${leader} for the ${policy} offset of ${tps.join(', ')}`);
  }
  return notes;
}

function validatePositions(state: SimState, c: ConsumerState): string[] {
  const notes: string[] = [];
  for (const [leader, tps] of byLeader(state, c, waiting(c, 'AWAIT_VALIDATION'))) {
    for (const tp of tps) c.positions[tp].requestInFlight = true;
    const partitions = tps.map((tp) => ({ ...parseTp(tp), currentLeaderEpoch: c.metadata[tp].leaderEpoch, leaderEpoch: c.positions[tp].offsetEpoch }));
    sendRequest(state, c, leader, 'OffsetsForLeaderEpoch', { partitions }, tps);
    notes.push(`asked broker ${leader} to validate ${tps.map((tp) => `${tp}@${c.positions[tp].offset} (epoch ${c.positions[tp].offsetEpoch})`).join(', ')}`);
  }
  return notes;
}

function sendFetches(state: SimState, c: ConsumerState): string[] {
  if (c.pendingRevocation) return [];
  const buffered = new Set(c.completedFetches.map((f) => f.tp));
  const notes: string[] = [];
  const fetchable = c.assignment.map(tpOf).filter((tp) => c.positions[tp]?.fetchState === 'FETCHING' && !buffered.has(tp));
  const maxWaitMs = consumerSpec(state, c.id).config.fetchMaxWaitMs;
  for (const [leader, tps] of byLeader(state, c, fetchable)) {
    if (hasInFlight(c, 'Fetch', leader)) continue;
    // lastFetchedEpoch -1: a consumer validates its position with OffsetsForLeaderEpoch instead.
    const partitions = tps.map((tp) => ({ ...parseTp(tp), fetchOffset: c.positions[tp].offset, lastFetchedEpoch: -1, currentLeaderEpoch: c.metadata[tp].leaderEpoch }));
    const id = sendRequest(state, c, leader, 'Fetch', { replicaId: CONSUMER_REPLICA_ID, brokerEpoch: -1, maxWaitMs, partitions }, tps);
    c.inFlight[String(id)].offsets = partitions.map((p) => p.fetchOffset);
    notes.push(`fetch sent to broker ${leader} (${partitions.map((p) => `${tpKey(p.topic, p.partition)}@${p.fetchOffset}`).join(', ')})`);
  }
  return notes;
}

/** Everything poll() does to get positions and records moving (updateFetchPositions + sendFetches). */
export function pump(state: SimState, c: ConsumerState): string[] {
  const notes: string[] = [];
  const committed = fetchCommittedOffsets(state, c);
  if (committed) notes.push(committed);
  notes.push(...resetPositions(state, c), ...validatePositions(state, c), ...sendFetches(state, c));
  if (c.metadataNeeded) {
    const sent = requestMetadata(state, c);
    if (sent) notes.push(sent);
  }
  return notes;
}

export function handleMetadataResult(state: SimState, c: ConsumerState, res: Wire<'MetadataResponse'>): string[] {
  const notes: string[] = [];
  const learned = res.partitions.filter((m) => !c.metadata[tpKey(m.topic, m.partition)]).length;
  if (learned > 0) notes.push(`Learned the leaders of ${learned} partition(s)`);
  for (const m of res.partitions) {
    const tp = tpKey(m.topic, m.partition);
    const before = c.metadata[tp];
    if (before && before.leaderEpoch > m.leaderEpoch) continue;
    if (before && before.leader !== m.leader) notes.push(`${tp} leader ${before.leader ?? 'none'}→${m.leader ?? 'none'}`);
    c.metadata[tp] = { leader: m.leader, leaderEpoch: m.leaderEpoch };
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'FETCHING' || m.leaderEpoch <= pos.leaderEpoch) continue;
    // A new leader epoch: the position must be checked against the new leader's log (KIP-320).
    if (pos.offsetEpoch >= 0) {
      pos.fetchState = 'AWAIT_VALIDATION';
      notes.push(`${tp} has a new leader epoch ${m.leaderEpoch}: its position ${pos.offset} will be validated`);
    } else pos.leaderEpoch = m.leaderEpoch;
  }
  for (const [topic, n] of Object.entries(res.partitionCounts)) c.partitionCounts[topic] = Math.max(c.partitionCounts[topic] ?? 0, n);
  const snapshot = c.assignmentSnapshot;
  if (c.isLeader && snapshot && Object.keys(snapshot).some((t) => (c.partitionCounts[t] ?? 0) !== snapshot[t])) {
    c.rejoinReason ??= 'the leader saw a new partition count in the metadata';
    notes.push('the partition count changed since it assigned: as group leader it rejoins to reassign');
  }
  setTimer(state, `c:${c.id}:metadataAge`, state.timeMs + METADATA_MAX_AGE_MS, { type: 'consumerTimer', consumer: c.id, kind: 'metadataAge' });
  return notes;
}

const LEADER_ERRORS = new Set(['NOT_LEADER_OR_FOLLOWER', 'FENCED_LEADER_EPOCH', 'UNKNOWN_LEADER_EPOCH', 'LEADER_NOT_AVAILABLE']);

export function handleFetchResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'FetchResponse'>): { notes: string[]; records: number } {
  const notes: string[] = [];
  let records = 0;
  for (const a of res.partitions) {
    const tp = tpKey(a.topic, a.partition);
    const pos = c.positions[tp];
    const asked = req.offsets?.[req.tps.indexOf(tp)];
    if (pos?.fetchState !== 'FETCHING' || pos.offset !== asked) continue; // revoked, reset or moved meanwhile
    pos.highWatermark = a.highWatermark;
    if (a.error === 'OFFSET_OUT_OF_RANGE') {
      notes.push(requestReset(state, c, tp, 'OffsetOutOfRangeException', `offset ${asked} is out of range (log ${a.logStartOffset}–)`));
      emit(state, { type: 'OffsetOutOfRange', consumer: c.id, topic: a.topic, partition: a.partition, offset: asked });
    } else if (a.error && LEADER_ERRORS.has(a.error)) {
      c.metadataNeeded = true;
      notes.push(`${tp}: ${a.error}, will refresh metadata`);
    } else if (a.records.length > 0) {
      c.completedFetches.push({ tp, fetchOffset: asked, records: a.records });
      records += a.records.length;
      notes.push(`${a.records.length} record(s) of ${tp} buffered for the next poll`);
    }
  }
  return { notes, records };
}

export function handleListOffsetsResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'ListOffsetsResponse'> | null): string[] {
  for (const tp of req.tps) if (c.positions[tp]) c.positions[tp].requestInFlight = false;
  if (res === null) {
    c.metadataNeeded = true;
    return ['ListOffsets failed; will retry'];
  }
  const notes: string[] = [];
  for (const p of res.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'AWAIT_RESET') continue;
    if (p.error) {
      c.metadataNeeded = true;
      notes.push(`${tp}: ${p.error}`);
      continue;
    }
    pos.offset = p.offset;
    pos.offsetEpoch = p.leaderEpoch;
    pos.leaderEpoch = c.metadata[tp]?.leaderEpoch ?? -1;
    pos.fetchState = 'FETCHING';
    emit(state, { type: 'PositionReset', consumer: c.id, topic: p.topic, partition: p.partition, offset: p.offset, detail: resetPolicy(state, c) });
    notes.push(`${tp} position reset to ${p.offset} (auto.offset.reset=${resetPolicy(state, c)})`);
  }
  return notes;
}

export function handleValidationResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'OffsetsForLeaderEpochResponse'> | null): string[] {
  for (const tp of req.tps) if (c.positions[tp]) c.positions[tp].requestInFlight = false;
  if (res === null) {
    c.metadataNeeded = true;
    return ['validation failed; will retry'];
  }
  const notes: string[] = [];
  for (const p of res.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'AWAIT_VALIDATION') continue;
    if (p.error) {
      c.metadataNeeded = true;
      notes.push(`${tp}: ${p.error}`);
    } else if (p.endOffset < 0) {
      notes.push(requestReset(state, c, tp, 'LogTruncationException', `leader epoch ${pos.offsetEpoch} is unknown to the leader`));
    } else if (p.endOffset < pos.offset) {
      emit(state, { type: 'LogTruncationDetected', consumer: c.id, topic: p.topic, partition: p.partition, offset: p.endOffset, detail: `position ${pos.offset}` });
      if (resetPolicy(state, c) === 'none') notes.push(requestReset(state, c, tp, 'LogTruncationException', `the log was truncated below position ${pos.offset}`));
      else {
        notes.push(`${tp}: the log was truncated at ${p.endOffset}, below position ${pos.offset}: rewinding to ${p.endOffset}`);
        Object.assign(pos, { offset: p.endOffset, offsetEpoch: p.leaderEpoch, leaderEpoch: c.metadata[tp]?.leaderEpoch ?? -1, fetchState: 'FETCHING' });
      }
    } else {
      pos.leaderEpoch = c.metadata[tp]?.leaderEpoch ?? -1;
      pos.fetchState = 'FETCHING';
      notes.push(`${tp} position ${pos.offset} is valid on the new leader`);
    }
  }
  return notes;
}

// The client's offsets (ConsumerCoordinator): OffsetCommit of the current positions — the next
// offset to read, never the last one read — and OffsetFetch of the committed offsets for newly
// assigned partitions.
import { emit } from '../core/context';
import type { SimState } from '../core/state';
import { tpKey } from '../core/state';
import { sendRequest } from './clientNet';
import { type ClientRequest, type CommitPurpose, type ConsumerState, consumerSpec, tpOf } from './consumerState';
import type { Wire } from '../core/wire';
import type { CommitAttempt, GroupNote, PositionNote, RequestNote } from '../clientNotes';
import { consumedOffsets, requestReset } from './subscriptionState';

/** retry.backoff.ms: a failed auto-commit is retried this much later. */
export const RETRY_BACKOFF_MS = 100;

export function sendCommit(state: SimState, c: ConsumerState, purpose: CommitPurpose): CommitAttempt {
  if (c.coordinator === null) return { requestId: null, skipped: 'coordinatorUnknown' };
  // generationIfStable(): during a rebalance a commit would be rejected (RebalanceInProgressException).
  if (c.memberState !== 'STABLE') return { requestId: null, skipped: 'rebalancing' };
  const offsets = consumedOffsets(c);
  if (offsets.length === 0) return { requestId: null, skipped: 'nothingToCommit' };
  const requestId = sendRequest(state, c, c.coordinator, 'OffsetCommit', { groupId: c.groupId, memberId: c.memberId, generation: c.generation, offsets }, offsets.map(tpOf));
  (c.inFlight.get(requestId) as ClientRequest).purpose = purpose;
  return { requestId, purpose, offsets: offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset })), coordinator: c.coordinator };
}

type CommitFailure = NonNullable<Extract<GroupNote, { kind: 'commitAnswered' }>['recovery']>;

/** A commit failed with a group error: the member's generation is gone (CommitFailedException). */
function commitFailed(c: ConsumerState, error: string): CommitFailure {
  if (error === 'UNKNOWN_MEMBER_ID') {
    c.memberId = '';
    c.generation = -1;
  } else if (error === 'ILLEGAL_GENERATION') c.generation = -1;
  if (error === 'NOT_COORDINATOR' || error === 'COORDINATOR_NOT_AVAILABLE' || error === 'NETWORK_EXCEPTION' || error === 'REQUEST_TIMED_OUT') {
    c.coordinator = null;
    return 'coordinatorLost';
  }
  c.rejoinReason ??= { kind: 'commitFailed', error };
  return error === 'REBALANCE_IN_PROGRESS' ? 'rebalancing' : 'groupMovedOn';
}

export function handleCommitResult(state: SimState, c: ConsumerState, req: ClientRequest, error: string | null, offsets: Wire<'OffsetCommitResponse'>['offsets']): GroupNote {
  // A failed request has no answer to list: the partitions it was for stand in for it.
  const list = offsets.length > 0 ? offsets.map((o) => ({ tp: tpKey(o.topic, o.partition), offset: o.offset })) : req.tps.map((tp) => ({ tp, offset: null }));
  if (error === null) return { kind: 'commitAnswered', offsets: list, error, recovery: null };
  emit(state, { type: 'OffsetCommitFailed', consumer: c.id, detail: error });
  if (req.purpose === 'auto') c.nextAutoCommitMs = state.timeMs + RETRY_BACKOFF_MS;
  return { kind: 'commitAnswered', offsets: list, error, recovery: commitFailed(c, error) };
}

/** OffsetFetch for assigned partitions whose position is not known yet. */
export function fetchCommittedOffsets(state: SimState, c: ConsumerState): RequestNote | null {
  if (c.coordinator === null) return null;
  const wanted = c.assignment.filter((r) => {
    const pos = c.positions[tpOf(r)];
    return pos?.fetchState === 'INITIALIZING' && !pos.requestInFlight;
  });
  if (wanted.length === 0) return null;
  for (const r of wanted) c.positions[tpOf(r)].requestInFlight = true;
  sendRequest(state, c, c.coordinator, 'OffsetFetch', { groupId: c.groupId, partitions: wanted }, wanted.map(tpOf));
  return { kind: 'committedRequested', coordinator: c.coordinator, tps: wanted.map(tpOf) };
}

export function handleOffsetFetchResult(state: SimState, c: ConsumerState, req: ClientRequest, res: Wire<'OffsetFetchResponse'> | null): PositionNote[] {
  for (const tp of req.tps) if (c.positions[tp]) c.positions[tp].requestInFlight = false;
  if (res === null || res.error) {
    c.coordinator = null;
    return [{ kind: 'committedUnreadable', error: res?.error ?? null }];
  }
  const notes: PositionNote[] = [];
  for (const p of res.partitions) {
    const tp = tpKey(p.topic, p.partition);
    const pos = c.positions[tp];
    if (pos?.fetchState !== 'INITIALIZING') continue;
    if (p.offset === null) {
      notes.push(...requestReset(state, c, tp, { kind: 'noCommittedOffset' }));
      continue;
    }
    pos.offset = p.offset;
    pos.offsetEpoch = p.leaderEpoch;
    pos.leaderEpoch = p.leaderEpoch;
    // KIP-320: a committed position from an older leader epoch is checked against the log first.
    const current = c.metadata[tp]?.leaderEpoch ?? -1;
    pos.fetchState = p.leaderEpoch >= 0 && current > p.leaderEpoch ? 'AWAIT_VALIDATION' : 'FETCHING';
    notes.push({ kind: 'resumesAt', tp, offset: p.offset });
    emit(state, { type: 'PositionSet', consumer: c.id, topic: p.topic, partition: p.partition, offset: p.offset, detail: 'committed' });
  }
  return notes;
}

export function autoCommitIntervalMs(state: SimState, c: ConsumerState): number {
  return consumerSpec(state, c.id).config.autoCommitIntervalMs;
}

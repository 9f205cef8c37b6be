// The coordinator's offset requests: OffsetCommit (fenced by generation, so a member that lost its
// partitions cannot overwrite the new owner's progress) and OffsetFetch.
import { emit, type Played } from '../core/context';
import type { SimState } from '../core/state';
import { tpKey } from '../core/state';
import { answer } from './clientNet';
import type { GroupState } from './consumerState';
import { findMember, rescheduleSession } from './groupRebalance';
import type { Wire } from '../core/wire';

/** ClassicGroup.validateOffsetCommit. */
function commitError(g: GroupState, req: Wire<'OffsetCommitRequest'>): string | null {
  // generation -1 without a member id: a client outside group management, allowed on an empty group.
  if (req.generation < 0 && req.memberId === '' && g.state === 'Empty') return null;
  if (!findMember(g, req.memberId)) return 'UNKNOWN_MEMBER_ID';
  if (req.generation !== g.generation) return 'ILLEGAL_GENERATION';
  if (g.state === 'CompletingRebalance') return 'REBALANCE_IN_PROGRESS';
  return null;
}

export function handleOffsetCommit(state: SimState, g: GroupState, from: string, req: Wire<'OffsetCommitRequest'>): Played {
  const error = commitError(g, req);
  answer(state, g.hostedOn!, from, { type: 'OffsetCommitResponse', requestId: req.requestId, error, offsets: req.offsets });
  if (!error) {
    for (const o of req.offsets) {
      g.committed[tpKey(o.topic, o.partition)] = { offset: o.offset, leaderEpoch: o.leaderEpoch };
      emit(state, { type: 'OffsetsCommitted', consumer: from, topic: o.topic, partition: o.partition, offset: o.offset, detail: g.groupId });
    }
    const m = findMember(g, req.memberId);
    // A commit from a member counts as a heartbeat (completeAndScheduleNextHeartbeatExpiration).
    if (m) rescheduleSession(state, g, m);
  }
  emit(state, {
    type: 'OffsetCommitReceived', coordinator: g.hostedOn, groupId: g.groupId, from, offsets: req.offsets, generation: req.generation, error,
    groupGeneration: g.generation, groupState: g.state,
  });
  return true;
}

export function handleOffsetFetch(state: SimState, g: GroupState, from: string, req: Wire<'OffsetFetchRequest'>): Played {
  const partitions = req.partitions.map((p) => {
    const c = g.committed[tpKey(p.topic, p.partition)];
    return { topic: p.topic, partition: p.partition, offset: c ? c.offset : null, leaderEpoch: c ? c.leaderEpoch : -1 };
  });
  answer(state, g.hostedOn!, from, { type: 'OffsetFetchResponse', requestId: req.requestId, error: null, partitions });
  emit(state, { type: 'OffsetFetchReceived', coordinator: g.hostedOn, groupId: g.groupId, from, partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition, offset: p.offset })) });
  return true;
}

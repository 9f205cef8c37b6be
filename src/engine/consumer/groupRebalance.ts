// The group coordinator's classic rebalance (GroupMetadataManager's ClassicGroup rules):
// PreparingRebalance waits for every known member to rejoin (a new, empty group also waits
// group.initial.rebalance.delay.ms, extended while members keep arriving), then the next generation
// starts, the protocol is voted, and JoinGroup answers go out (the leader gets every subscription).
// CompletingRebalance waits for the leader's SyncGroup. Members that stop heartbeating for
// session.timeout.ms, or skip a phase for the rebalance timeout, are removed.
import { cancelTimer, cancelTimersOf, emit, setTimer } from '../core/context';
import type { SimState } from '../core/state';
import { answer } from './clientNet';
import type { GroupMember, GroupState, GroupStateName } from './consumerState';
import type { JoinCompleted, RebalanceProgress, RebalanceReason, RebalanceStarted } from '../consumerRowEvents';

/** classicGroupNewMemberJoinTimeoutMs: a new member that never completes its join is dropped. */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 300000;

export function coordinatorComponent(broker: number | null): string {
  return `Group coordinator (broker ${broker ?? '?'})`;
}

export function transition(g: GroupState, to: GroupStateName): void {
  g.previousState = g.state;
  g.state = to;
}

/** The group's rebalance timeout: the largest max.poll.interval.ms among its members. */
export function rebalanceTimeoutMs(g: GroupState): number {
  return Math.max(0, ...g.members.map((m) => m.rebalanceTimeoutMs));
}

export function findMember(g: GroupState, memberId: string): GroupMember | undefined {
  return g.members.find((m) => m.memberId === memberId);
}

export function rescheduleSession(state: SimState, g: GroupState, m: GroupMember, timeoutMs = m.sessionTimeoutMs): void {
  setTimer(state, state.timeMs + timeoutMs, { type: 'groupTimer', groupId: g.groupId, kind: 'session', member: m.memberId });
}

export function hasAllMembersJoined(g: GroupState): boolean {
  return g.members.every((m) => m.joinRequestId !== null);
}

/** Writes the group's membership to __consumer_offsets (what a new coordinator would load). */
export function storeGroup(g: GroupState): void {
  g.stored = {
    generation: g.generation, protocol: g.protocol, leader: g.leader,
    members: g.members.map((m) => ({ ...m, assignment: [...m.assignment], joinRequestId: null, syncRequestId: null })),
  };
}

/** ClassicGroup.selectProtocol: protocols every member supports; each votes for its first one. */
function selectProtocol(g: GroupState): string | null {
  const candidates = g.members[0]?.protocols.filter((p) => g.members.every((m) => m.protocols.includes(p))) ?? [];
  const votes = new Map<string, number>();
  for (const m of g.members) {
    const vote = m.protocols.find((p) => candidates.includes(p));
    if (vote) votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const p of candidates) if (best === null || (votes.get(p) ?? 0) > (votes.get(best) ?? 0)) best = p;
  return best;
}

export function removeMember(state: SimState, g: GroupState, memberId: string): void {
  const m = findMember(g, memberId);
  if (m?.joinRequestId != null && g.hostedOn !== null) {
    // A member removed while its JoinGroup waits hears UNKNOWN_MEMBER_ID and may join afresh.
    answer(state, g.hostedOn, m.clientId, { type: 'JoinGroupResponse', requestId: m.joinRequestId, error: 'UNKNOWN_MEMBER_ID', memberId: '', generation: -1, protocol: null, leader: null, members: [] });
  }
  g.members = g.members.filter((x) => x.memberId !== memberId);
  g.pendingSync = g.pendingSync.filter((x) => x !== memberId);
  if (g.leader === memberId) g.leader = g.members[0]?.memberId ?? null;
  cancelTimer(state, { type: 'groupTimer', groupId: g.groupId, kind: 'session', member: memberId });
}

/** Members awaiting sync hear REBALANCE_IN_PROGRESS and must rejoin. */
function resetAndPropagateAssignmentWithError(state: SimState, g: GroupState): void {
  for (const m of g.members) {
    m.assignment = [];
    if (m.syncRequestId !== null && g.hostedOn !== null) {
      answer(state, g.hostedOn, m.clientId, { type: 'SyncGroupResponse', requestId: m.syncRequestId, error: 'REBALANCE_IN_PROGRESS', assignment: [] });
      m.syncRequestId = null;
    }
  }
}

/** "c1-1 joined": why a rebalance started, for its event's detail and the coordinator's row. */
export function rebalanceReasonText(reason: RebalanceReason): string {
  return reason.kind === 'syncMissed' ? 'members missed the sync' : `${reason.memberId} ${reason.kind}`;
}

export function prepareRebalance(state: SimState, g: GroupState, reason: RebalanceReason): RebalanceStarted {
  if (g.state === 'CompletingRebalance') resetAndPropagateAssignmentWithError(state, g);
  g.pendingSync = [];
  cancelTimer(state, { type: 'groupTimer', groupId: g.groupId, kind: 'sync' });
  const initial = g.state === 'Empty';
  transition(g, 'PreparingRebalance');
  emit(state, { type: 'RebalanceStarted', detail: `${g.groupId}: ${rebalanceReasonText(reason)}` });
  if (initial) {
    const delayMs = state.scenario.cluster.config.groupInitialRebalanceDelayMs;
    g.initialJoin = { delayMs, remainingMs: Math.max(rebalanceTimeoutMs(g) - delayMs, 0) };
    g.newMemberAdded = false;
    setTimer(state, state.timeMs + delayMs, { type: 'groupTimer', groupId: g.groupId, kind: 'join' });
    return { kind: 'rebalanceStarted', reason, waits: { kind: 'initialDelay', delayMs } };
  }
  g.initialJoin = null;
  if (hasAllMembersJoined(g)) return { kind: 'rebalanceStarted', reason, waits: completeJoin(state, g) };
  setTimer(state, state.timeMs + rebalanceTimeoutMs(g), { type: 'groupTimer', groupId: g.groupId, kind: 'join' });
  return { kind: 'rebalanceStarted', reason, waits: { kind: 'waitingForAll' } };
}

/** maybePrepareRebalanceOrCompleteJoin. */
export function rebalanceOrCompleteJoin(state: SimState, g: GroupState, reason: RebalanceReason): RebalanceProgress {
  if (g.state === 'Stable' || g.state === 'CompletingRebalance' || g.state === 'Empty') return prepareRebalance(state, g, reason);
  return maybeCompleteJoinPhase(state, g) ?? { kind: 'waitingForOthers' };
}

/** The initial rebalance of a new group only ends by its delay timer. */
export function maybeCompleteJoinPhase(state: SimState, g: GroupState): JoinCompleted | null {
  if (g.state !== 'PreparingRebalance' || g.previousState === 'Empty' || !hasAllMembersJoined(g)) return null;
  return completeJoin(state, g);
}

function joinAnswers(state: SimState, g: GroupState): void {
  for (const m of g.members) {
    const isLeader = m.memberId === g.leader;
    const members = isLeader ? g.members.map((x) => ({ memberId: x.memberId, clientId: x.clientId, subscription: x.subscription })) : [];
    answer(state, g.hostedOn!, m.clientId, { type: 'JoinGroupResponse', requestId: m.joinRequestId!, error: null, memberId: m.memberId, generation: g.generation, protocol: g.protocol, leader: g.leader, members });
    m.joinRequestId = null;
    m.isNew = false;
    rescheduleSession(state, g, m);
    g.pendingSync.push(m.memberId);
  }
}

/** completeClassicGroupJoin: drop members that did not rejoin, start the next generation. */
export function completeJoin(state: SimState, g: GroupState): JoinCompleted {
  cancelTimer(state, { type: 'groupTimer', groupId: g.groupId, kind: 'join' });
  g.initialJoin = null;
  const gone = g.members.filter((m) => m.joinRequestId === null).map((m) => m.memberId);
  for (const id of gone) removeMember(state, g, id);
  if (g.leader === null || !findMember(g, g.leader)) g.leader = g.members[0]?.memberId ?? null;
  g.generation++;
  if (g.members.length === 0) {
    g.protocol = null;
    g.leader = null;
    transition(g, 'Empty');
    storeGroup(g);
    emit(state, { type: 'GroupEmpty', detail: `${g.groupId} generation ${g.generation}` });
    return { kind: 'groupEmptied', removed: gone, generation: g.generation };
  }
  g.protocol = selectProtocol(g);
  transition(g, 'CompletingRebalance');
  joinAnswers(state, g);
  setTimer(state, state.timeMs + rebalanceTimeoutMs(g), { type: 'groupTimer', groupId: g.groupId, kind: 'sync' });
  emit(state, { type: 'GenerationStarted', detail: `${g.groupId} generation ${g.generation}, protocol ${g.protocol}, leader ${g.leader}` });
  return { kind: 'generationStarted', removed: gone, generation: g.generation, members: g.members.map((m) => m.memberId), protocol: g.protocol, leader: g.leader };
}

/** The join timer: the initial delay (maybe extended) or the rebalance timeout ran out. */
export function joinTimerFired(state: SimState, g: GroupState): RebalanceProgress | null {
  if (g.state !== 'PreparingRebalance') return null;
  const initial = g.initialJoin;
  if (initial && g.newMemberAdded && initial.remainingMs !== 0) {
    g.newMemberAdded = false;
    const delayMs = Math.min(state.scenario.cluster.config.groupInitialRebalanceDelayMs, initial.remainingMs);
    g.initialJoin = { delayMs, remainingMs: Math.max(initial.remainingMs - initial.delayMs, 0) };
    setTimer(state, state.timeMs + delayMs, { type: 'groupTimer', groupId: g.groupId, kind: 'join' });
    return { kind: 'initialDelayExtended', delayMs };
  }
  return completeJoin(state, g);
}

/** removeMemberAndUpdateClassicGroup: a member left or expired. */
export function memberGone(state: SimState, g: GroupState, memberId: string, how: 'left' | 'expired'): RebalanceProgress {
  removeMember(state, g, memberId);
  if (g.state === 'Stable' || g.state === 'CompletingRebalance') return rebalanceOrCompleteJoin(state, g, { kind: how, memberId });
  if (g.state === 'PreparingRebalance' && hasAllMembersJoined(g)) return completeJoin(state, g);
  return { kind: 'goesOnWithout' };
}

/** Members that never sent SyncGroup within the rebalance timeout are removed. */
export function syncTimerFired(state: SimState, g: GroupState): RebalanceProgress | null {
  if ((g.state !== 'CompletingRebalance' && g.state !== 'Stable') || g.pendingSync.length === 0) return null;
  const missing = [...g.pendingSync];
  for (const id of missing) removeMember(state, g, id);
  return { kind: 'syncMissed', removed: missing, rebalance: prepareRebalance(state, g, { kind: 'syncMissed' }) };
}

/** A coordinator takes over the group: it loads the last stored generation, as from __consumer_offsets. */
export function loadGroup(state: SimState, g: GroupState, broker: number | null): void {
  cancelTimersOf(state, { group: g.groupId });
  const old = g.hostedOn;
  // A live coordinator that hands the group over answers its waiting requests NOT_COORDINATOR.
  if (old !== null && old !== broker && state.brokers[old - 1].up) {
    for (const m of g.members) {
      if (m.joinRequestId !== null) answer(state, old, m.clientId, { type: 'JoinGroupResponse', requestId: m.joinRequestId, error: 'NOT_COORDINATOR', memberId: m.memberId, generation: -1, protocol: null, leader: null, members: [] });
      if (m.syncRequestId !== null) answer(state, old, m.clientId, { type: 'SyncGroupResponse', requestId: m.syncRequestId, error: 'NOT_COORDINATOR', assignment: [] });
    }
  }
  g.hostedOn = broker;
  g.generation = g.stored.generation;
  g.protocol = g.stored.protocol;
  g.leader = g.stored.leader;
  g.members = g.stored.members.map((m) => ({ ...m, assignment: [...m.assignment] }));
  g.state = g.members.length > 0 ? 'Stable' : 'Empty';
  g.previousState = g.state;
  g.pendingSync = [];
  g.newMemberAdded = false;
  g.initialJoin = null;
  if (broker === null) return;
  for (const m of g.members) rescheduleSession(state, g, m);
  emit(state, { type: 'GroupLoaded', broker, detail: `${g.groupId} generation ${g.generation}` });
}

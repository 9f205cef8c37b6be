// The coordinator's membership requests: JoinGroup, SyncGroup, Heartbeat and LeaveGroup of the
// classic protocol, answered from the group's state (Empty, PreparingRebalance,
// CompletingRebalance, Stable). Errors carry Kafka's names.
import { cancelTimer, emit, type Played } from '../core/context';
import type { JoinOutcome, RebalanceProgress, SyncOutcome } from '../consumerRowEvents';
import type { SimState } from '../core/state';
import { answer } from './clientNet';
import type { GroupMember, GroupState } from './consumerState';
import {
  findMember, maybeCompleteJoinPhase, memberGone, NEW_MEMBER_JOIN_TIMEOUT_MS, prepareRebalance,
  rebalanceOrCompleteJoin, rescheduleSession, storeGroup, transition,
} from './groupRebalance';
import type { Subscription, Wire } from '../core/wire';

/** ClassicGroup.supportsProtocols: the member must share a protocol with every other member. */
function supportsProtocols(g: GroupState, self: string, protocols: string[]): boolean {
  const others = g.members.filter((m) => m.memberId !== self);
  return others.length === 0 || protocols.some((p) => others.every((m) => m.protocols.includes(p)));
}

function sameSubscription(a: Subscription, b: Subscription): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function joinReceived(state: SimState, g: GroupState, from: string, req: Wire<'JoinGroupRequest'>, outcome: JoinOutcome): Played {
  emit(state, { type: 'JoinGroupReceived', coordinator: g.hostedOn, groupId: g.groupId, from, protocols: req.protocols, topics: req.subscription.topics, outcome });
  return true;
}

function joinError(state: SimState, g: GroupState, to: string, req: Wire<'JoinGroupRequest'>, error: string): Played {
  answer(state, g.hostedOn!, to, { type: 'JoinGroupResponse', requestId: req.requestId, error, memberId: req.memberId, generation: -1, protocol: null, leader: null, members: [] });
  return joinReceived(state, g, to, req, { kind: 'refused', error });
}

/** Answers a member that rejoined with nothing new: it gets the current generation again. */
function currentGenerationAnswer(state: SimState, g: GroupState, m: GroupMember, requestId: number): void {
  const members = m.memberId === g.leader ? g.members.map((x) => ({ memberId: x.memberId, clientId: x.clientId, subscription: x.subscription })) : [];
  answer(state, g.hostedOn!, m.clientId, { type: 'JoinGroupResponse', requestId, error: null, memberId: m.memberId, generation: g.generation, protocol: g.protocol, leader: g.leader, members });
}

function addMember(state: SimState, g: GroupState, from: string, req: Wire<'JoinGroupRequest'>, memberId: string): RebalanceProgress {
  const m: GroupMember = {
    memberId, clientId: from, protocols: req.protocols, subscription: req.subscription, assignment: [],
    sessionTimeoutMs: req.sessionTimeoutMs, rebalanceTimeoutMs: req.rebalanceTimeoutMs, joinRequestId: req.requestId, syncRequestId: null, isNew: true,
  };
  // Another member arriving during a new group's initial delay extends the delay.
  if (g.state === 'PreparingRebalance' && g.previousState === 'Empty') g.newMemberAdded = true;
  g.members.push(m);
  if (g.leader === null) g.leader = memberId;
  rescheduleSession(state, g, m, NEW_MEMBER_JOIN_TIMEOUT_MS);
  emit(state, { type: 'MemberJoined', consumer: from, detail: `${g.groupId} member ${memberId}` });
  return rebalanceOrCompleteJoin(state, g, { kind: 'joined', memberId });
}

export function handleJoinGroup(state: SimState, g: GroupState, from: string, req: Wire<'JoinGroupRequest'>): Played {
  const memberId = req.memberId || `${req.clientId}-${req.incarnation}`;
  const known = findMember(g, memberId);
  if (!supportsProtocols(g, memberId, req.protocols)) return joinError(state, g, from, req, 'INCONSISTENT_GROUP_PROTOCOL');
  if (!known) {
    if (req.memberId !== '') return joinError(state, g, from, req, 'UNKNOWN_MEMBER_ID');
    const next = addMember(state, g, from, req, memberId);
    return joinReceived(state, g, from, req, { kind: 'added', memberId, groupState: g.state, next });
  }
  const changed = !sameSubscription(known.subscription, req.subscription) || known.protocols.join() !== req.protocols.join();
  const update = () => {
    known.protocols = req.protocols;
    known.subscription = req.subscription;
    known.joinRequestId = req.requestId;
  };
  if (g.state === 'PreparingRebalance') {
    update();
    return joinReceived(state, g, from, req, { kind: 'rejoined', memberId, next: maybeCompleteJoinPhase(state, g) });
  }
  if ((g.state === 'CompletingRebalance' && !changed) || (g.state === 'Stable' && !changed && memberId !== g.leader)) {
    currentGenerationAnswer(state, g, known, req.requestId);
    return joinReceived(state, g, from, req, { kind: 'current', memberId, generation: g.generation });
  }
  update();
  return joinReceived(state, g, from, req, { kind: 'rebalancing', memberId, changed, next: prepareRebalance(state, g, { kind: 'rejoined', memberId }) });
}

function syncReceived(state: SimState, g: GroupState, from: string, outcome: SyncOutcome): Played {
  emit(state, { type: 'SyncGroupReceived', coordinator: g.hostedOn, groupId: g.groupId, from, outcome });
  return true;
}

function syncError(state: SimState, g: GroupState, to: string, requestId: number, error: string): Played {
  answer(state, g.hostedOn!, to, { type: 'SyncGroupResponse', requestId, error, assignment: [] });
  return syncReceived(state, g, to, { kind: 'refused', error });
}

/** setAndPropagateAssignment: the leader's plan is stored and sent to every member waiting. */
function propagateAssignment(state: SimState, g: GroupState, assignments: Record<string, { topic: string; partition: number }[]>): { memberId: string; assignment: GroupMember['assignment'] }[] {
  for (const m of g.members) m.assignment = assignments[m.memberId] ?? [];
  storeGroup(g);
  transition(g, 'Stable');
  for (const m of g.members) {
    if (m.syncRequestId === null) continue;
    answer(state, g.hostedOn!, m.clientId, { type: 'SyncGroupResponse', requestId: m.syncRequestId, error: null, assignment: m.assignment });
    m.syncRequestId = null;
    rescheduleSession(state, g, m);
  }
  emit(state, { type: 'RebalanceCompleted', detail: `${g.groupId} generation ${g.generation}` });
  return g.members.map((m) => ({ memberId: m.memberId, assignment: m.assignment }));
}

export function handleSyncGroup(state: SimState, g: GroupState, from: string, req: Wire<'SyncGroupRequest'>): Played {
  const m = findMember(g, req.memberId);
  if (!m || g.state === 'Empty') return syncError(state, g, from, req.requestId, 'UNKNOWN_MEMBER_ID');
  if (req.generation !== g.generation) return syncError(state, g, from, req.requestId, 'ILLEGAL_GENERATION');
  if (g.state === 'PreparingRebalance') return syncError(state, g, from, req.requestId, 'REBALANCE_IN_PROGRESS');
  g.pendingSync = g.pendingSync.filter((x) => x !== m.memberId);
  if (g.pendingSync.length === 0) cancelTimer(state, { type: 'groupTimer', groupId: g.groupId, kind: 'sync' });
  if (g.state === 'Stable') {
    answer(state, g.hostedOn!, from, { type: 'SyncGroupResponse', requestId: req.requestId, error: null, assignment: m.assignment });
    return syncReceived(state, g, from, { kind: 'stable', memberId: m.memberId, generation: g.generation, assignment: m.assignment });
  }
  m.syncRequestId = req.requestId;
  if (m.memberId !== g.leader || req.assignments === null) return syncReceived(state, g, from, { kind: 'waiting', memberId: m.memberId });
  const plan = propagateAssignment(state, g, req.assignments);
  return syncReceived(state, g, from, { kind: 'assigned', memberId: m.memberId, generation: g.generation, plan });
}

export function handleHeartbeat(state: SimState, g: GroupState, from: string, req: Wire<'HeartbeatRequest'>): Played {
  const m = findMember(g, req.memberId);
  let error: string | null = null;
  if (!m || g.state === 'Empty') error = 'UNKNOWN_MEMBER_ID';
  else if (req.generation !== g.generation) error = 'ILLEGAL_GENERATION';
  else {
    rescheduleSession(state, g, m);
    if (g.state === 'PreparingRebalance') error = 'REBALANCE_IN_PROGRESS';
  }
  answer(state, g.hostedOn!, from, { type: 'HeartbeatResponse', requestId: req.requestId, error });
  emit(state, {
    type: 'GroupHeartbeatReceived', coordinator: g.hostedOn, groupId: g.groupId, memberId: req.memberId, generation: req.generation, error,
    groupState: g.state, groupGeneration: g.generation,
  });
  return true;
}

export function handleLeaveGroup(state: SimState, g: GroupState, from: string, req: Wire<'LeaveGroupRequest'>): Played {
  const m = findMember(g, req.memberId);
  answer(state, g.hostedOn!, from, { type: 'LeaveGroupResponse', requestId: req.requestId, error: m ? null : 'UNKNOWN_MEMBER_ID' });
  let next: RebalanceProgress | null = null;
  if (m) {
    emit(state, { type: 'MemberLeft', consumer: from, detail: `${g.groupId} member ${m.memberId}` });
    next = memberGone(state, g, m.memberId, 'left');
  }
  emit(state, { type: 'LeaveGroupReceived', coordinator: g.hostedOn, groupId: g.groupId, from, memberId: req.memberId, next });
  return true;
}

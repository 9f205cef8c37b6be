// The coordinator's membership requests: JoinGroup, SyncGroup, Heartbeat and LeaveGroup of the
// classic protocol, answered from the group's state (Empty, PreparingRebalance,
// CompletingRebalance, Stable). Errors carry Kafka's names.
import { cancelTimer, emit, type RowText } from '../core/context';
import type { SimState } from '../core/state';
import { answer } from './clientNet';
import { type GroupMember, type GroupState, tpList } from './consumerState';
import {
  findMember, maybeCompleteJoinPhase, memberGone, NEW_MEMBER_JOIN_TIMEOUT_MS, prepareRebalance,
  rebalanceOrCompleteJoin, rescheduleSession, storeGroup, transition,
} from './groupRebalance';
import type { Subscription, Wire } from '../core/wire';

type Row = Omit<RowText, 'component'>;

/** ClassicGroup.supportsProtocols: the member must share a protocol with every other member. */
function supportsProtocols(g: GroupState, self: string, protocols: string[]): boolean {
  const others = g.members.filter((m) => m.memberId !== self);
  return others.length === 0 || protocols.some((p) => others.every((m) => m.protocols.includes(p)));
}

function sameSubscription(a: Subscription, b: Subscription): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function joinError(state: SimState, g: GroupState, to: string, req: Wire<'JoinGroupRequest'>, error: string): Row {
  answer(state, g.hostedOn!, to, { type: 'JoinGroupResponse', requestId: req.requestId, error, memberId: req.memberId, generation: -1, protocol: null, leader: null, members: [] });
  return { action: `Refused JoinGroup from ${to}`, messageState: error, output: `Sent ${error}` };
}

/** Answers a member that rejoined with nothing new: it gets the current generation again. */
function currentGenerationAnswer(state: SimState, g: GroupState, m: GroupMember, requestId: number): void {
  const members = m.memberId === g.leader ? g.members.map((x) => ({ memberId: x.memberId, clientId: x.clientId, subscription: x.subscription })) : [];
  answer(state, g.hostedOn!, m.clientId, { type: 'JoinGroupResponse', requestId, error: null, memberId: m.memberId, generation: g.generation, protocol: g.protocol, leader: g.leader, members });
}

function addMember(state: SimState, g: GroupState, from: string, req: Wire<'JoinGroupRequest'>, memberId: string): string {
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
  return rebalanceOrCompleteJoin(state, g, `${memberId} joined`);
}

export function handleJoinGroup(state: SimState, g: GroupState, from: string, req: Wire<'JoinGroupRequest'>): Row {
  const memberId = req.memberId || `${req.clientId}-${req.incarnation}`;
  const known = findMember(g, memberId);
  if (!supportsProtocols(g, memberId, req.protocols)) return joinError(state, g, from, req, 'INCONSISTENT_GROUP_PROTOCOL');
  const action = `${from} sent JoinGroup (${req.protocols.join(', ')}; subscribes to ${req.subscription.topics.join(', ')})`;
  if (!known) {
    if (req.memberId !== '') return joinError(state, g, from, req, 'UNKNOWN_MEMBER_ID');
    const what = addMember(state, g, from, req, memberId);
    return { action, messageState: `New member ${memberId}; group ${g.groupId} is ${g.state}`, output: what };
  }
  const changed = !sameSubscription(known.subscription, req.subscription) || known.protocols.join() !== req.protocols.join();
  const update = () => {
    known.protocols = req.protocols;
    known.subscription = req.subscription;
    known.joinRequestId = req.requestId;
  };
  if (g.state === 'PreparingRebalance') {
    update();
    const done = maybeCompleteJoinPhase(state, g);
    return { action, messageState: `${memberId} rejoined`, output: done ?? 'Waiting for the other members to rejoin' };
  }
  if ((g.state === 'CompletingRebalance' && !changed) || (g.state === 'Stable' && !changed && memberId !== g.leader)) {
    currentGenerationAnswer(state, g, known, req.requestId);
    return { action, messageState: `${memberId} rejoined with nothing new`, output: `Answered with the current generation ${g.generation}` };
  }
  update();
  return { action, messageState: `${memberId} rejoined${changed ? ' with a new subscription' : ' (it leads the group)'}`, output: prepareRebalance(state, g, `${memberId} rejoined`) };
}

function syncError(state: SimState, g: GroupState, to: string, requestId: number, error: string): Row {
  answer(state, g.hostedOn!, to, { type: 'SyncGroupResponse', requestId, error, assignment: [] });
  return { action: `Refused SyncGroup from ${to}`, messageState: error, output: `Sent ${error}` };
}

/** setAndPropagateAssignment: the leader's plan is stored and sent to every member waiting. */
function propagateAssignment(state: SimState, g: GroupState, assignments: Record<string, { topic: string; partition: number }[]>): string {
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
  return g.members.map((m) => `${m.memberId} [${tpList(m.assignment)}]`).join('; ');
}

export function handleSyncGroup(state: SimState, g: GroupState, from: string, req: Wire<'SyncGroupRequest'>): Row {
  const m = findMember(g, req.memberId);
  if (!m || g.state === 'Empty') return syncError(state, g, from, req.requestId, 'UNKNOWN_MEMBER_ID');
  if (req.generation !== g.generation) return syncError(state, g, from, req.requestId, 'ILLEGAL_GENERATION');
  if (g.state === 'PreparingRebalance') return syncError(state, g, from, req.requestId, 'REBALANCE_IN_PROGRESS');
  g.pendingSync = g.pendingSync.filter((x) => x !== m.memberId);
  if (g.pendingSync.length === 0) cancelTimer(state, `g:${g.groupId}:sync`);
  if (g.state === 'Stable') {
    answer(state, g.hostedOn!, from, { type: 'SyncGroupResponse', requestId: req.requestId, error: null, assignment: m.assignment });
    return { action: `${m.memberId} sent SyncGroup`, messageState: `Group is Stable in generation ${g.generation}`, output: `Sent its assignment: ${tpList(m.assignment)}` };
  }
  m.syncRequestId = req.requestId;
  if (m.memberId !== g.leader || req.assignments === null) {
    return { action: `${m.memberId} sent SyncGroup`, messageState: 'Waiting for the leader\'s assignment', output: 'Held until the leader syncs' };
  }
  const plan = propagateAssignment(state, g, req.assignments);
  return { action: `${m.memberId} (the leader) sent the assignment for generation ${g.generation}`, messageState: `Group ${g.groupId} is Stable`, output: plan };
}

export function handleHeartbeat(state: SimState, g: GroupState, from: string, req: Wire<'HeartbeatRequest'>): Row {
  const m = findMember(g, req.memberId);
  let error: string | null = null;
  if (!m || g.state === 'Empty') error = 'UNKNOWN_MEMBER_ID';
  else if (req.generation !== g.generation) error = 'ILLEGAL_GENERATION';
  else {
    rescheduleSession(state, g, m);
    if (g.state === 'PreparingRebalance') error = 'REBALANCE_IN_PROGRESS';
  }
  answer(state, g.hostedOn!, from, { type: 'HeartbeatResponse', requestId: req.requestId, error });
  return {
    action: `Heartbeat from ${req.memberId} (generation ${req.generation})`,
    messageState: error === null ? 'Session renewed' : `Group is ${g.state} in generation ${g.generation}`,
    output: error ?? 'OK', routine: error === null,
  };
}

export function handleLeaveGroup(state: SimState, g: GroupState, from: string, req: Wire<'LeaveGroupRequest'>): Row {
  const m = findMember(g, req.memberId);
  answer(state, g.hostedOn!, from, { type: 'LeaveGroupResponse', requestId: req.requestId, error: m ? null : 'UNKNOWN_MEMBER_ID' });
  if (!m) return { action: `${from} asked to leave as ${req.memberId}`, messageState: 'Not a member', output: 'UNKNOWN_MEMBER_ID' };
  emit(state, { type: 'MemberLeft', consumer: from, detail: `${g.groupId} member ${m.memberId}` });
  return { action: `${m.memberId} left group ${g.groupId}`, messageState: 'Graceful leave: no need to wait for session.timeout.ms', output: memberGone(state, g, m.memberId, `${m.memberId} left`) };
}

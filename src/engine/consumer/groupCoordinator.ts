// The group coordinator's front door: a group request reaches the broker that leads the group's
// __consumer_offsets partition, or is turned away with NOT_COORDINATOR. A broker that has become
// the coordinator first loads the group (its last stored generation and committed offsets).
import { emit, type Played } from '../core/context';
import type { BrokerState, SimState } from '../core/state';
import type { Timer } from '../core/events';
import { answer } from './clientNet';
import { type GroupState, newGroup } from './consumerState';
import { coordinatorOf } from './coordinatorPlacement';
import { handleHeartbeat, handleJoinGroup, handleLeaveGroup, handleSyncGroup } from './groupMembership';
import { handleOffsetCommit, handleOffsetFetch } from './groupOffsets';
import { findMember, joinTimerFired, loadGroup, memberGone, syncTimerFired } from './groupRebalance';
import { apiOf, type Wire } from '../core/wire';

export type GroupRequestBody = Wire<'JoinGroupRequest' | 'SyncGroupRequest' | 'HeartbeatRequest' | 'LeaveGroupRequest' | 'OffsetCommitRequest' | 'OffsetFetchRequest'>;

export function groupOf(state: SimState, groupId: string): GroupState {
  let g = state.groups[groupId];
  if (!g) g = state.groups[groupId] = newGroup(groupId);
  return g;
}

function notCoordinator(state: SimState, broker: number, to: string, body: GroupRequestBody): void {
  const error = 'NOT_COORDINATOR';
  const requestId = body.requestId;
  switch (body.type) {
    case 'JoinGroupRequest':
      answer(state, broker, to, { type: 'JoinGroupResponse', requestId, error, memberId: body.memberId, generation: -1, protocol: null, leader: null, members: [] });
      return;
    case 'SyncGroupRequest':
      answer(state, broker, to, { type: 'SyncGroupResponse', requestId, error, assignment: [] });
      return;
    case 'HeartbeatRequest':
      answer(state, broker, to, { type: 'HeartbeatResponse', requestId, error });
      return;
    case 'LeaveGroupRequest':
      answer(state, broker, to, { type: 'LeaveGroupResponse', requestId, error });
      return;
    case 'OffsetCommitRequest':
      answer(state, broker, to, { type: 'OffsetCommitResponse', requestId, error, offsets: body.offsets });
      return;
    case 'OffsetFetchRequest':
      answer(state, broker, to, { type: 'OffsetFetchResponse', requestId, error, partitions: [] });
      return;
  }
}

function dispatchGroupRequest(state: SimState, g: GroupState, from: string, body: GroupRequestBody): Played {
  switch (body.type) {
    case 'JoinGroupRequest': return handleJoinGroup(state, g, from, body);
    case 'SyncGroupRequest': return handleSyncGroup(state, g, from, body);
    case 'HeartbeatRequest': return handleHeartbeat(state, g, from, body);
    case 'LeaveGroupRequest': return handleLeaveGroup(state, g, from, body);
    case 'OffsetCommitRequest': return handleOffsetCommit(state, g, from, body);
    case 'OffsetFetchRequest': return handleOffsetFetch(state, g, from, body);
  }
}

export function handleGroupRequest(state: SimState, broker: BrokerState, from: string, body: GroupRequestBody): Played {
  const g = groupOf(state, body.groupId);
  if (coordinatorOf(state, g.groupId) !== broker.id) {
    notCoordinator(state, broker.id, from, body);
    emit(state, { type: 'NotCoordinatorAnswered', broker: broker.id, api: apiOf(body), groupId: g.groupId, from });
    return true;
  }
  if (g.hostedOn !== broker.id) {
    const known = g.stored.generation > 0 || Object.keys(g.committed).length > 0;
    loadGroup(state, g, broker.id);
    // The request's row says so only when there was a group to load.
    if (known) emit(state, { type: 'GroupTakenOver', broker: broker.id, groupId: g.groupId, generation: g.generation });
  }
  return dispatchGroupRequest(state, g, from, body);
}

function sessionExpired(state: SimState, g: GroupState, host: number | null, memberId: string): Played | null {
  const m = findMember(g, memberId);
  if (!m) return null;
  // A member waiting for its JoinGroup or SyncGroup answer is kept alive (hasSatisfiedHeartbeat).
  if ((m.joinRequestId !== null && !m.isNew) || m.syncRequestId !== null) return null;
  emit(state, { type: 'MemberExpired', consumer: m.clientId, detail: `${g.groupId} member ${m.memberId}` });
  const next = memberGone(state, g, m.memberId, 'expired');
  emit(state, { type: 'MemberSessionExpired', coordinator: host, groupId: g.groupId, memberId: m.memberId, sessionTimeoutMs: m.sessionTimeoutMs, next });
  return true;
}

export function groupTimer(state: SimState, t: Extract<Timer, { type: 'groupTimer' }>): Played | null {
  const g = state.groups[t.groupId];
  if (!g) return null;
  const host = coordinatorOf(state, g.groupId);
  if (host !== g.hostedOn) {
    // The coordinator moved while this timer waited: the new one loads the group and starts afresh.
    loadGroup(state, g, host);
    emit(state, { type: 'GroupCoordinatorMoved', coordinator: host, groupId: g.groupId, generation: g.generation });
    return true;
  }
  if (t.kind === 'session') return sessionExpired(state, g, host, t.member!);
  const next = t.kind === 'join' ? joinTimerFired(state, g) : syncTimerFired(state, g);
  if (next === null) return null;
  emit(state, { type: 'GroupPhaseEnded', coordinator: host, groupId: g.groupId, phase: t.kind, groupState: g.state, next });
  return true;
}

/** A crashed coordinator's groups move to the next replica of their __consumer_offsets partition. */
export function moveGroupsOffCrashedBroker(state: SimState, brokerId: number): void {
  for (const g of Object.values(state.groups)) {
    if (g.hostedOn === brokerId) loadGroup(state, g, coordinatorOf(state, g.groupId));
  }
}

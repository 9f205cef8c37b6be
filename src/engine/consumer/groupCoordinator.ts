// The group coordinator's front door: a group request reaches the broker that leads the group's
// __consumer_offsets partition, or is turned away with NOT_COORDINATOR. A broker that has become
// the coordinator first loads the group (its last stored generation and committed offsets).
import { emit, type RowText } from '../core/context';
import type { BrokerState, SimState } from '../core/state';
import type { Timer } from '../core/events';
import { answer } from './clientNet';
import { type GroupState, newGroup } from './consumerState';
import { coordinatorOf } from './coordinatorPlacement';
import { handleHeartbeat, handleJoinGroup, handleLeaveGroup, handleSyncGroup } from './groupMembership';
import { handleOffsetCommit, handleOffsetFetch } from './groupOffsets';
import { coordinatorComponent, findMember, joinTimerFired, loadGroup, memberGone, syncTimerFired } from './groupRebalance';
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

function dispatchGroupRequest(state: SimState, g: GroupState, from: string, body: GroupRequestBody): Omit<RowText, 'component'> {
  switch (body.type) {
    case 'JoinGroupRequest': return handleJoinGroup(state, g, from, body);
    case 'SyncGroupRequest': return handleSyncGroup(state, g, from, body);
    case 'HeartbeatRequest': return handleHeartbeat(state, g, from, body);
    case 'LeaveGroupRequest': return handleLeaveGroup(state, g, from, body);
    case 'OffsetCommitRequest': return handleOffsetCommit(state, g, from, body);
    case 'OffsetFetchRequest': return handleOffsetFetch(state, g, from, body);
  }
}

export function handleGroupRequest(state: SimState, broker: BrokerState, from: string, body: GroupRequestBody): RowText {
  const g = groupOf(state, body.groupId);
  const component = coordinatorComponent(broker.id);
  if (coordinatorOf(state, g.groupId) !== broker.id) {
    notCoordinator(state, broker.id, from, body);
    return { component: `Broker ${broker.id}`, action: `Received ${apiOf(body)} for group ${g.groupId} from ${from}`, messageState: 'It does not coordinate that group', output: 'Sent NOT_COORDINATOR: the client must find the coordinator again' };
  }
  let loaded = '';
  if (g.hostedOn !== broker.id) {
    const known = g.stored.generation > 0 || Object.keys(g.committed).length > 0;
    loadGroup(state, g, broker.id);
    if (known) loaded = `Took over group ${g.groupId}: loaded generation ${g.generation} from __consumer_offsets. `;
  }
  const row = dispatchGroupRequest(state, g, from, body);
  return { ...row, component, output: loaded + row.output, routine: row.routine && loaded === '' };
}

function sessionExpired(state: SimState, g: GroupState, memberId: string): Omit<RowText, 'component'> | null {
  const m = findMember(g, memberId);
  if (!m) return null;
  // A member waiting for its JoinGroup or SyncGroup answer is kept alive (hasSatisfiedHeartbeat).
  if ((m.joinRequestId !== null && !m.isNew) || m.syncRequestId !== null) return null;
  emit(state, { type: 'MemberExpired', consumer: m.clientId, detail: `${g.groupId} member ${m.memberId}` });
  return {
    action: `${m.memberId}'s session expired: no heartbeat for session.timeout.ms (${m.sessionTimeoutMs} ms)`,
    messageState: `Removed from group ${g.groupId}`, output: memberGone(state, g, m.memberId, `${m.memberId} expired`),
  };
}

export function groupTimer(state: SimState, t: Extract<Timer, { type: 'groupTimer' }>): RowText | null {
  const g = state.groups[t.groupId];
  if (!g) return null;
  const host = coordinatorOf(state, g.groupId);
  if (host !== g.hostedOn) {
    // The coordinator moved while this timer waited: the new one loads the group and starts afresh.
    loadGroup(state, g, host);
    return { component: coordinatorComponent(host), action: `Group ${g.groupId} changed coordinator`, messageState: host === null ? 'No broker can coordinate it' : `Loaded generation ${g.generation} from __consumer_offsets`, output: 'Member sessions restart from now' };
  }
  let row: Omit<RowText, 'component'> | null = null;
  if (t.kind === 'session') row = sessionExpired(state, g, t.member!);
  else {
    const what = t.kind === 'join' ? joinTimerFired(state, g) : syncTimerFired(state, g);
    if (what !== null) row = { action: t.kind === 'join' ? `Join phase of group ${g.groupId} ended` : `SyncGroup wait of group ${g.groupId} ended`, messageState: `Group is ${g.state}`, output: what };
  }
  return row && { ...row, component: coordinatorComponent(host) };
}

/** A crashed coordinator's groups move to the next replica of their __consumer_offsets partition. */
export function moveGroupsOffCrashedBroker(state: SimState, brokerId: number): void {
  for (const g of Object.values(state.groups)) {
    if (g.hostedOn === brokerId) loadGroup(state, g, coordinatorOf(state, g.groupId));
  }
}

// The client's group membership (AbstractCoordinator + ConsumerCoordinator, classic protocol):
// find the coordinator, JoinGroup (after onJoinPrepare: auto-commit, then revoke everything under
// an eager protocol), SyncGroup (the leader runs the assignor), heartbeats, and onJoinComplete
// (cooperative members revoke what moved and rejoin for the second round).
import { emit, setTimer } from '../core/context';
import type { SimState } from '../core/state';
import type { RejoinReason } from '../core/consumerGroupState';
import { type AssignorName, assignPartitions } from '../rules/kafka/assignors';
import { autoCommitIntervalMs, sendCommit } from './clientCommit';
import { pump } from './clientFetch';
import { hasInFlight, JOIN_GROUP_EXTRA_TIMEOUT_MS, nextBootstrapBroker, sendRequest } from './clientNet';
import { type ConsumerState, consumerSpec, tpList } from './consumerState';
import type { Wire } from '../core/wire';
import type { ClientNote, GroupNote } from '../clientNotes';
import type { HeartbeatAnswerTaken, HeartbeatBeat } from '../consumerRowEvents';
import { assignFromSubscribed, isAutoCommit, isEager, releaseAll, strategyOf } from './subscriptionState';

const COORDINATOR_ERRORS = new Set(['NOT_COORDINATOR', 'COORDINATOR_NOT_AVAILABLE', 'COORDINATOR_LOAD_IN_PROGRESS', 'NETWORK_EXCEPTION', 'REQUEST_TIMED_OUT']);

function joining(c: ConsumerState): boolean {
  return c.memberState === 'PREPARING_REBALANCE' || c.memberState === 'COMPLETING_REBALANCE' || c.joinPrepareCommit !== null;
}

/** ensureCoordinatorReady + ensureActiveGroup, without blocking: what can be sent now is sent. */
export function groupPoll(state: SimState, c: ConsumerState): ClientNote[] {
  if (c.coordinator === null) {
    if (hasInFlight(c, 'FindCoordinator')) return [];
    const broker = nextBootstrapBroker(state, c);
    sendRequest(state, c, broker, 'FindCoordinator', { groupId: c.groupId });
    return [{ kind: 'coordinatorRequested', broker, groupId: c.groupId }];
  }
  if (c.rejoinReason === null || joining(c)) return [];
  return startJoin(state, c, c.rejoinReason);
}

/** onJoinPrepare: with auto-commit, commit first; the JoinGroup waits for that answer. */
function startJoin(state: SimState, c: ConsumerState, reason: RejoinReason): ClientNote[] {
  const generationValid = c.memberId !== '' && c.generation >= 0;
  if (isAutoCommit(state, c) && generationValid && c.memberState === 'STABLE') {
    const attempt = sendCommit(state, c, 'before-rebalance');
    if (attempt.requestId !== null) {
      c.joinPrepareCommit = attempt.requestId;
      if (isEager(state, c)) c.pendingRevocation = true;
      return [{ kind: 'commitBeforeJoin', reason, commit: attempt }];
    }
  }
  return sendJoin(state, c);
}

/** Revokes (eager) or loses (generation reset) partitions, then sends JoinGroup. */
export function sendJoin(state: SimState, c: ConsumerState): GroupNote[] {
  const notes: GroupNote[] = [];
  c.joinPrepareCommit = null;
  c.pendingRevocation = false;
  if (c.coordinator === null) return notes;
  const lostGeneration = c.memberId === '' || c.generation < 0;
  if ((lostGeneration || isEager(state, c)) && c.assignment.length > 0) {
    if (!lostGeneration) c.previousAssignment = { partitions: c.assignment, generation: c.generation };
    const gone = releaseAll(c);
    emit(state, { type: lostGeneration ? 'PartitionsLost' : 'PartitionsRevoked', consumer: c.id, detail: tpList(gone) });
    notes.push({ kind: 'partitionsReleased', lost: lostGeneration, partitions: gone });
  }
  const strategy = strategyOf(state, c);
  const cooperative = !isEager(state, c);
  const subscription = {
    topics: [...consumerSpec(state, c.id).topics],
    ownedPartitions: cooperative ? c.assignment : strategy === 'sticky' ? c.previousAssignment.partitions : [],
    generation: cooperative ? c.generation : c.previousAssignment.generation,
  };
  const config = consumerSpec(state, c.id).config;
  sendRequest(state, c, c.coordinator, 'JoinGroup', {
    groupId: c.groupId, memberId: c.memberId, clientId: c.id, incarnation: c.incarnation, protocols: [strategy], subscription,
    sessionTimeoutMs: config.sessionTimeoutMs, rebalanceTimeoutMs: config.maxPollIntervalMs,
  }, [], config.maxPollIntervalMs + JOIN_GROUP_EXTRA_TIMEOUT_MS);
  notes.push({ kind: 'joinSent', coordinator: c.coordinator, reason: c.rejoinReason });
  c.memberState = 'PREPARING_REBALANCE';
  c.rejoinReason = null;
  return notes;
}

/** A group error that ends the membership attempt: try again at the next poll. */
export function abandonJoin(c: ConsumerState, error: string): GroupNote {
  c.memberState = 'UNJOINED';
  c.rejoinReason ??= { kind: 'groupError', error };
  if (error === 'UNKNOWN_MEMBER_ID') {
    c.memberId = '';
    c.generation = -1;
  } else if (error === 'ILLEGAL_GENERATION') c.generation = -1;
  if (COORDINATOR_ERRORS.has(error)) {
    c.coordinator = null;
    return { kind: 'joinAbandoned', error, coordinatorLost: true };
  }
  return { kind: 'joinAbandoned', error, coordinatorLost: false };
}

export function handleFindCoordinatorResult(state: SimState, c: ConsumerState, res: Wire<'FindCoordinatorResponse'>): ClientNote[] {
  if (res.coordinator === null) return [{ kind: 'noCoordinator', error: res.error }];
  c.coordinator = res.coordinator;
  emit(state, { type: 'CoordinatorFound', consumer: c.id, broker: res.coordinator, detail: c.groupId });
  return [{ kind: 'coordinatorFound', broker: res.coordinator, groupId: c.groupId }, ...groupPoll(state, c)];
}

function leaderAssign(c: ConsumerState, res: Wire<'JoinGroupResponse'>): Record<string, { topic: string; partition: number }[]> {
  const topics = new Set(res.members.flatMap((m) => m.subscription.topics));
  const counts: Record<string, number> = {};
  for (const t of topics) if ((c.partitionCounts[t] ?? 0) > 0) counts[t] = c.partitionCounts[t];
  // Topics it has no metadata for yet count as 0: when they show up, the leader rejoins.
  c.assignmentSnapshot = Object.fromEntries([...topics].map((t) => [t, counts[t] ?? 0]));
  const members = res.members.map((m) => ({ memberId: m.memberId, topics: m.subscription.topics, ownedPartitions: m.subscription.ownedPartitions, generation: m.subscription.generation }));
  return assignPartitions(res.protocol as AssignorName, members, counts);
}

export function handleJoinResult(state: SimState, c: ConsumerState, res: Wire<'JoinGroupResponse'>): GroupNote[] {
  if (c.memberState !== 'PREPARING_REBALANCE') return [{ kind: 'staleAnswer', api: 'JoinGroup' }];
  if (res.error === 'INCONSISTENT_GROUP_PROTOCOL') {
    c.memberState = 'UNJOINED';
    // The application's error, as poll() would throw it: state the view shows; the row has the note.
    c.error = `InconsistentGroupProtocolException: ${strategyOf(state, c)} is not used by the other members of ${c.groupId}`;
    return [{ kind: 'inconsistentProtocol', strategy: strategyOf(state, c), groupId: c.groupId }];
  }
  if (res.error === 'UNKNOWN_MEMBER_ID') {
    c.memberId = '';
    c.generation = -1;
    c.memberState = 'UNJOINED';
    c.rejoinReason = { kind: 'unknownMemberId' };
    return [{ kind: 'rejoinAsNew' }, ...sendJoin(state, c)];
  }
  if (res.error) return [abandonJoin(c, res.error)];
  c.memberId = res.memberId;
  c.generation = res.generation;
  c.protocol = res.protocol;
  c.isLeader = res.leader === c.memberId;
  c.memberState = 'COMPLETING_REBALANCE';
  c.lastHeartbeatAnswerMs = state.timeMs;
  const config = consumerSpec(state, c.id).config;
  setTimer(state, state.timeMs + config.heartbeatIntervalMs, { type: 'consumerTimer', consumer: c.id, kind: 'heartbeat' });
  const assignments = c.isLeader ? leaderAssign(c, res) : null;
  sendRequest(state, c, c.coordinator!, 'SyncGroup', { groupId: c.groupId, memberId: c.memberId, generation: c.generation, assignments });
  const led = assignments ? { protocol: res.protocol, members: res.members.length, plan: Object.entries(assignments).map(([memberId, assignment]) => ({ memberId, assignment })) } : null;
  return [{ kind: 'joined', memberId: c.memberId, generation: c.generation, leader: res.leader, led }];
}

/** onJoinComplete: take the new assignment; cooperative members give up what moved and rejoin. */
export function handleSyncResult(state: SimState, c: ConsumerState, res: Wire<'SyncGroupResponse'>): ClientNote[] {
  if (c.memberState !== 'COMPLETING_REBALANCE') return [{ kind: 'staleAnswer', api: 'SyncGroup' }];
  if (res.error) return [abandonJoin(c, res.error)];
  c.memberState = 'STABLE';
  const owned = new Set(c.assignment.map((r) => `${r.topic}-${r.partition}`));
  const revoked = c.assignment.filter((r) => !res.assignment.some((a) => a.topic === r.topic && a.partition === r.partition));
  const { added } = assignFromSubscribed(c, res.assignment);
  const notes: ClientNote[] = [{ kind: 'assigned', generation: c.generation, partitions: c.assignment, added: added.length > 0 && owned.size > 0 ? added : null }];
  if (revoked.length > 0) {
    emit(state, { type: 'PartitionsRevoked', consumer: c.id, detail: tpList(revoked) });
    notes.push({ kind: 'revokedForNewOwner', partitions: revoked });
    c.rejoinReason = { kind: 'revoked', partitions: revoked };
  }
  if (isAutoCommit(state, c)) c.nextAutoCommitMs = state.timeMs + autoCommitIntervalMs(state, c);
  emit(state, { type: 'PartitionsAssigned', consumer: c.id, detail: `generation ${c.generation}: ${tpList(c.assignment)}` });
  return [...notes, ...pump(state, c)];
}

/** What the heartbeat thread did: null when it had nothing to do. */
export type HeartbeatOutcome = HeartbeatBeat | null;

/** The heartbeat thread: beats while the member is in a generation. */
export function heartbeat(state: SimState, c: ConsumerState): HeartbeatOutcome {
  const config = consumerSpec(state, c.id).config;
  if (c.life !== 'running' || c.memberId === '' || c.generation < 0) return null;
  if (c.memberState !== 'STABLE' && c.memberState !== 'COMPLETING_REBALANCE') return null;
  setTimer(state, state.timeMs + config.heartbeatIntervalMs, { type: 'consumerTimer', consumer: c.id, kind: 'heartbeat' });
  if (state.timeMs - c.lastPollMs > config.maxPollIntervalMs) return leaveForPollTimeout(state, c);
  if (c.coordinator !== null && state.timeMs - c.lastHeartbeatAnswerMs > config.sessionTimeoutMs) {
    // Heartbeat.sessionTimeoutExpired: the client gives up on this coordinator connection.
    c.lastHeartbeatAnswerMs = state.timeMs;
    return { kind: 'sessionLost', coordinator: c.coordinator, sessionTimeoutMs: config.sessionTimeoutMs };
  }
  if (c.coordinator === null || hasInFlight(c, 'Heartbeat')) return null;
  sendRequest(state, c, c.coordinator, 'Heartbeat', { groupId: c.groupId, memberId: c.memberId, generation: c.generation });
  return { kind: 'sent', coordinator: c.coordinator, generation: c.generation };
}

/** max.poll.interval.ms passed without poll(): the heartbeat thread leaves the group. */
function leaveForPollTimeout(state: SimState, c: ConsumerState): HeartbeatBeat {
  if (c.coordinator !== null) sendRequest(state, c, c.coordinator, 'LeaveGroup', { groupId: c.groupId, memberId: c.memberId });
  c.memberId = '';
  c.generation = -1;
  c.memberState = 'UNJOINED';
  c.rejoinReason = { kind: 'pollTimeout' };
  return { kind: 'pollTimeout', maxPollIntervalMs: consumerSpec(state, c.id).config.maxPollIntervalMs };
}

export function handleHeartbeatResult(state: SimState, c: ConsumerState, error: string | null): HeartbeatAnswerTaken {
  c.lastHeartbeatAnswerMs = state.timeMs;
  if (error === null) return 'ok';
  if (error === 'REBALANCE_IN_PROGRESS') {
    if (c.memberState === 'STABLE') c.rejoinReason ??= { kind: 'groupRebalancing' };
    return 'rebalancing';
  }
  if (COORDINATOR_ERRORS.has(error)) {
    c.coordinator = null;
    return 'coordinatorLost';
  }
  if (c.memberState === 'PREPARING_REBALANCE') return 'alreadyRejoining';
  // ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID: the group went on without it; its partitions are lost.
  abandonJoin(c, error);
  return 'rejoining';
}

// Rows of the group coordinator (consumerRowEvents.ts): the group requests it answers (or turns away
// with NOT_COORDINATOR), member sessions expiring, and the ends of the rebalance's phases.
import type { RowText } from '../core/context';
import { tpKey } from '../core/state';
import { tpList } from '../consumer/consumerState';
import { coordinatorComponent, rebalanceReasonText } from '../consumer/groupRebalance';
import type { JoinCompleted, JoinOutcome, RebalanceProgress, RebalanceStarted, SyncOutcome } from '../consumerRowEvents';
import type { EngineEvent, EngineEventOf } from '../rowEvents';
import { eventsOfType, type RowRenderers } from './renderer';

type Row = Omit<RowText, 'component'>;

function joinCompletedText(p: JoinCompleted): string {
  const dropped = p.removed.length > 0 ? `removed ${p.removed.join(', ')} (did not rejoin); ` : '';
  if (p.kind === 'groupEmptied') return `${dropped}generation ${p.generation} has no members: the group is Empty`;
  return `${dropped}generation ${p.generation} starts with ${p.members.join(', ')} (protocol ${p.protocol}, leader ${p.leader}); JoinGroup answers sent`;
}

function rebalanceStartedText(p: RebalanceStarted): string {
  const w = p.waits;
  const waits =
    w.kind === 'initialDelay' ? `a new group waits group.initial.rebalance.delay.ms (${w.delayMs} ms) for more members`
    : w.kind === 'waitingForAll' ? 'waiting for every member to rejoin'
    : joinCompletedText(w);
  return `rebalance started (${rebalanceReasonText(p.reason)}); ${waits}`;
}

/** What the rebalance did, as the coordinator's row tells it after the request or timer. */
export function rebalanceText(p: RebalanceProgress): string {
  switch (p.kind) {
    case 'generationStarted':
    case 'groupEmptied': return joinCompletedText(p);
    case 'rebalanceStarted': return rebalanceStartedText(p);
    case 'waitingForOthers': return 'the group waits for the other members to rejoin';
    case 'goesOnWithout': return 'the rebalance goes on without it';
    case 'initialDelayExtended': return `new members arrived during the initial delay: waiting another ${p.delayMs} ms`;
    case 'syncMissed': return `removed ${p.removed.join(', ')} (no SyncGroup within the rebalance timeout); ${rebalanceStartedText(p.rebalance)}`;
  }
}

/**
 * A group request's row: the coordinator's, told after the group it loaded on the way, if any
 * (the GroupTakenOver clause), which makes the row news.
 */
function answered(e: { coordinator: number | null }, step: readonly EngineEvent[], row: Row): RowText {
  const taken = eventsOfType(step, 'GroupTakenOver')[0];
  const loaded = taken ? `Took over group ${taken.groupId}: loaded generation ${taken.generation} from __consumer_offsets. ` : '';
  return { ...row, component: coordinatorComponent(e.coordinator), output: loaded + row.output, routine: row.routine && loaded === '' };
}

function joinRow(e: EngineEventOf<'JoinGroupReceived'>): Row {
  const o: JoinOutcome = e.outcome;
  if (o.kind === 'refused') return { action: `Refused JoinGroup from ${e.from}`, messageState: o.error, output: `Sent ${o.error}` };
  const action = `${e.from} sent JoinGroup (${e.protocols.join(', ')}; subscribes to ${e.topics.join(', ')})`;
  switch (o.kind) {
    case 'added': return { action, messageState: `New member ${o.memberId}; group ${e.groupId} is ${o.groupState}`, output: rebalanceText(o.next) };
    case 'rejoined': return { action, messageState: `${o.memberId} rejoined`, output: o.next ? joinCompletedText(o.next) : 'Waiting for the other members to rejoin' };
    case 'current': return { action, messageState: `${o.memberId} rejoined with nothing new`, output: `Answered with the current generation ${o.generation}` };
    case 'rebalancing': return { action, messageState: `${o.memberId} rejoined${o.changed ? ' with a new subscription' : ' (it leads the group)'}`, output: rebalanceStartedText(o.next) };
  }
}

function syncRow(e: EngineEventOf<'SyncGroupReceived'>): Row {
  const o: SyncOutcome = e.outcome;
  switch (o.kind) {
    case 'refused': return { action: `Refused SyncGroup from ${e.from}`, messageState: o.error, output: `Sent ${o.error}` };
    case 'stable': return { action: `${o.memberId} sent SyncGroup`, messageState: `Group is Stable in generation ${o.generation}`, output: `Sent its assignment: ${tpList(o.assignment)}` };
    case 'waiting': return { action: `${o.memberId} sent SyncGroup`, messageState: "Waiting for the leader's assignment", output: 'Held until the leader syncs' };
    case 'assigned': {
      const plan = o.plan.map((m) => `${m.memberId} [${tpList(m.assignment)}]`).join('; ');
      return { action: `${o.memberId} (the leader) sent the assignment for generation ${o.generation}`, messageState: `Group ${e.groupId} is Stable`, output: plan };
    }
  }
}

function offsetCommitRow(e: EngineEventOf<'OffsetCommitReceived'>): Row {
  const action = `${e.from} committed ${e.offsets.map((o) => `${tpKey(o.topic, o.partition)}@${o.offset}`).join(', ')} (generation ${e.generation})`;
  if (!e.error) return { action, messageState: 'Stored in __consumer_offsets: the next owner resumes from these offsets', output: 'OK' };
  const why = e.error === 'ILLEGAL_GENERATION' ? `the group is in generation ${e.groupGeneration}: a stale member cannot commit` : `group is ${e.groupState}`;
  return { action, messageState: `Rejected: ${why}`, output: e.error };
}

/** A row the coordinator writes on its own (a timer), not answering a request. */
function coordinatorRow(e: { coordinator: number | null }, action: string, messageState: string, output: string): RowText {
  return { component: coordinatorComponent(e.coordinator), action, messageState, output };
}

export const groupRows: RowRenderers = {
  NotCoordinatorAnswered: (e) => ({
    component: `Broker ${e.broker}`, action: `Received ${e.api} for group ${e.groupId} from ${e.from}`, messageState: 'It does not coordinate that group',
    output: 'Sent NOT_COORDINATOR: the client must find the coordinator again',
  }),
  JoinGroupReceived: (e, step) => answered(e, step, joinRow(e)),
  SyncGroupReceived: (e, step) => answered(e, step, syncRow(e)),
  GroupHeartbeatReceived: (e, step) =>
    answered(e, step, {
      action: `Heartbeat from ${e.memberId} (generation ${e.generation})`,
      messageState: e.error === null ? 'Session renewed' : `Group is ${e.groupState} in generation ${e.groupGeneration}`,
      output: e.error ?? 'OK', routine: e.error === null,
    }),
  LeaveGroupReceived: (e, step) =>
    answered(
      e, step,
      e.next === null
        ? { action: `${e.from} asked to leave as ${e.memberId}`, messageState: 'Not a member', output: 'UNKNOWN_MEMBER_ID' }
        : { action: `${e.memberId} left group ${e.groupId}`, messageState: 'Graceful leave: no need to wait for session.timeout.ms', output: rebalanceText(e.next) },
    ),
  OffsetCommitReceived: (e, step) => answered(e, step, offsetCommitRow(e)),
  OffsetFetchReceived: (e, step) =>
    answered(e, step, {
      action: `${e.from} asked for the committed offsets of ${e.partitions.map((p) => tpKey(p.topic, p.partition)).join(', ')}`,
      messageState: 'Read from __consumer_offsets',
      output: e.partitions.map((p) => `${tpKey(p.topic, p.partition)}: ${p.offset ?? 'none'}`).join('; '),
    }),
  MemberSessionExpired: (e) =>
    coordinatorRow(e, `${e.memberId}'s session expired: no heartbeat for session.timeout.ms (${e.sessionTimeoutMs} ms)`, `Removed from group ${e.groupId}`, rebalanceText(e.next)),
  GroupCoordinatorMoved: (e) =>
    coordinatorRow(e, `Group ${e.groupId} changed coordinator`, e.coordinator === null ? 'No broker can coordinate it' : `Loaded generation ${e.generation} from __consumer_offsets`, 'Member sessions restart from now'),
  GroupPhaseEnded: (e) =>
    coordinatorRow(e, e.phase === 'join' ? `Join phase of group ${e.groupId} ended` : `SyncGroup wait of group ${e.groupId} ended`, `Group is ${e.groupState}`, rebalanceText(e.next)),
};

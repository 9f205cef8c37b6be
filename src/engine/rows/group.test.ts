// The group coordinator's rows, rendered from their events as the rules used to write them.
import { describe, expect, it } from 'vitest';
import type { RebalanceReason } from '../consumerRowEvents';
import { rebalanceText } from './group';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

const g = { coordinator: 2, groupId: 'g' } as const;
const waitingForAll = (reason: RebalanceReason) => ({ kind: 'rebalanceStarted', reason, waits: { kind: 'waitingForAll' } }) as const;
const join = { type: 'JoinGroupReceived', ...g, from: 'c1', protocols: ['range'], topics: ['t'] } as const;

describe('JoinGroup', () => {
  it('a new member: the group state after it joined, and what the group does next', () => {
    const next = { kind: 'rebalanceStarted', reason: { kind: 'joined', memberId: 'c1-1' }, waits: { kind: 'initialDelay', delayMs: 3000 } } as const;
    expect(renderRow(stepOf({ ...join, outcome: { kind: 'added', memberId: 'c1-1', groupState: 'PreparingRebalance', next } }))).toEqual({
      component: 'Group coordinator (broker 2)', action: 'c1 sent JoinGroup (range; subscribes to t)', messageState: 'New member c1-1; group g is PreparingRebalance',
      output: 'rebalance started (c1-1 joined); a new group waits group.initial.rebalance.delay.ms (3000 ms) for more members',
    });
  });

  it('refused, rejoined, answered with the current generation, or a new rebalance', () => {
    expect(renderRow(stepOf({ ...join, outcome: { kind: 'refused', error: 'UNKNOWN_MEMBER_ID' } }))).toMatchObject({ action: 'Refused JoinGroup from c1', messageState: 'UNKNOWN_MEMBER_ID', output: 'Sent UNKNOWN_MEMBER_ID' });
    expect(renderRow(stepOf({ ...join, outcome: { kind: 'rejoined', memberId: 'c1-1', next: null } })).output).toBe('Waiting for the other members to rejoin');
    expect(renderRow(stepOf({ ...join, outcome: { kind: 'current', memberId: 'c1-1', generation: 4 } }))).toMatchObject({ messageState: 'c1-1 rejoined with nothing new', output: 'Answered with the current generation 4' });
    expect(renderRow(stepOf({ ...join, outcome: { kind: 'rebalancing', memberId: 'c1-1', changed: false, next: waitingForAll({ kind: 'rejoined', memberId: 'c1-1' }) } })).messageState).toBe('c1-1 rejoined (it leads the group)');
    expect(renderRow(stepOf({ ...join, outcome: { kind: 'rebalancing', memberId: 'c1-1', changed: true, next: waitingForAll({ kind: 'rejoined', memberId: 'c1-1' }) } })).messageState).toBe('c1-1 rejoined with a new subscription');
  });

  it('a group taken over on the way opens the output and makes the row news', () => {
    const taken = { type: 'GroupTakenOver', broker: 2, groupId: 'g', generation: 3 } as const;
    const heartbeat = { type: 'GroupHeartbeatReceived', ...g, memberId: 'c1-1', generation: 3, error: null, groupState: 'Stable', groupGeneration: 3 } as const;
    expect(renderRow(stepOf(heartbeat))).toMatchObject({ messageState: 'Session renewed', output: 'OK', routine: true });
    expect(renderRow(stepOf(taken, heartbeat))).toMatchObject({ output: 'Took over group g: loaded generation 3 from __consumer_offsets. OK', routine: false });
  });
});

describe('SyncGroup', () => {
  const sync = { type: 'SyncGroupReceived', ...g, from: 'c1' } as const;

  it('the leader’s plan, per member', () => {
    const plan = [{ memberId: 'c1-1', assignment: [{ topic: 't', partition: 0 }] }, { memberId: 'c2-1', assignment: [] }];
    expect(renderRow(stepOf({ ...sync, outcome: { kind: 'assigned', memberId: 'c1-1', generation: 2, plan } }))).toMatchObject({
      action: 'c1-1 (the leader) sent the assignment for generation 2', messageState: 'Group g is Stable', output: 'c1-1 [t-0]; c2-1 [none]',
    });
  });

  it('stable, waiting for the leader, or refused', () => {
    expect(renderRow(stepOf({ ...sync, outcome: { kind: 'stable', memberId: 'c2-1', generation: 2, assignment: [{ topic: 't', partition: 1 }] } })).output).toBe('Sent its assignment: t-1');
    expect(renderRow(stepOf({ ...sync, outcome: { kind: 'waiting', memberId: 'c2-1' } })).output).toBe('Held until the leader syncs');
    expect(renderRow(stepOf({ ...sync, outcome: { kind: 'refused', error: 'ILLEGAL_GENERATION' } })).action).toBe('Refused SyncGroup from c1');
  });
});

describe('offsets, leaving, heartbeats', () => {
  const commit = { type: 'OffsetCommitReceived', ...g, from: 'c1', offsets: [{ topic: 't', partition: 0, offset: 4 }], generation: 1, error: null, groupGeneration: 2, groupState: 'Stable' } as const;

  it('a commit stored, or rejected by generation or state', () => {
    expect(renderRow(stepOf(commit))).toMatchObject({ action: 'c1 committed t-0@4 (generation 1)', messageState: 'Stored in __consumer_offsets: the next owner resumes from these offsets', output: 'OK' });
    expect(renderRow(stepOf({ ...commit, error: 'ILLEGAL_GENERATION' })).messageState).toBe('Rejected: the group is in generation 2: a stale member cannot commit');
    expect(renderRow(stepOf({ ...commit, error: 'REBALANCE_IN_PROGRESS', groupState: 'CompletingRebalance' })).messageState).toBe('Rejected: group is CompletingRebalance');
  });

  it('committed offsets read back', () => {
    const partitions = [{ topic: 't', partition: 0, offset: 4 }, { topic: 't', partition: 1, offset: null }];
    expect(renderRow(stepOf({ type: 'OffsetFetchReceived', ...g, from: 'c1', partitions }))).toMatchObject({
      action: 'c1 asked for the committed offsets of t-0, t-1', messageState: 'Read from __consumer_offsets', output: 't-0: 4; t-1: none',
    });
  });

  it('a member leaving, or a stranger asking to', () => {
    const leave = { type: 'LeaveGroupReceived', ...g, from: 'c1', memberId: 'c1-1', next: waitingForAll({ kind: 'left', memberId: 'c1-1' }) } as const;
    expect(renderRow(stepOf(leave))).toMatchObject({ action: 'c1-1 left group g', output: 'rebalance started (c1-1 left); waiting for every member to rejoin' });
    expect(renderRow(stepOf({ ...leave, next: null }))).toMatchObject({ action: 'c1 asked to leave as c1-1', messageState: 'Not a member', output: 'UNKNOWN_MEMBER_ID' });
  });

  it('a heartbeat refused tells the group state', () => {
    const row = renderRow(stepOf({ type: 'GroupHeartbeatReceived', ...g, memberId: 'c1-1', generation: 1, error: 'ILLEGAL_GENERATION', groupState: 'Stable', groupGeneration: 2 }));
    expect(row).toMatchObject({ action: 'Heartbeat from c1-1 (generation 1)', messageState: 'Group is Stable in generation 2', output: 'ILLEGAL_GENERATION', routine: false });
  });

  it('a request to a broker that does not coordinate the group', () => {
    expect(renderRow(stepOf({ type: 'NotCoordinatorAnswered', broker: 1, api: 'Heartbeat', groupId: 'g', from: 'c1' }))).toEqual({
      component: 'Broker 1', action: 'Received Heartbeat for group g from c1', messageState: 'It does not coordinate that group', output: 'Sent NOT_COORDINATOR: the client must find the coordinator again',
    });
  });
});

describe('the rebalance, as the rows tell it', () => {
  it('a join phase completed: members dropped, then a generation or an empty group', () => {
    const started = { kind: 'generationStarted', removed: ['c3-1'], generation: 4, members: ['c1-1', 'c2-1'], protocol: 'range', leader: 'c1-1' } as const;
    expect(rebalanceText(started)).toBe('removed c3-1 (did not rejoin); generation 4 starts with c1-1, c2-1 (protocol range, leader c1-1); JoinGroup answers sent');
    expect(rebalanceText({ kind: 'groupEmptied', removed: [], generation: 5 })).toBe('generation 5 has no members: the group is Empty');
    expect(rebalanceText({ kind: 'rebalanceStarted', reason: { kind: 'left', memberId: 'c2-1' }, waits: started })).toBe(`rebalance started (c2-1 left); ${rebalanceText(started)}`);
    expect(rebalanceText({ kind: 'waitingForOthers' })).toBe('the group waits for the other members to rejoin');
  });
});

describe('timers', () => {
  it('a session expired, a phase ended, a coordinator moved', () => {
    expect(renderRow(stepOf({ type: 'MemberSessionExpired', ...g, memberId: 'c1-1', sessionTimeoutMs: 6000, next: { kind: 'goesOnWithout' } }))).toEqual({
      component: 'Group coordinator (broker 2)', action: "c1-1's session expired: no heartbeat for session.timeout.ms (6000 ms)", messageState: 'Removed from group g', output: 'the rebalance goes on without it',
    });
    expect(renderRow(stepOf({ type: 'GroupPhaseEnded', ...g, phase: 'sync', groupState: 'PreparingRebalance', next: { kind: 'syncMissed', removed: ['c2-1'], rebalance: waitingForAll({ kind: 'syncMissed' }) } }))).toMatchObject({
      action: 'SyncGroup wait of group g ended', output: 'removed c2-1 (no SyncGroup within the rebalance timeout); rebalance started (members missed the sync); waiting for every member to rejoin',
    });
    expect(renderRow(stepOf({ type: 'GroupPhaseEnded', ...g, phase: 'join', groupState: 'CompletingRebalance', next: { kind: 'initialDelayExtended', delayMs: 3000 } }))).toMatchObject({
      messageState: 'Group is CompletingRebalance', output: 'new members arrived during the initial delay: waiting another 3000 ms',
    });
    expect(renderRow(stepOf({ type: 'GroupCoordinatorMoved', coordinator: null, groupId: 'g', generation: 3 }))).toEqual({
      component: 'Group coordinator (broker ?)', action: 'Group g changed coordinator', messageState: 'No broker can coordinate it', output: 'Member sessions restart from now',
    });
  });
});

describe('why a rebalance started', () => {
  it('names the member that joined, rejoined, left or expired, or says members missed the sync', () => {
    const reasons: RebalanceReason[] = [
      { kind: 'joined', memberId: 'c1-1' }, { kind: 'rejoined', memberId: 'c1-1' }, { kind: 'left', memberId: 'c2-1' }, { kind: 'expired', memberId: 'c2-1' }, { kind: 'syncMissed' },
    ];
    expect(reasons.map((r) => rebalanceText(waitingForAll(r)))).toEqual([
      'rebalance started (c1-1 joined); waiting for every member to rejoin',
      'rebalance started (c1-1 rejoined); waiting for every member to rejoin',
      'rebalance started (c2-1 left); waiting for every member to rejoin',
      'rebalance started (c2-1 expired); waiting for every member to rejoin',
      'rebalance started (members missed the sync); waiting for every member to rejoin',
    ]);
  });
});

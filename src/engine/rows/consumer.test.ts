// A consumer's rows, rendered from their events as the rules used to write them.
import { describe, expect, it } from 'vitest';
import { renderRow } from './index';
import { stepOf } from './testEvents.testkit';

const c1 = { consumer: 'c1' } as const;

describe("the application's life", () => {
  it('a start or restart names the subscription and tells the first poll()', () => {
    const start = { type: 'ConsumerSubscribed', ...c1, restart: false, topics: ['t', 'u'], groupId: 'g', notes: [{ kind: 'coordinatorRequested', broker: 1, groupId: 'g' }, { kind: 'metadataRequested', broker: 2 }] } as const;
    expect(renderRow(stepOf(start))).toEqual({
      component: 'Consumer c1', action: 'Started: subscribes to t, u in group g', messageState: 'Not in the group yet: no partitions',
      output: 'asked broker 1 which broker coordinates group g; asked broker 2 for metadata',
    });
    const restart = renderRow(stepOf({ ...start, restart: true }));
    expect(restart.action).toBe('Restarted: subscribes to t, u in group g');
    expect(restart.messageState).toBe("A new member: it resumes from the group's committed offsets");
  });

  it('a close commits first with auto-commit, else leaves at once', () => {
    const commit = { requestId: 9, purpose: 'close', offsets: [{ topic: 't', partition: 0, offset: 4 }], coordinator: 2 } as const;
    expect(renderRow(stepOf({ type: 'ConsumerCloseStarted', ...c1, commit }))).toEqual({
      component: 'Consumer c1', action: 'Closing gracefully', messageState: 'Auto-commit is on: it commits before leaving', output: 'commitSync of t-0@4 sent to coordinator broker 2; LeaveGroup follows',
    });
    expect(renderRow(stepOf({ type: 'ConsumerClosed', ...c1, leftVia: null })).output).toBe('no LeaveGroup (not in a group)');
  });

  it('a crash says how long the coordinator waits, when it was a member', () => {
    const crash = { type: 'ConsumerProcessKilled', ...c1, wasMember: true, sessionTimeoutMs: 6000 } as const;
    expect(renderRow(stepOf({ type: 'ConsumerCrashed', ...c1, detail: 'g' }, crash))).toEqual({
      component: 'Consumer c1', action: 'Crashed: the process stopped at once', messageState: 'No LeaveGroup sent; uncommitted progress is lost',
      output: 'The coordinator removes it after session.timeout.ms (6000 ms) without heartbeats',
    });
    expect(renderRow(stepOf({ ...crash, wasMember: false })).output).toBe('It was not in the group yet');
  });
});

describe('the poll loop', () => {
  const positions = [
    { tp: 't-0', fetchState: 'FETCHING', offset: 4 },
    { tp: 't-1', fetchState: 'AWAIT_VALIDATION', offset: 2 },
    { tp: 't-2', fetchState: null, offset: -1 },
  ];
  const polled = { type: 'ConsumerPolled', ...c1, timedOut: false, waitMs: 500, positions, notes: [], delivered: false } as const;

  it('lists the positions, and waits when nothing is buffered (routine)', () => {
    expect(renderRow(stepOf(polled))).toEqual({
      component: 'Consumer c1', action: 'Called poll()', messageState: 't-0 position 4, t-1 await validation, t-2 unknown', output: 'Nothing buffered: waits up to 500 ms', routine: true,
    });
  });

  it('a poll that timed out and only sent fetches is routine; one that delivered is not', () => {
    const again = renderRow(stepOf({ ...polled, timedOut: true, positions: [], notes: [{ kind: 'fetchSent', broker: 1, partitions: [{ tp: 't-0', offset: 4 }] }] }));
    expect(again).toMatchObject({ action: 'poll() returned no records within 500 ms; called poll() again', messageState: 'No partitions assigned', routine: true });
    expect(renderRow(stepOf({ ...polled, notes: [{ kind: 'returned', batches: [{ tp: 't-0', count: 1, first: 4, last: 4, values: ['a'] }] }], delivered: true })).routine).toBe(false);
  });

  it('processing done: the records and what comes next', () => {
    expect(renderRow(stepOf({ type: 'RecordsProcessed', ...c1, records: 3, positions: [positions[0]], next: [{ kind: 'pollsAgain', afterProcessing: true }] }))).toEqual({
      component: 'Consumer c1', action: 'Finished processing 3 record(s)', messageState: 't-0 position 4', output: 'then polls again',
    });
  });
});

describe('the heartbeat thread', () => {
  it('a beat sent is routine', () => {
    expect(renderRow(stepOf({ type: 'HeartbeatThreadRan', ...c1, generation: 3, beat: { kind: 'sent', coordinator: 2, generation: 3 }, failed: [] }))).toEqual({
      component: 'Consumer c1', action: 'Heartbeat thread', messageState: 'Generation 3', output: 'sent a heartbeat to coordinator broker 2 (generation 3)', routine: true,
    });
  });

  it('gives up on a silent coordinator and lists the requests that failed with it', () => {
    const row = renderRow(stepOf({
      type: 'HeartbeatThreadRan', ...c1, generation: 3, beat: { kind: 'sessionLost', coordinator: 2, sessionTimeoutMs: 6000 },
      failed: [{ request: 'OffsetCommit', notes: [{ kind: 'commitAnswered', offsets: [{ tp: 't-0', offset: 4 }], error: 'NETWORK_EXCEPTION', recovery: 'coordinatorLost' }] }],
    }));
    expect(row.output).toBe('no heartbeat answer for session.timeout.ms (6000 ms): marks coordinator broker 2 unknown; OffsetCommit: commit of t-0@4 failed: NETWORK_EXCEPTION; the coordinator must be found again');
    expect(row.routine).toBe(false);
  });

  it('leaves the group when poll() was not called in time', () => {
    const row = renderRow(stepOf({ type: 'HeartbeatThreadRan', ...c1, generation: -1, beat: { kind: 'pollTimeout', maxPollIntervalMs: 3000 }, failed: [] }));
    expect(row).toMatchObject({ messageState: 'Generation -1', output: 'no poll() for max.poll.interval.ms (3000 ms): left the group; will rejoin at its next poll', routine: false });
  });
});

describe('requests and answers', () => {
  it('a failed request: timed out, or its connection closed', () => {
    const failed = { type: 'ConsumerRequestFailed', ...c1, request: 'Fetch', broker: 2, error: 'REQUEST_TIMED_OUT', notes: [{ kind: 'refetch' }] } as const;
    expect(renderRow(stepOf(failed))).toEqual({
      component: 'Consumer c1', action: 'No answer to Fetch from broker 2 within request.timeout.ms', messageState: 'REQUEST_TIMED_OUT', output: 'will refresh metadata and fetch again',
    });
    expect(renderRow(stepOf({ ...failed, error: 'NETWORK_EXCEPTION' })).action).toBe('Connection to broker 2 closed before it answered Fetch');
  });

  it('metadata: routine when nothing changed and nothing was sent', () => {
    const updated = { type: 'ConsumerMetadataUpdated', ...c1, from: 'broker-3', changes: [], sent: [] } as const;
    expect(renderRow(stepOf(updated))).toEqual({
      component: 'Consumer c1', action: 'Updated its metadata from broker 3', messageState: 'No leader changes', output: 'Nothing to send', routine: true,
    });
    expect(renderRow(stepOf({ ...updated, changes: [{ kind: 'leaderMoved', tp: 't-0', from: 1, to: 2 }] })).routine).toBe(false);
    expect(renderRow(stepOf({ type: 'ConsumerMetadataMaxAgeExpired', ...c1, sent: { kind: 'metadataRequested', broker: 1 } })).output).toBe('asked broker 1 for metadata');
  });

  it('group answers name the error in the action', () => {
    expect(renderRow(stepOf({ type: 'JoinGroupResponseReceived', ...c1, groupId: 'g', error: 'UNKNOWN_MEMBER_ID', notes: [{ kind: 'rejoinAsNew' }] }))).toEqual({
      component: 'Consumer c1', action: 'JoinGroup answered: UNKNOWN_MEMBER_ID', messageState: 'Group g', output: 'UNKNOWN_MEMBER_ID: joins again as a new member',
    });
    expect(renderRow(stepOf({ type: 'SyncGroupResponseReceived', ...c1, groupId: 'g', error: null, notes: [] })).output).toBe('No change');
    expect(renderRow(stepOf({ type: 'LeaveGroupResponseReceived', ...c1, error: null }))).toEqual({ component: 'Consumer c1', action: 'LeaveGroup answered', messageState: '', output: 'OK', routine: true });
    const answered = { type: 'HeartbeatResponseReceived', ...c1, generation: 2, error: 'REBALANCE_IN_PROGRESS', taken: 'rebalancing' } as const;
    expect(renderRow(stepOf(answered))).toEqual({ component: 'Consumer c1', action: 'Heartbeat answered', messageState: 'Generation 2', output: 'REBALANCE_IN_PROGRESS: rejoins at its next poll', routine: false });
    expect(renderRow(stepOf({ ...answered, error: 'NOT_COORDINATOR', taken: 'coordinatorLost' })).output).toBe('NOT_COORDINATOR: will find the coordinator again');
    expect(renderRow(stepOf({ ...answered, error: 'ILLEGAL_GENERATION', taken: 'rejoining' })).output).toBe('ILLEGAL_GENERATION: will rejoin');
    expect(renderRow(stepOf({ ...answered, error: null, taken: 'ok' }))).toMatchObject({ output: 'heartbeat OK', routine: true });
  });

  it('a fetch answer: returned to a waiting poll(), buffered, or nothing new', () => {
    const answer = { type: 'ConsumerFetchResponseReceived', ...c1, from: 'broker-2', records: 2, returned: null, notes: [{ kind: 'buffered', tp: 't-0', records: 2 }] } as const;
    expect(renderRow(stepOf(answer))).toEqual({
      component: 'Consumer c1', action: 'Fetch answered by broker 2', messageState: 'Buffered until the application calls poll()', output: '2 record(s) of t-0 buffered for the next poll', routine: false,
    });
    expect(renderRow(stepOf({ ...answer, returned: [{ kind: 'returned', batches: [{ tp: 't-0', count: 2, first: 4, last: 5, values: ['a', 'b'] }] }] })).messageState).toBe('The application was waiting in poll()');
    expect(renderRow(stepOf({ ...answer, records: 0, notes: [] }))).toMatchObject({ messageState: 'No new records', output: 'Nothing new', routine: true });
  });

  it('offsets: committed, listed, validated', () => {
    expect(renderRow(stepOf({ type: 'OffsetFetchResponseReceived', ...c1, result: [{ kind: 'resumesAt', tp: 't-0', offset: 4 }], sent: [] }))).toEqual({
      component: 'Consumer c1', action: 'Got the committed offsets', messageState: 't-0 resumes at committed offset 4', output: 'Waits for its next poll',
    });
    expect(renderRow(stepOf({ type: 'ListOffsetsResponseReceived', ...c1, changes: [], sent: [{ kind: 'fetchSent', broker: 1, partitions: [] }] })).messageState).toBe('No change');
    expect(renderRow(stepOf({ type: 'OffsetsForLeaderEpochResponseReceived', ...c1, changes: [], sent: [] })).action).toBe('Position validation answered (KIP-320)');
    expect(renderRow(stepOf({ type: 'OffsetCommitResponseReceived', ...c1, groupId: 'g', error: null, notes: [{ kind: 'commitAnswered', offsets: [{ tp: 't-0', offset: 4 }], error: null, recovery: null }] })).action).toBe('OffsetCommit answered');
    expect(renderRow(stepOf({ type: 'CommitSyncCalled', ...c1, commit: { requestId: null, skipped: 'nothingToCommit' } }))).toMatchObject({
      action: 'Called commitSync() on its current positions', messageState: 'The committed offset is the next offset to read', output: 'nothing to commit',
    });
    const sent = { requestId: 3, purpose: 'script', offsets: [{ topic: 't', partition: 0, offset: 4 }, { topic: 't', partition: 1, offset: 2 }], coordinator: 1 } as const;
    expect(renderRow(stepOf({ type: 'CommitSyncCalled', ...c1, commit: sent })).output).toBe('commitSync of t-0@4, t-1@2 sent to coordinator broker 1');
  });
});

describe("notes from several helpers, as data", () => {
  it("a poll() tells the group's work, the auto-commit, the fetches and what it returned, in that order", () => {
    const notes = [
      { kind: 'joinSent', coordinator: 2, reason: { kind: 'groupRebalancing' } },
      { kind: 'commit', commit: { requestId: 7, purpose: 'auto', offsets: [{ topic: 't', partition: 0, offset: 4 }], coordinator: 2 } },
      { kind: 'fetchSent', broker: 1, partitions: [{ tp: 't-0', offset: 6 }] },
      { kind: 'returned', batches: [{ tp: 't-0', count: 2, first: 4, last: 5, values: ['a', 'b'] }] },
      { kind: 'processing', processingMs: 200 },
    ] as const;
    const row = renderRow(stepOf({ type: 'ConsumerPolled', ...c1, timedOut: false, waitMs: 500, positions: [], notes, delivered: true }));
    expect(row.output).toBe(
      "sent JoinGroup to coordinator broker 2 (the group is rebalancing); auto-commit of t-0@4 sent to coordinator broker 2; fetch sent to broker 1 (t-0@6); poll() returned 2 record(s) of t-0 (offsets 4–5: 'a', 'b'); processing takes 200 ms",
    );
    expect(row.routine).toBe(false);
  });

  it('a commit that failed while closing says so, then that it left', () => {
    const failed = {
      type: 'ConsumerRequestFailed', ...c1, request: 'OffsetCommit', broker: 2, error: 'NETWORK_EXCEPTION',
      notes: [{ kind: 'commitAnswered', offsets: [{ tp: 't-0', offset: null }], error: 'NETWORK_EXCEPTION', recovery: 'coordinatorLost' }, { kind: 'left', leftVia: null }],
    } as const;
    expect(renderRow(stepOf(failed)).output).toBe('commit of t-0 failed: NETWORK_EXCEPTION; the coordinator must be found again; no LeaveGroup (not in a group)');
  });

  it('a join answer: joined as leader, then the SyncGroup; a sync answer: the assignment, then the fetches', () => {
    const led = { protocol: 'range', members: 1, plan: [{ memberId: 'c1-1', assignment: [{ topic: 't', partition: 0 }] }] };
    const join = renderRow(stepOf({ type: 'JoinGroupResponseReceived', ...c1, groupId: 'g', error: null, notes: [{ kind: 'joined', memberId: 'c1-1', generation: 1, leader: 'c1-1', led }] }));
    expect(join.output).toBe('joined as c1-1 in generation 1; leads the group: ran range over 1 member(s): c1-1 [t-0]; sent SyncGroup');
    const sync = renderRow(stepOf({
      type: 'SyncGroupResponseReceived', ...c1, groupId: 'g', error: null,
      notes: [{ kind: 'assigned', generation: 1, partitions: [{ topic: 't', partition: 0 }], added: null }, { kind: 'committedRequested', coordinator: 2, tps: ['t-0'] }],
    }));
    expect(sync.output).toBe('generation 1: assigned t-0; asked coordinator broker 2 for the committed offsets of t-0');
  });

  it('committed offsets read: where each partition resumes, or its reset', () => {
    const result = [{ kind: 'resumesAt', tp: 't-0', offset: 4 }, { kind: 'resetNeeded', tp: 't-1', cause: { kind: 'noCommittedOffset' }, policy: 'earliest' }] as const;
    expect(renderRow(stepOf({ type: 'OffsetFetchResponseReceived', ...c1, result, sent: [] })).messageState).toBe('t-0 resumes at committed offset 4; t-1: no committed offset; auto.offset.reset=earliest');
    expect(renderRow(stepOf({ type: 'OffsetFetchResponseReceived', ...c1, result: [], sent: [] })).messageState).toBe('nothing to update');
  });
});

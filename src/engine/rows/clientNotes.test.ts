// What a consumer's client did, as its rows tell it: every kind of note, and notes joined in order.
import { describe, expect, it } from 'vitest';
import type { ClientNote } from '../clientNotes';
import type { RejoinReason } from '../core/consumerGroupState';
import { clientNoteText, notesText, rejoinReasonText } from './clientNotes';

const t0 = { topic: 't', partition: 0 };
const t1 = { topic: 't', partition: 1 };
const commit = { requestId: 5, purpose: 'before-rebalance', offsets: [{ ...t0, offset: 4 }], coordinator: 2 } as const;

const texts = (notes: ClientNote[]) => notes.map(clientNoteText);

describe('client notes', () => {
  it('requests sent to get positions and records moving', () => {
    expect(texts([
      { kind: 'metadataRequested', broker: 1 },
      { kind: 'coordinatorRequested', broker: 3, groupId: 'g' },
      { kind: 'committedRequested', coordinator: 2, tps: ['t-0', 't-1'] },
      { kind: 'resetRequested', broker: 1, policy: 'earliest', tps: ['t-0'] },
      { kind: 'validationRequested', broker: 2, partitions: [{ tp: 't-0', offset: 4, epoch: 1 }] },
      { kind: 'fetchSent', broker: 1, partitions: [{ tp: 't-0', offset: 4 }, { tp: 't-1', offset: 0 }] },
    ])).toEqual([
      'asked broker 1 for metadata',
      'asked broker 3 which broker coordinates group g',
      'asked coordinator broker 2 for the committed offsets of t-0, t-1',
      'asked broker 1 for the earliest offset of t-0',
      'asked broker 2 to validate t-0@4 (epoch 1)',
      'fetch sent to broker 1 (t-0@4, t-1@0)',
    ]);
  });

  it('what an answer changed: metadata and positions', () => {
    expect(texts([
      { kind: 'leadersLearned', count: 3 },
      { kind: 'leaderMoved', tp: 't-0', from: 1, to: null },
      { kind: 'positionToValidate', tp: 't-0', leaderEpoch: 2, offset: 4 },
      { kind: 'partitionCountChanged' },
      { kind: 'fetchLeaderError', tp: 't-0', error: 'NOT_LEADER_OR_FOLLOWER' },
      { kind: 'buffered', tp: 't-0', records: 2 },
      { kind: 'partitionError', tp: 't-1', error: 'FENCED_LEADER_EPOCH' },
      { kind: 'positionReset', tp: 't-0', offset: 0, policy: 'earliest' },
      { kind: 'rewound', tp: 't-0', endOffset: 3, position: 5 },
      { kind: 'positionValid', tp: 't-0', offset: 4 },
      { kind: 'resumesAt', tp: 't-0', offset: 4 },
      { kind: 'retryLater', api: 'ListOffsets' },
      { kind: 'retryLater', api: 'OffsetsForLeaderEpoch' },
      { kind: 'committedUnreadable', error: null },
      { kind: 'committedUnreadable', error: 'NOT_COORDINATOR' },
    ])).toEqual([
      'Learned the leaders of 3 partition(s)',
      't-0 leader 1→none',
      't-0 has a new leader epoch 2: its position 4 will be validated',
      'the partition count changed since it assigned: as group leader it rejoins to reassign',
      't-0: NOT_LEADER_OR_FOLLOWER, will refresh metadata',
      '2 record(s) of t-0 buffered for the next poll',
      't-1: FENCED_LEADER_EPOCH',
      't-0 position reset to 0 (auto.offset.reset=earliest)',
      't-0: the log was truncated at 3, below position 5: rewinding to 3',
      't-0 position 4 is valid on the new leader',
      't-0 resumes at committed offset 4',
      'ListOffsets failed; will retry',
      'validation failed; will retry',
      'could not read committed offsets (connection lost); will find the coordinator again',
      'could not read committed offsets (NOT_COORDINATOR); will find the coordinator again',
    ]);
  });

  it('a reset names its cause, and the exception when auto.offset.reset is none', () => {
    expect(texts([
      { kind: 'resetNeeded', tp: 't-0', cause: { kind: 'noCommittedOffset' }, policy: 'latest' },
      { kind: 'resetNeeded', tp: 't-0', cause: { kind: 'outOfRange', offset: 2, logStartOffset: 5 }, policy: 'earliest' },
      { kind: 'resetNeeded', tp: 't-0', cause: { kind: 'unknownEpoch', epoch: 1 }, policy: 'none' },
      { kind: 'resetNeeded', tp: 't-0', cause: { kind: 'truncatedBelow', position: 7 }, policy: 'none' },
    ])).toEqual([
      't-0: no committed offset; auto.offset.reset=latest',
      't-0: offset 2 is out of range (log 5–); auto.offset.reset=earliest',
      't-0: leader epoch 1 is unknown to the leader; auto.offset.reset=none → LogTruncationException',
      't-0: the log was truncated below position 7; auto.offset.reset=none → LogTruncationException',
    ]);
  });

  it('the group: coordinator, join, sync', () => {
    expect(texts([
      { kind: 'coordinatorFound', broker: 2, groupId: 'g' },
      { kind: 'noCoordinator', error: 'COORDINATOR_NOT_AVAILABLE' },
      { kind: 'commitBeforeJoin', reason: { kind: 'groupRebalancing' }, commit },
      { kind: 'partitionsReleased', lost: false, partitions: [t0, t1] },
      { kind: 'partitionsReleased', lost: true, partitions: [t0] },
      { kind: 'joinSent', coordinator: 2, reason: null },
      { kind: 'joinAbandoned', error: 'NOT_COORDINATOR', coordinatorLost: true },
      { kind: 'joinAbandoned', error: 'ILLEGAL_GENERATION', coordinatorLost: false },
      { kind: 'staleAnswer', api: 'SyncGroup' },
      { kind: 'inconsistentProtocol', strategy: 'range', groupId: 'g' },
      { kind: 'rejoinAsNew' },
      { kind: 'joined', memberId: 'c2-1', generation: 3, leader: 'c1-1', led: null },
      { kind: 'joined', memberId: 'c1-1', generation: 3, leader: 'c1-1', led: { protocol: 'range', members: 2, plan: [{ memberId: 'c1-1', assignment: [t0] }, { memberId: 'c2-1', assignment: [] }] } },
      { kind: 'assigned', generation: 3, partitions: [t0, t1], added: [t1] },
      { kind: 'assigned', generation: 3, partitions: [t0], added: null },
      { kind: 'revokedForNewOwner', partitions: [t1] },
    ])).toEqual([
      'broker 2 coordinates group g',
      'no coordinator available (COORDINATOR_NOT_AVAILABLE); will ask again',
      'must rejoin (the group is rebalancing); auto-commit before rebalancing of t-0@4 sent to coordinator broker 2; JoinGroup follows its answer',
      'revoked t-0, t-1',
      'lost t-0',
      'sent JoinGroup to coordinator broker 2 (joining)',
      'NOT_COORDINATOR: will find the coordinator again and rejoin',
      'ILLEGAL_GENERATION: will rejoin',
      'a stale SyncGroup answer: ignored',
      'InconsistentGroupProtocolException: range is not used by the other members of g',
      'UNKNOWN_MEMBER_ID: joins again as a new member',
      'joined as c2-1 in generation 3; follower (leader c1-1); sent SyncGroup',
      'joined as c1-1 in generation 3; leads the group: ran range over 2 member(s): c1-1 [t-0]; c2-1 [none]; sent SyncGroup',
      'generation 3: assigned t-0, t-1 (new: t-1)',
      'generation 3: assigned t-0',
      'revoked t-1; rejoins so the new owner can take them',
    ]);
  });

  it('commits: sent, skipped, answered, and what a failure makes the client do', () => {
    const offsets = [{ tp: 't-0', offset: 4 }];
    expect(texts([
      { kind: 'commit', commit: { ...commit, purpose: 'auto' } },
      { kind: 'commit', commit: { requestId: null, skipped: 'rebalancing' } },
      { kind: 'commitAnswered', offsets, error: null, recovery: null },
      { kind: 'commitAnswered', offsets: [{ tp: 't-0', offset: null }], error: 'REQUEST_TIMED_OUT', recovery: 'coordinatorLost' },
      { kind: 'commitAnswered', offsets, error: 'REBALANCE_IN_PROGRESS', recovery: 'rebalancing' },
      { kind: 'commitAnswered', offsets, error: 'ILLEGAL_GENERATION', recovery: 'groupMovedOn' },
      { kind: 'left', leftVia: 2 },
      { kind: 'left', leftVia: null },
    ])).toEqual([
      'auto-commit of t-0@4 sent to coordinator broker 2',
      'commit skipped: rebalance in progress',
      'commit of t-0@4 succeeded',
      'commit of t-0 failed: REQUEST_TIMED_OUT; the coordinator must be found again',
      'commit of t-0@4 failed: REBALANCE_IN_PROGRESS; the group is rebalancing: it rejoins',
      'commit of t-0@4 failed: ILLEGAL_GENERATION; CommitFailedException: the group has moved on without it; it rejoins',
      'sent LeaveGroup to coordinator broker 2',
      'no LeaveGroup (not in a group)',
    ]);
  });

  it('the application: records returned (values cut short), processing, polling again', () => {
    const batches = [
      { tp: 't-0', count: 6, first: 0, last: 5, values: ['a', 'b', 'c', 'd'] },
      { tp: 't-1', count: 1, first: 9, last: 9, values: ['a value longer than twenty-four characters'] },
    ];
    expect(texts([
      { kind: 'returned', batches },
      { kind: 'processing', processingMs: 300 },
      { kind: 'pollsAgain', afterProcessing: true },
      { kind: 'pollsAgain', afterProcessing: false },
    ])).toEqual([
      "poll() returned 6 record(s) of t-0 (offsets 0–5: 'a', 'b', 'c', 'd' …), 1 record(s) of t-1 (offset 9: 'a value longer than twe…')",
      'processing takes 300 ms',
      'then polls again',
      'polls again',
    ]);
  });

  it('a failed request: what the client does next', () => {
    expect(texts([{ kind: 'askAnotherBroker' }, { kind: 'askAgainAtPoll' }, { kind: 'findCoordinatorAgain' }, { kind: 'refetch' }, { kind: 'wasLeaving' }])).toEqual([
      'will ask another broker for metadata',
      'will ask again at its next poll',
      'will find the coordinator again',
      'will refresh metadata and fetch again',
      'no matter: it was leaving',
    ]);
  });

  it('why a member rejoins: every reason', () => {
    expect([
      { kind: 'firstJoin' },
      { kind: 'unknownMemberId' },
      { kind: 'revoked', partitions: [t0, t1] },
      { kind: 'pollTimeout' },
      { kind: 'groupRebalancing' },
      { kind: 'partitionCountChanged' },
      { kind: 'commitFailed', error: 'ILLEGAL_GENERATION' },
      { kind: 'groupError', error: 'UNKNOWN_MEMBER_ID' },
    ].map((r) => rejoinReasonText(r as RejoinReason))).toEqual([
      'joining the group',
      'the coordinator did not know its member id',
      'revoked t-0, t-1',
      'max.poll.interval.ms passed without a poll',
      'the group is rebalancing',
      'the leader saw a new partition count in the metadata',
      'commit failed with ILLEGAL_GENERATION',
      'UNKNOWN_MEMBER_ID',
    ]);
  });

  it('notes from several helpers read as one clause list, in order', () => {
    expect(notesText([{ kind: 'coordinatorFound', broker: 2, groupId: 'g' }, { kind: 'joinSent', coordinator: 2, reason: { kind: 'firstJoin' } }])).toBe(
      'broker 2 coordinates group g; sent JoinGroup to coordinator broker 2 (joining the group)',
    );
    expect(notesText([])).toBe('');
  });
});

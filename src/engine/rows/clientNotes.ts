// How a consumer's row tells what its client did (clientNotes.ts): each note a clause, joined in
// the order they happened.
import { quote } from '../broker/config';
import type { ClientNote } from '../clientNotes';
import { tpKey } from '../core/state';
import type { CommitAttempt } from '../clientNotes';
import type { RejoinReason } from '../core/consumerGroupState';
import { offsetRange, tpList } from '../consumer/consumerState';
import { resetCauseText } from '../consumer/subscriptionState';

const SKIPPED: Record<Extract<CommitAttempt, { requestId: null }>['skipped'], string> = {
  coordinatorUnknown: 'commit skipped: coordinator unknown',
  rebalancing: 'commit skipped: rebalance in progress',
  nothingToCommit: 'nothing to commit',
};

/** "auto-commit of t-0@4 sent to coordinator broker 2": a commit attempt. */
export function commitText(attempt: CommitAttempt): string {
  if (attempt.requestId === null) return SKIPPED[attempt.skipped];
  const what = attempt.purpose === 'auto' ? 'auto-commit' : attempt.purpose === 'before-rebalance' ? 'auto-commit before rebalancing' : 'commitSync';
  return `${what} of ${attempt.offsets.map((o) => `${tpKey(o.topic, o.partition)}@${o.offset}`).join(', ')} sent to coordinator broker ${attempt.coordinator}`;
}

/** What a close told its coordinator: the broker it sent LeaveGroup to, or none (not in a group). */
export function leaveText(leftVia: number | null): string {
  return leftVia === null ? 'no LeaveGroup (not in a group)' : `sent LeaveGroup to coordinator broker ${leftVia}`;
}

const REJOIN_REASON: { [K in RejoinReason['kind']]: (r: Extract<RejoinReason, { kind: K }>) => string } = {
  firstJoin: () => 'joining the group',
  unknownMemberId: () => 'the coordinator did not know its member id',
  revoked: (r) => `revoked ${tpList(r.partitions)}`,
  pollTimeout: () => 'max.poll.interval.ms passed without a poll',
  groupRebalancing: () => 'the group is rebalancing',
  partitionCountChanged: () => 'the leader saw a new partition count in the metadata',
  commitFailed: (r) => `commit failed with ${r.error}`,
  groupError: (r) => r.error,
};

/** "max.poll.interval.ms passed without a poll": why a member (re)joins. */
export function rejoinReasonText(reason: RejoinReason): string {
  return (REJOIN_REASON[reason.kind] as (r: RejoinReason) => string)(reason);
}

const COMMIT_RECOVERY = {
  coordinatorLost: 'the coordinator must be found again',
  rebalancing: 'the group is rebalancing: it rejoins',
  groupMovedOn: 'CommitFailedException: the group has moved on without it; it rejoins',
};

/** The values a student can follow by name; long batches are cut short. */
function valuesText(values: readonly string[], count: number): string {
  const shown = values.map(quote).join(', ');
  return count > values.length ? `${shown} …` : shown;
}

type Texts = { [K in ClientNote['kind']]: (n: Extract<ClientNote, { kind: K }>) => string };

const TEXT: Texts = {
  metadataRequested: (n) => `asked broker ${n.broker} for metadata`,
  coordinatorRequested: (n) => `asked broker ${n.broker} which broker coordinates group ${n.groupId}`,
  committedRequested: (n) => `asked coordinator broker ${n.coordinator} for the committed offsets of ${n.tps.join(', ')}`,
  resetRequested: (n) => `asked broker ${n.broker} for the ${n.policy} offset of ${n.tps.join(', ')}`,
  validationRequested: (n) => `asked broker ${n.broker} to validate ${n.partitions.map((p) => `${p.tp}@${p.offset} (epoch ${p.epoch})`).join(', ')}`,
  fetchSent: (n) => `fetch sent to broker ${n.broker} (${n.partitions.map((p) => `${p.tp}@${p.offset}`).join(', ')})`,
  leadersLearned: (n) => `Learned the leaders of ${n.count} partition(s)`,
  leaderMoved: (n) => `${n.tp} leader ${n.from ?? 'none'}→${n.to ?? 'none'}`,
  positionToValidate: (n) => `${n.tp} has a new leader epoch ${n.leaderEpoch}: its position ${n.offset} will be validated`,
  partitionCountChanged: () => 'the partition count changed since it assigned: as group leader it rejoins to reassign',
  resetNeeded: (n) => {
    const { exception, why } = resetCauseText(n.cause);
    return n.policy === 'none' ? `${n.tp}: ${why}; auto.offset.reset=none → ${exception}` : `${n.tp}: ${why}; auto.offset.reset=${n.policy}`;
  },
  fetchLeaderError: (n) => `${n.tp}: ${n.error}, will refresh metadata`,
  buffered: (n) => `${n.records} record(s) of ${n.tp} buffered for the next poll`,
  partitionError: (n) => `${n.tp}: ${n.error}`,
  positionReset: (n) => `${n.tp} position reset to ${n.offset} (auto.offset.reset=${n.policy})`,
  rewound: (n) => `${n.tp}: the log was truncated at ${n.endOffset}, below position ${n.position}: rewinding to ${n.endOffset}`,
  positionValid: (n) => `${n.tp} position ${n.offset} is valid on the new leader`,
  resumesAt: (n) => `${n.tp} resumes at committed offset ${n.offset}`,
  retryLater: (n) => (n.api === 'ListOffsets' ? 'ListOffsets failed; will retry' : 'validation failed; will retry'),
  committedUnreadable: (n) => `could not read committed offsets (${n.error ?? 'connection lost'}); will find the coordinator again`,
  coordinatorFound: (n) => `broker ${n.broker} coordinates group ${n.groupId}`,
  noCoordinator: (n) => `no coordinator available (${n.error}); will ask again`,
  commitBeforeJoin: (n) => `must rejoin (${rejoinReasonText(n.reason)}); ${commitText(n.commit)}; JoinGroup follows its answer`,
  partitionsReleased: (n) => `${n.lost ? 'lost' : 'revoked'} ${tpList(n.partitions)}`,
  joinSent: (n) => `sent JoinGroup to coordinator broker ${n.coordinator} (${n.reason === null ? 'joining' : rejoinReasonText(n.reason)})`,
  joinAbandoned: (n) => (n.coordinatorLost ? `${n.error}: will find the coordinator again and rejoin` : `${n.error}: will rejoin`),
  staleAnswer: (n) => `a stale ${n.api} answer: ignored`,
  inconsistentProtocol: (n) => `InconsistentGroupProtocolException: ${n.strategy} is not used by the other members of ${n.groupId}`,
  rejoinAsNew: () => 'UNKNOWN_MEMBER_ID: joins again as a new member',
  joined: (n) => {
    const role = n.led
      ? `leads the group: ran ${n.led.protocol} over ${n.led.members} member(s): ${n.led.plan.map((m) => `${m.memberId} [${tpList(m.assignment)}]`).join('; ')}`
      : `follower (leader ${n.leader})`;
    return `joined as ${n.memberId} in generation ${n.generation}; ${role}; sent SyncGroup`;
  },
  assigned: (n) => `generation ${n.generation}: assigned ${tpList(n.partitions)}${n.added ? ` (new: ${tpList(n.added)})` : ''}`,
  revokedForNewOwner: (n) => `revoked ${tpList(n.partitions)}; rejoins so the new owner can take them`,
  commit: (n) => commitText(n.commit),
  commitAnswered: (n) => {
    const list = n.offsets.map((o) => (o.offset === null ? o.tp : `${o.tp}@${o.offset}`)).join(', ');
    return n.error === null ? `commit of ${list} succeeded` : `commit of ${list} failed: ${n.error}; ${COMMIT_RECOVERY[n.recovery ?? 'groupMovedOn']}`;
  },
  left: (n) => leaveText(n.leftVia),
  returned: (n) =>
    `poll() returned ${n.batches.map((b) => `${b.count} record(s) of ${b.tp} (${offsetRange(b.first, b.last)}: ${valuesText(b.values, b.count)})`).join(', ')}`,
  processing: (n) => `processing takes ${n.processingMs} ms`,
  pollsAgain: (n) => (n.afterProcessing ? 'then polls again' : 'polls again'),
  askAnotherBroker: () => 'will ask another broker for metadata',
  askAgainAtPoll: () => 'will ask again at its next poll',
  findCoordinatorAgain: () => 'will find the coordinator again',
  refetch: () => 'will refresh metadata and fetch again',
  wasLeaving: () => 'no matter: it was leaving',
};

export function clientNoteText(n: ClientNote): string {
  return (TEXT[n.kind] as (n: ClientNote) => string)(n);
}

/** The notes as one clause list (no fallback: an empty list reads as nothing). */
export function notesText(notes: readonly ClientNote[]): string {
  return notes.map(clientNoteText).join('; ');
}

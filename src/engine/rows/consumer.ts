// Rows of a consumer's client and application (consumerRowEvents.ts): its life, its poll loop, the
// heartbeat thread, the answers that reach it and the requests that fail.
import type { RowText } from '../core/context';
import type { ClientNote } from '../clientNotes';
import type { HeartbeatAnswerTaken, HeartbeatBeat, PositionShown } from '../consumerRowEvents';
import type { EngineEventOf } from '../rowEvents';
import { clientNoteText, commitText, leaveText, notesText } from './clientNotes';
import type { RowRenderers } from './renderer';

function consumer(e: { consumer: string }, action: string, messageState: string, output: string, routine?: boolean): RowText {
  const row: RowText = { component: `Consumer ${e.consumer}`, action, messageState, output };
  if (routine !== undefined) row.routine = routine;
  return row;
}

/** The notes that say something, joined; the fallback when none do. */
function join(notes: readonly ClientNote[], fallback: string): string {
  return notes.map(clientNoteText).filter((n) => n !== '').join('; ') || fallback;
}

/** "t-0 position 4, t-1 await validation": where each assigned partition stands. */
function positionsText(positions: readonly PositionShown[]): string {
  const parts = positions.map((p) =>
    p.fetchState === 'FETCHING' ? `${p.tp} position ${p.offset}` : `${p.tp} ${p.fetchState?.toLowerCase().replace('_', ' ') ?? 'unknown'}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'No partitions assigned';
}

const BEAT: Record<HeartbeatBeat['kind'], (b: never) => string> = {
  sent: (b: Extract<HeartbeatBeat, { kind: 'sent' }>) => `sent a heartbeat to coordinator broker ${b.coordinator} (generation ${b.generation})`,
  pollTimeout: (b: Extract<HeartbeatBeat, { kind: 'pollTimeout' }>) => `no poll() for max.poll.interval.ms (${b.maxPollIntervalMs} ms): left the group; will rejoin at its next poll`,
  sessionLost: (b: Extract<HeartbeatBeat, { kind: 'sessionLost' }>) => `no heartbeat answer for session.timeout.ms (${b.sessionTimeoutMs} ms): marks coordinator broker ${b.coordinator} unknown`,
};

function heartbeatThread(e: EngineEventOf<'HeartbeatThreadRan'>): RowText {
  const beat = BEAT[e.beat.kind](e.beat as never);
  const output = [beat, ...e.failed.map((f) => `${f.request}: ${notesText(f.notes)}`)].join('; ');
  return consumer(e, 'Heartbeat thread', `Generation ${e.generation}`, output, e.beat.kind === 'sent');
}

function polled(e: EngineEventOf<'ConsumerPolled'>): RowText {
  // Re-sending a long-poll fetch that came back empty is the loop's ordinary rhythm.
  const routine = !e.delivered && e.notes.every((n) => n.kind === 'fetchSent');
  const action = e.timedOut ? `poll() returned no records within ${e.waitMs} ms; called poll() again` : 'Called poll()';
  return consumer(e, action, positionsText(e.positions), notesText(e.notes) || (e.delivered ? '' : `Nothing buffered: waits up to ${e.waitMs} ms`), routine);
}

function fetchAnswered(e: EngineEventOf<'ConsumerFetchResponseReceived'>): RowText {
  const messageState = e.returned ? 'The application was waiting in poll()' : e.records > 0 ? 'Buffered until the application calls poll()' : 'No new records';
  return consumer(e, `Fetch answered by broker ${e.from.replace('broker-', '')}`, messageState, join(e.returned ?? e.notes, 'Nothing new'), e.notes.length === 0);
}

const HEARTBEAT_ANSWER: Record<HeartbeatAnswerTaken, (error: string | null) => string> = {
  ok: () => 'heartbeat OK',
  rebalancing: () => 'REBALANCE_IN_PROGRESS: rejoins at its next poll',
  coordinatorLost: (error) => `${error}: will find the coordinator again`,
  alreadyRejoining: (error) => `${error}: already rejoining`,
  rejoining: (error) => `${error}: will rejoin`,
};

const errorSuffix = (error: string | null) => (error ? `: ${error}` : '');

export const consumerRows: RowRenderers = {
  ConsumerSubscribed: (e) =>
    consumer(
      e,
      `${e.restart ? 'Restarted' : 'Started'}: subscribes to ${e.topics.join(', ')} in group ${e.groupId}`,
      e.restart ? "A new member: it resumes from the group's committed offsets" : 'Not in the group yet: no partitions',
      notesText(e.notes),
    ),
  ConsumerCloseStarted: (e) => consumer(e, 'Closing gracefully', 'Auto-commit is on: it commits before leaving', `${commitText(e.commit)}; LeaveGroup follows`),
  ConsumerClosed: (e) => consumer(e, 'Closed gracefully', 'Stopped', leaveText(e.leftVia)),
  ConsumerProcessKilled: (e) =>
    consumer(
      e,
      'Crashed: the process stopped at once',
      'No LeaveGroup sent; uncommitted progress is lost',
      e.wasMember ? `The coordinator removes it after session.timeout.ms (${e.sessionTimeoutMs} ms) without heartbeats` : 'It was not in the group yet',
    ),
  CommitSyncCalled: (e) => consumer(e, 'Called commitSync() on its current positions', 'The committed offset is the next offset to read', commitText(e.commit)),
  ConsumerPolled: polled,
  RecordsProcessed: (e) => consumer(e, `Finished processing ${e.records} record(s)`, positionsText(e.positions), notesText(e.next)),
  HeartbeatThreadRan: heartbeatThread,
  ConsumerMetadataMaxAgeExpired: (e) => consumer(e, 'metadata.max.age.ms passed', 'Refreshing its metadata', clientNoteText(e.sent), true),
  ConsumerRequestFailed: (e) => {
    const action =
      e.error === 'REQUEST_TIMED_OUT'
        ? `No answer to ${e.request} from broker ${e.broker} within request.timeout.ms`
        : `Connection to broker ${e.broker} closed before it answered ${e.request}`;
    return consumer(e, action, e.error, notesText(e.notes));
  },
  ConsumerMetadataUpdated: (e) =>
    consumer(e, `Updated its metadata from broker ${e.from.replace('broker-', '')}`, join(e.changes, 'No leader changes'), join(e.sent, 'Nothing to send'), e.changes.length === 0 && e.sent.length === 0),
  FindCoordinatorResponseReceived: (e) => consumer(e, 'FindCoordinator answered', `Group ${e.groupId}`, join(e.notes, 'No change')),
  JoinGroupResponseReceived: (e) => consumer(e, `JoinGroup answered${errorSuffix(e.error)}`, `Group ${e.groupId}`, join(e.notes, 'No change')),
  SyncGroupResponseReceived: (e) => consumer(e, `SyncGroup answered${errorSuffix(e.error)}`, `Group ${e.groupId}`, join(e.notes, 'No change')),
  HeartbeatResponseReceived: (e) => consumer(e, 'Heartbeat answered', `Generation ${e.generation}`, HEARTBEAT_ANSWER[e.taken](e.error), e.error === null),
  LeaveGroupResponseReceived: (e) => consumer(e, 'LeaveGroup answered', '', e.error ?? 'OK', true),
  OffsetCommitResponseReceived: (e) => consumer(e, `OffsetCommit answered${errorSuffix(e.error)}`, `Group ${e.groupId}`, notesText(e.notes)),
  OffsetFetchResponseReceived: (e) => consumer(e, 'Got the committed offsets', join(e.result, 'nothing to update'), join(e.sent, 'Waits for its next poll')),
  ConsumerFetchResponseReceived: fetchAnswered,
  ListOffsetsResponseReceived: (e) => consumer(e, 'ListOffsets answered', join(e.changes, 'No change'), join(e.sent, 'Waits for its next poll')),
  OffsetsForLeaderEpochResponseReceived: (e) => consumer(e, 'Position validation answered (KIP-320)', join(e.changes, 'No change'), join(e.sent, 'Waits for its next poll')),
};

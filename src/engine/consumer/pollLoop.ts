// The application around the KafkaConsumer: a loop of poll(Duration.ofMillis(pollIntervalMs)) —
// poll() returns at once with buffered records, or waits up to pollIntervalMs for a fetch answer
// to bring some — then processingMs per record, and commits as its commitMode says. poll() returns
// at most max.poll.records records; auto-commit runs at the start of each poll() call.
import { dropConsumerFetches } from '../broker/fetchPurgatory';
import { cancelTimer, emit, type Played, setTimer } from '../core/context';
import type { AppNote, ClientNote, GroupNote } from '../clientNotes';
import type { PositionShown } from '../consumerRowEvents';
import type { SimState, StoredRecord, Tp } from '../core/state';
import { tpKey } from '../core/state';
import { autoCommitIntervalMs, sendCommit } from './clientCommit';
import { pump } from './clientFetch';
import { groupPoll } from './clientGroup';
import { type ConsumerState, consumerSpec, parseTp } from './consumerState';
import { checkPolled } from './pollChecker';
import { pushReceived } from './receivedRecords';

function spec(state: SimState, c: ConsumerState) {
  return consumerSpec(state, c.id);
}

/** The application calls poll() again (after processing, or at once when processing took no time). */
function pollAgainAt(state: SimState, c: ConsumerState, atMs: number): void {
  c.app.phase = 'polling';
  c.app.afterCommit = null;
  setTimer(state, atMs, { type: 'consumerTimer', consumer: c.id, kind: 'poll' });
}

/** Drains buffered records in arrival order, up to max.poll.records; advances the positions. */
function takeRecords(state: SimState, c: ConsumerState): { tp: Tp; records: StoredRecord[] }[] {
  const out: { tp: Tp; records: StoredRecord[] }[] = [];
  if (c.pendingRevocation) return out;
  let room = spec(state, c).config.maxPollRecords;
  const kept: typeof c.completedFetches = [];
  for (const f of c.completedFetches) {
    const pos = c.positions[f.tp];
    if (pos?.fetchState !== 'FETCHING' || pos.offset !== f.fetchOffset) continue; // stale: dropped
    if (room === 0) {
      kept.push(f);
      continue;
    }
    const taken = f.records.slice(0, room);
    room -= taken.length;
    const last = taken[taken.length - 1];
    pos.offset = last.offset + 1;
    pos.offsetEpoch = last.leaderEpoch;
    out.push({ tp: f.tp, records: taken });
    if (taken.length < f.records.length) kept.push({ tp: f.tp, fetchOffset: pos.offset, records: f.records.slice(taken.length) });
  }
  c.completedFetches = kept;
  return out;
}

function deliver(state: SimState, c: ConsumerState, batches: { tp: Tp; records: StoredRecord[] }[]): AppNote {
  for (const { tp, records } of batches) {
    const { topic, partition } = parseTp(tp);
    for (const r of records) pushReceived(c.received, tp, r, state.timeMs);
    checkPolled(state, c, tp, records);
    emit(state, { type: 'RecordsPolled', consumer: c.id, topic, partition, offset: records[0].offset, detail: `${records.length} record(s)` });
  }
  // The row names a batch's first few values, so a student can follow them (a run without rows shows none).
  const shown = !state.rowEvents ? [] : batches.map(({ tp, records }) => ({
    tp, count: records.length, first: records[0].offset, last: records[records.length - 1].offset, values: records.slice(0, 4).map((r) => r.value),
  }));
  return { kind: 'returned', batches: shown };
}

/** The application works on the batch poll() returned; afterwards it may commit, then polls again. */
function startProcessing(state: SimState, c: ConsumerState): AppNote | GroupNote {
  const processingMs = c.app.batchSize * spec(state, c).processingMs;
  if (processingMs > 0) {
    c.app.phase = 'processing';
    setTimer(state, state.timeMs + processingMs, { type: 'consumerTimer', consumer: c.id, kind: 'processed' });
    return { kind: 'processing', processingMs };
  }
  return finishProcessing(state, c);
}

function finishProcessing(state: SimState, c: ConsumerState): AppNote | GroupNote {
  if (spec(state, c).commitMode === 'after-processing') {
    const attempt = sendCommit(state, c, 'sync');
    if (attempt.requestId !== null) {
      c.app.phase = 'committing';
      c.app.afterCommit = 'poll';
      return { kind: 'commit', commit: attempt };
    }
    pollAgainAt(state, c, state.timeMs);
    return { kind: 'commit', commit: attempt };
  }
  pollAgainAt(state, c, state.timeMs);
  return { kind: 'pollsAgain', afterProcessing: true };
}

/** commitSync returned (or failed): the application carries on. */
export function continueAfterCommit(state: SimState, c: ConsumerState): AppNote | GroupNote | null {
  if (c.life !== 'running' || c.app.phase !== 'committing') return null;
  if (c.app.afterCommit === 'process') return startProcessing(state, c);
  pollAgainAt(state, c, state.timeMs);
  return { kind: 'pollsAgain', afterProcessing: false };
}

function maybeAutoCommit(state: SimState, c: ConsumerState): GroupNote | null {
  if (spec(state, c).commitMode !== 'auto' || state.timeMs < c.nextAutoCommitMs) return null;
  c.nextAutoCommitMs = state.timeMs + autoCommitIntervalMs(state, c);
  if (c.memberState !== 'STABLE' || c.pendingRevocation || c.rejoinReason !== null) return null;
  const attempt = sendCommit(state, c, 'auto');
  return attempt.requestId !== null ? { kind: 'commit', commit: attempt } : null;
}

/** poll() has records: it returns them (fetches for the next round are already out). */
function returnRecords(state: SimState, c: ConsumerState, batches: { tp: Tp; records: StoredRecord[] }[]): ClientNote[] {
  const notes: ClientNote[] = [deliver(state, c, batches)];
  c.app.batchSize = batches.reduce((n, b) => n + b.records.length, 0);
  cancelTimer(state, { type: 'consumerTimer', consumer: c.id, kind: 'poll' });
  if (spec(state, c).commitMode === 'before-processing') {
    const attempt = sendCommit(state, c, 'sync');
    notes.push({ kind: 'commit', commit: attempt });
    if (attempt.requestId !== null) {
      c.app.phase = 'committing';
      c.app.afterCommit = 'process';
      return notes;
    }
  }
  notes.push(startProcessing(state, c));
  return notes;
}

/** One poll() call: group work, auto-commit, then buffered records — or a wait of up to pollIntervalMs. */
function beginPoll(state: SimState, c: ConsumerState): { notes: ClientNote[]; delivered: boolean } {
  c.lastPollMs = state.timeMs;
  c.app.pollStartedMs = state.timeMs;
  c.app.phase = 'polling';
  const notes = groupPoll(state, c);
  // Auto-commit runs first, before fetching: it commits what the previous polls returned.
  const autoCommit = maybeAutoCommit(state, c);
  if (autoCommit) notes.push(autoCommit);
  const batches = takeRecords(state, c);
  notes.push(...pump(state, c));
  if (batches.length > 0) return { notes: [...notes, ...returnRecords(state, c, batches)], delivered: true };
  setTimer(state, state.timeMs + spec(state, c).pollIntervalMs, { type: 'consumerTimer', consumer: c.id, kind: 'pollTimeout' });
  return { notes, delivered: false };
}

/** A fetch answer reached a consumer waiting inside poll(): poll() returns the records at once. */
export function returnIfWaiting(state: SimState, c: ConsumerState): ClientNote[] | null {
  if (c.life !== 'running' || c.app.phase !== 'polling') return null;
  const batches = takeRecords(state, c);
  if (batches.length === 0) return null;
  const notes = pump(state, c);
  return [...notes, ...returnRecords(state, c, batches)];
}

/** The poll timer: the application calls poll() (kind poll), or a waiting poll() gave up (pollTimeout). */
export function poll(state: SimState, c: ConsumerState, timedOut: boolean): Played | null {
  if (c.life !== 'running' || c.app.phase !== 'polling') return null;
  const { notes, delivered } = beginPoll(state, c);
  if (state.rowEvents) emit(state, { type: 'ConsumerPolled', consumer: c.id, timedOut, waitMs: spec(state, c).pollIntervalMs, positions: positionsOf(c), notes, delivered });
  return true;
}

/** Where each assigned partition stands, for the row: its position, or why it has none yet. */
function positionsOf(c: ConsumerState): PositionShown[] {
  return c.assignment.map((r) => {
    const tp = tpKey(r.topic, r.partition);
    const pos = c.positions[tp];
    return { tp, fetchState: pos ? pos.fetchState : null, offset: pos ? pos.offset : -1 };
  });
}

export function processed(state: SimState, c: ConsumerState): Played | null {
  if (c.life !== 'running' || c.app.phase !== 'processing') return null;
  const records = c.app.batchSize;
  const next = finishProcessing(state, c);
  emit(state, { type: 'RecordsProcessed', consumer: c.id, records, positions: positionsOf(c), next: [next] });
  return true;
}

/** Resets the client to a fresh KafkaConsumer (a new member) and calls poll() for the first time. */
export function start(state: SimState, c: ConsumerState): ClientNote[] {
  const received = c.received;
  dropConsumerFetches(state, c.id);
  Object.assign(c, {
    life: 'running', incarnation: c.incarnation + 1, coordinator: null, memberId: '', generation: -1, memberState: 'UNJOINED', lastHeartbeatAnswerMs: state.timeMs,
    rejoinReason: { kind: 'firstJoin' }, protocol: null, isLeader: false, assignmentSnapshot: null, assignment: [],
    previousAssignment: { partitions: [], generation: -1 }, joinPrepareCommit: null, pendingRevocation: false,
    metadata: {}, partitionCounts: {}, metadataNeeded: true, backoffUntilMs: {}, connectFailures: {}, positions: {}, completedFetches: [], inFlight: new Map(),
    app: { phase: 'polling', pollStartedMs: state.timeMs, batchSize: 0, afterCommit: null },
    lastPollMs: state.timeMs, nextAutoCommitMs: state.timeMs + autoCommitIntervalMs(state, c), lastPolled: {}, received, error: null,
  } satisfies Partial<ConsumerState>);
  emit(state, { type: 'ConsumerStarted', consumer: c.id, detail: c.groupId });
  return beginPoll(state, c).notes;
}

export function stopTimers(state: SimState, c: ConsumerState): void {
  for (const kind of ['poll', 'processed', 'heartbeat', 'metadataAge'] as const) cancelTimer(state, { type: 'consumerTimer', consumer: c.id, kind });
}

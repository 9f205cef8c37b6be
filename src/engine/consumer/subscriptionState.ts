// The client's SubscriptionState: which partitions it owns, and each one's position and fetch
// state. Positions start unknown (INITIALIZING → the committed offset, or auto.offset.reset).
import type { PositionNote, ResetCause } from '../clientNotes';
import { emit } from '../core/context';
import type { SimState, Tp } from '../core/state';
import type { AssignorName } from '../rules/kafka/assignors';
import { REBALANCE_PROTOCOL } from '../rules/kafka/assignors';
import type { TopicPartitionRef } from '../view.types';
import { type ConsumerState, consumerSpec, parseTp, type TopicPartitionState, tpOf } from './consumerState';
import type { CommittedOffset } from '../core/wire';

export function newPartitionState(): TopicPartitionState {
  return { fetchState: 'INITIALIZING', offset: -1, offsetEpoch: -1, leaderEpoch: -1, requestInFlight: false, highWatermark: null };
}

export function strategyOf(state: SimState, c: ConsumerState): AssignorName {
  return consumerSpec(state, c.id).config.partitionAssignmentStrategy;
}

export function isEager(state: SimState, c: ConsumerState): boolean {
  return REBALANCE_PROTOCOL[strategyOf(state, c)] === 'EAGER';
}

export function isAutoCommit(state: SimState, c: ConsumerState): boolean {
  return consumerSpec(state, c.id).commitMode === 'auto';
}

/** The partition no longer belongs to this client: its position and buffered records go. */
function forget(c: ConsumerState, tp: Tp): void {
  delete c.positions[tp];
  delete c.lastPolled[tp];
  c.completedFetches = c.completedFetches.filter((f) => f.tp !== tp);
}

/** Applies a new assignment: kept partitions keep their positions, new ones start INITIALIZING. */
export function assignFromSubscribed(c: ConsumerState, assigned: TopicPartitionRef[]): { added: TopicPartitionRef[]; removed: TopicPartitionRef[] } {
  const next = new Set(assigned.map(tpOf));
  const before = new Set(c.assignment.map(tpOf));
  const removed = c.assignment.filter((r) => !next.has(tpOf(r)));
  const added = assigned.filter((r) => !before.has(tpOf(r)));
  for (const r of removed) forget(c, tpOf(r));
  for (const r of added) {
    forget(c, tpOf(r));
    c.positions[tpOf(r)] = newPartitionState();
  }
  c.assignment = assigned.map((r) => ({ topic: r.topic, partition: r.partition }));
  return { added, removed };
}

/** Revokes (or loses) every partition; returns what it owned. */
export function releaseAll(c: ConsumerState): TopicPartitionRef[] {
  const owned = c.assignment;
  assignFromSubscribed(c, []);
  return owned;
}

/** subscriptions.allConsumed(): the positions of partitions with a valid position. */
export function consumedOffsets(c: ConsumerState): CommittedOffset[] {
  const out: CommittedOffset[] = [];
  for (const r of c.assignment) {
    const pos = c.positions[tpOf(r)];
    if (pos && (pos.fetchState === 'FETCHING' || pos.fetchState === 'AWAIT_VALIDATION')) {
      out.push({ topic: r.topic, partition: r.partition, offset: pos.offset, leaderEpoch: pos.offsetEpoch });
    }
  }
  return out;
}

/** The exception a reset's cause raises under auto.offset.reset=none, and the cause as a clause. */
export function resetCauseText(cause: ResetCause): { exception: string; why: string } {
  switch (cause.kind) {
    case 'noCommittedOffset': return { exception: 'NoOffsetForPartitionException', why: 'no committed offset' };
    case 'outOfRange': return { exception: 'OffsetOutOfRangeException', why: `offset ${cause.offset} is out of range (log ${cause.logStartOffset}–)` };
    case 'unknownEpoch': return { exception: 'LogTruncationException', why: `leader epoch ${cause.epoch} is unknown to the leader` };
    case 'truncatedBelow': return { exception: 'LogTruncationException', why: `the log was truncated below position ${cause.position}` };
  }
}

/**
 * auto.offset.reset: earliest or latest wait for a ListOffsets answer; none leaves the partition
 * unreadable and surfaces the exception the application would get from poll(). Returns the note
 * for the row (none when the partition is no longer assigned).
 */
export function requestReset(state: SimState, c: ConsumerState, tp: Tp, cause: ResetCause): PositionNote[] {
  const pos = c.positions[tp];
  if (!pos) return [];
  const policy = consumerSpec(state, c.id).config.autoOffsetReset;
  pos.requestInFlight = false;
  const { topic, partition } = parseTp(tp);
  if (policy === 'none') {
    pos.fetchState = 'FAILED';
    const { exception, why } = resetCauseText(cause);
    // The application's error, as poll() would throw it: state the view shows, not a row's note.
    c.error = `${exception}: ${tp} ${why} and auto.offset.reset=none`;
    emit(state, { type: 'ConsumerError', consumer: c.id, topic, partition, detail: exception });
  } else pos.fetchState = 'AWAIT_RESET';
  return [{ kind: 'resetNeeded', tp, cause, policy }];
}

export function resetPolicy(state: SimState, c: ConsumerState): 'earliest' | 'latest' | 'none' {
  return consumerSpec(state, c.id).config.autoOffsetReset;
}

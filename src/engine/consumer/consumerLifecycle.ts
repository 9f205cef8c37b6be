// A consumer process's life: start (a fresh KafkaConsumer: a new member), graceful close (commit
// when auto-commit is on, then LeaveGroup) and crash (no goodbye: the coordinator finds out after
// session.timeout.ms).
import { dropConsumerFetches } from '../broker/fetchPurgatory';
import { cancelTimersOf, emit, type Played } from '../core/context';
import type { ConsumerRequestIgnored } from '../wireRowEvents';
import type { SimState } from '../core/state';
import { sendCommit } from './clientCommit';
import { dropAllRequests, sendRequest } from './clientNet';
import { type ConsumerState, consumerSpec } from './consumerState';
import { start, stopTimers } from './pollLoop';
import { releaseAll } from './subscriptionState';

/** A start, stop, crash or commit asked of a consumer in no state to do it: no change. */
export function requestIgnored(state: SimState, c: ConsumerState, request: ConsumerRequestIgnored['request']): Played {
  emit(state, { type: 'ConsumerRequestIgnored', consumer: c.id, request, life: c.life });
  return true;
}

export function startRow(state: SimState, c: ConsumerState): Played {
  if (c.life === 'running' || c.life === 'closing') return requestIgnored(state, c, 'start');
  const restart = c.incarnation > 0;
  const notes = start(state, c);
  emit(state, { type: 'ConsumerSubscribed', consumer: c.id, restart, topics: consumerSpec(state, c.id).topics, groupId: c.groupId, notes });
  return true;
}

/** Leaves the group (if it is in one) and stops; the LeaveGroup answer is not awaited. */
export function finishClose(state: SimState, c: ConsumerState): number | null {
  let leftVia: number | null = null;
  if (c.memberId !== '' && c.memberState !== 'UNJOINED' && c.coordinator !== null) {
    sendRequest(state, c, c.coordinator, 'LeaveGroup', { groupId: c.groupId, memberId: c.memberId });
    leftVia = c.coordinator;
  }
  shutDown(state, c, 'stopped');
  emit(state, { type: 'ConsumerStopped', consumer: c.id, detail: c.groupId });
  return leftVia;
}

/** The process ends: timers, requests, buffers and partitions go; `received` stays for the record. */
function shutDown(state: SimState, c: ConsumerState, life: 'stopped' | 'crashed'): void {
  cancelTimersOf(state, { consumer: c.id });
  dropAllRequests(state, c);
  releaseAll(c);
  dropConsumerFetches(state, c.id);
  c.life = life;
}

export function stopRow(state: SimState, c: ConsumerState): Played {
  if (c.life !== 'running') return requestIgnored(state, c, 'stop');
  stopTimers(state, c);
  c.life = 'closing';
  if (consumerSpec(state, c.id).commitMode === 'auto') {
    const attempt = sendCommit(state, c, 'close');
    if (attempt.requestId !== null) {
      emit(state, { type: 'ConsumerCloseStarted', consumer: c.id, commit: attempt });
      return true;
    }
  }
  const leftVia = finishClose(state, c);
  emit(state, { type: 'ConsumerClosed', consumer: c.id, leftVia });
  return true;
}

export function crashRow(state: SimState, c: ConsumerState): Played {
  if (c.life !== 'running' && c.life !== 'closing') return requestIgnored(state, c, 'crash');
  const wasMember = c.memberId !== '';
  shutDown(state, c, 'crashed');
  emit(state, { type: 'ConsumerCrashed', consumer: c.id, detail: c.groupId });
  emit(state, { type: 'ConsumerProcessKilled', consumer: c.id, wasMember, sessionTimeoutMs: consumerSpec(state, c.id).config.sessionTimeoutMs });
  return true;
}

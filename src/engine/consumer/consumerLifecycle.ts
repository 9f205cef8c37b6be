// A consumer process's life: start (a fresh KafkaConsumer: a new member), graceful close (commit
// when auto-commit is on, then LeaveGroup) and crash (no goodbye: the coordinator finds out after
// session.timeout.ms).
import { dropConsumerFetches } from '../broker/fetchPurgatory';
import { cancelTimersWithPrefix, emit, type RowText } from '../core/context';
import type { SimState } from '../core/state';
import { sendCommit } from './clientCommit';
import { dropAllRequests, sendRequest } from './clientNet';
import { type ConsumerState, consumerSpec } from './consumerState';
import { start, stopTimers } from './pollLoop';
import { releaseAll } from './subscriptionState';

export function startRow(state: SimState, c: ConsumerState): RowText {
  const component = `Consumer ${c.id}`;
  if (c.life === 'running' || c.life === 'closing') return { component, action: 'Start requested', messageState: 'Already running', output: 'No change' };
  const restart = c.incarnation > 0;
  const notes = start(state, c);
  return {
    component, action: `${restart ? 'Restarted' : 'Started'}: subscribes to ${consumerSpec(state, c.id).topics.join(', ')} in group ${c.groupId}`,
    messageState: restart ? 'A new member: it resumes from the group\'s committed offsets' : 'Not in the group yet: no partitions', output: notes.join('; '),
  };
}

/** Leaves the group (if it is in one) and stops; the LeaveGroup answer is not awaited. */
export function finishClose(state: SimState, c: ConsumerState): string {
  let left = 'no LeaveGroup (not in a group)';
  if (c.memberId !== '' && c.memberState !== 'UNJOINED' && c.coordinator !== null) {
    sendRequest(state, c, c.coordinator, 'LeaveGroup', { groupId: c.groupId, memberId: c.memberId });
    left = `sent LeaveGroup to coordinator broker ${c.coordinator}`;
  }
  shutDown(state, c, 'stopped');
  emit(state, { type: 'ConsumerStopped', consumer: c.id, detail: c.groupId });
  return left;
}

/** The process ends: timers, requests, buffers and partitions go; `received` stays for the record. */
function shutDown(state: SimState, c: ConsumerState, life: 'stopped' | 'crashed'): void {
  cancelTimersWithPrefix(state, `c:${c.id}:`);
  dropAllRequests(state, c);
  releaseAll(c);
  dropConsumerFetches(state, c.id);
  c.life = life;
}

export function stopRow(state: SimState, c: ConsumerState): RowText {
  const component = `Consumer ${c.id}`;
  if (c.life !== 'running') return { component, action: 'Stop requested', messageState: `Already ${c.life}`, output: 'No change' };
  stopTimers(state, c);
  c.life = 'closing';
  if (consumerSpec(state, c.id).commitMode === 'auto') {
    const attempt = sendCommit(state, c, 'close');
    if (attempt.requestId !== null) return { component, action: 'Closing gracefully', messageState: 'Auto-commit is on: it commits before leaving', output: `${attempt.text}; LeaveGroup follows` };
  }
  return { component, action: 'Closed gracefully', messageState: 'Stopped', output: finishClose(state, c) };
}

export function crashRow(state: SimState, c: ConsumerState): RowText {
  const component = `Consumer ${c.id}`;
  if (c.life !== 'running' && c.life !== 'closing') return { component, action: 'Crash requested', messageState: `Already ${c.life}`, output: 'No change' };
  const wasMember = c.memberId !== '';
  shutDown(state, c, 'crashed');
  emit(state, { type: 'ConsumerCrashed', consumer: c.id, detail: c.groupId });
  const ms = consumerSpec(state, c.id).config.sessionTimeoutMs;
  return {
    component, action: 'Crashed: the process stopped at once', messageState: 'No LeaveGroup sent; uncommitted progress is lost',
    output: wasMember ? `The coordinator removes it after session.timeout.ms (${ms} ms) without heartbeats` : 'It was not in the group yet',
  };
}

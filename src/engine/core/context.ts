// Helpers every rule uses to act on the state during one step: schedule, set and cancel timers,
// emit past-tense events. Rules mutate the state they are given (the timeline owns the copies).
import type { EngineEvent, EngineEventInput } from '../rowEvents';
import { FAR_MS, holdFarTimer } from './farTimers';
import { heapify, heapPush } from './heap';
import type { QueuedBody, QueuedEvent, Timer } from './events';
import { queuedEntry } from './queued';
import type { SimState } from './state';
import { keyOwner, knownTimerKey, ownerNumber, type TimerOwner, timerKey, type TimerSlot } from './timerKey';

/**
 * Queues an event. Queued events never change: checkpoints share the queue's entries instead of
 * copying every message in flight (queued.ts).
 */
export function schedule(state: SimState, atMs: number, body: QueuedBody, priority = 1): number {
  const seq = state.seq++;
  heapPush(state.queue, queuedEntry(atMs, priority, seq, body));
  return seq;
}

/**
 * Queues the first repeat of a script line and reserves a seq for each of its repeats; each repeat
 * queues the next when it runs (scheduleNextRepeat). A line of 80,000 records then costs one queue
 * entry, not 80,000 copied into every checkpoint, and every repeat keeps the seq, so the order of
 * events due at the same millisecond, that it would have had if all were queued at the start.
 */
export function scheduleScriptLine(state: SimState, index: number): void {
  const action = state.scenario.script[index];
  const repeats = action.do === 'produce' ? action.count : 1;
  const seq = state.seq;
  state.seq += repeats;
  heapPush(state.queue, queuedEntry(action.atMs, 1, seq, { kind: 'script', index, repeat: 0 }));
}

/** After repeat `ran` of a script line ran: queue repeat r + 1, under the seq reserved for it. */
export function scheduleNextRepeat(state: SimState, index: number, ran: number, seq: number): void {
  const action = state.scenario.script[index];
  if (action.do !== 'produce' || ran + 1 >= action.count) return;
  const repeat = ran + 1;
  heapPush(state.queue, queuedEntry(action.atMs + repeat * action.everyMs, 1, seq + 1, { kind: 'script', index, repeat }));
}

/**
 * Sets (or replaces) the timer in its slot (see timerKey.ts); a replaced timer never fires. One due
 * far ahead waits outside the heap, and outside `timers` too (farTimers.ts); a slot's timer is in
 * one of the two, and setting it takes the one it replaces out of the other.
 */
export function setTimer(state: SimState, atMs: number, timer: Timer): void {
  const key = timerKey(state.timerNames, timer);
  const entry = queuedEntry(atMs, 1, state.seq++, { kind: 'timer', key, timer });
  if (atMs - state.timeMs >= FAR_MS) {
    state.timers.delete(key);
    holdFarTimer(state, key, entry);
    return;
  }
  state.farTimers.delete(key);
  state.timers.set(key, entry.seq);
  heapPush(state.queue, entry);
}

/** Cancels the timer in this slot, if one is set. */
export function cancelTimer(state: SimState, slot: TimerSlot): void {
  const key = knownTimerKey(state.timerNames, slot);
  if (key === null) return;
  state.timers.delete(key);
  state.farTimers.delete(key);
}

/** Whether a timer is set in this slot. */
export function hasTimer(state: SimState, slot: TimerSlot): boolean {
  const key = knownTimerKey(state.timerNames, slot);
  return key !== null && (state.timers.has(key) || state.farTimers.has(key));
}

/** Cancels every timer of one owner: a stopped broker's, a closed consumer's, a dropped group's. */
export function cancelTimersOf(state: SimState, owner: TimerOwner): void {
  const n = ownerNumber(state.timerNames, owner);
  if (n === null) return;
  for (const key of state.timers.keys()) if (keyOwner(state.timerNames, key) === n) state.timers.delete(key);
  for (const key of state.farTimers.keys()) if (keyOwner(state.timerNames, key) === n) state.farTimers.delete(key);
}

export function nextId(state: SimState): number {
  return state.nextId++;
}

export function emit(state: SimState, event: EngineEventInput): void {
  // Rules pass a fresh literal: stamping it in place saves a copy per event.
  const stamped = event as EngineEvent;
  stamped.step = state.step;
  stamped.timeMs = state.timeMs;
  state.stepEvents.push(stamped);
}

/**
 * What a rule returns when its event was a step: its events say what happened, and the row is
 * rendered from them (src/engine/rows). Null instead means the event was no step (a stale timer).
 */
export type Played = true;

/** What the step loop gets from a rule: Played, or null (no step). */
export type RuleOutcome = Played | null;

/** The text of one execution-table row, as rows/ renders it from a step's events. */
export interface RowText {
  component: string;
  action: string;
  messageState: string;
  output: string;
  routine?: boolean;
}

/** Broker node names made so far, by id: brokers are few, so they are all kept. */
const brokerNodes: string[] = [];

/**
 * "broker-3", the same string every time: it names a message's end on every send, and the network
 * looks links up by it (linkName), so a name made afresh per message was hashed afresh too.
 */
export function brokerNode(id: number): string {
  return (brokerNodes[id] ??= `broker-${id}`);
}

const BROKER_PREFIX = 'broker-';

/** The id in a broker's node name (`broker-3`), else null. Read per message: no regex match to allocate. */
export function brokerIdOf(node: string): number | null {
  if (!node.startsWith(BROKER_PREFIX) || node.length === BROKER_PREFIX.length) return null;
  let id = 0;
  for (let i = BROKER_PREFIX.length; i < node.length; i++) {
    const digit = node.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    id = id * 10 + digit;
  }
  return id;
}

export function componentName(node: string): string {
  const id = brokerIdOf(node);
  if (id !== null) return `Broker ${id}`;
  if (node === 'controller') return 'Controller';
  return node;
}

/** The smallest queue worth compacting: below it, skipping stale timers as they come costs less. */
export const MIN_COMPACT_AT = 1024;

/**
 * Drops the stale timers once the queue has doubled since it was last compacted. Without it a long
 * run's queue fills with cancelled timers (fetch waits, poll timeouts, replaced session timers: the
 * ones due far ahead wait outside it, see farTimers.ts), and every push and pop walks a heap of
 * dead entries the collector has to keep moving.
 * Doubling keeps the rescans to a constant cost per queued event. The events still run in the same
 * order: the heap's order is total (time, priority, seq).
 */
export function compactQueue(state: SimState): void {
  if (state.queue.length < state.queueCompactAt) return;
  dropStaleTimers(state);
  state.queueCompactAt = Math.max(MIN_COMPACT_AT, 2 * state.queue.length);
}

/** Removes replaced and cancelled timers from the queue (they would be skipped anyway). */
export function dropStaleTimers(state: SimState): void {
  const queue = state.queue;
  // A loop, not filter() with an arrow over the state: the queue is compacted every few hundred steps.
  const live: QueuedEvent[] = [];
  for (let i = 0; i < queue.length; i++) {
    const e = queue[i];
    if (e.body.kind !== 'timer' || state.timers.get(e.body.key) === e.seq) live.push(e);
  }
  if (live.length === queue.length) return;
  state.queue = live;
  heapify(live);
}

// Small state builders for rule tests: a tiny cluster state at time 0 built directly by
// initialState (no scenario played), then shaped by hand — records put straight into replica logs,
// a follower's fetch position, a step begun at a given time — so a test calls one rule and asserts
// the events it emits (state.stepEvents), the messages it puts on the wire and the state it leaves.
import { parseScenario } from '../../scenario/parse';
import type { Scenario } from '../../scenario/types';
import { brokerNode } from '../core/context';
import type { NetBody, NetMessage, Timer } from '../core/events';
import { initialState } from '../core/init';
import type { BrokerState, PartitionMeta, ProducerState, ReplicaState, SimState, StoredRecord } from '../core/state';
import { knownTimerKey, type TimerKey, type TimerSlot } from '../core/timerKey';
import { appendRecord, NEVER_MS } from '../broker/replicaLog';
import type { SimEvent, SimEventOf, SimEventType } from '../view.types';
import type { RowText } from '../core/context';
import { type EngineEvent, isRowEvent, type RowEventOf, type RowEventType } from '../rowEvents';
import { renderRow } from '../rows';

export type ScenarioParts = Record<string, unknown>;

/**
 * A scenario file: 3 brokers, topic t (1 partition, RF 3, replicas [1,2,3]), producer p1 (acks=all,
 * linger.ms 0), an empty script; `parts` replaces whole top-level sections, `cluster` is merged.
 */
export function scenarioOf(parts: ScenarioParts = {}): Scenario {
  const { cluster, ...rest } = parts;
  const parsed = parseScenario({
    version: 1, title: 'rule test', seed: 1, durationMs: 60000,
    topics: [{ name: 't', partitions: 1, replicationFactor: 3 }],
    producers: [{ id: 'p1', config: { 'linger.ms': 0 } }],
    consumers: [],
    script: [],
    ...rest,
    cluster: { brokers: 3, ...(cluster as ScenarioParts | undefined) },
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.scenario;
}

/** The cluster at time 0 as the engine starts it: brokers registered, preferred leaders, full ISRs. */
export function clusterState(parts: ScenarioParts = {}): SimState {
  return initialState(scenarioOf(parts), 1);
}

/** Begins a step at `atMs` the way playStep does, so what a rule emits is this step's alone. */
export function inStep(state: SimState, atMs: number = state.timeMs): SimState {
  state.timeMs = atMs;
  state.step++;
  state.stepEvents = [];
  return state;
}

export function brokerOf(state: SimState, id: number): BrokerState {
  const b = state.brokers[id - 1];
  if (!b) throw new Error(`no broker ${id}`);
  return b;
}

export function replicaOf(state: SimState, broker: number, tp = 't-0'): ReplicaState {
  const r = brokerOf(state, broker).replicas[tp];
  if (!r) throw new Error(`broker ${broker} holds no replica of ${tp}`);
  return r;
}

export function producerOf(state: SimState, id = 'p1'): ProducerState {
  const p = state.producers.find((x) => x.id === id);
  if (!p) throw new Error(`no producer ${id}`);
  return p;
}

export function metaOf(state: SimState, tp = 't-0'): PartitionMeta {
  const m = state.controller.partitions[tp];
  if (!m) throw new Error(`the controller knows no ${tp}`);
  return m;
}

export function storedRecord(offset: number, leaderEpoch = 0, extra: Partial<StoredRecord> = {}): StoredRecord {
  return { offset, key: null, value: `m${offset}`, leaderEpoch, timestampMs: 0, sizeBytes: 72, producerId: -1, sequence: -1, baseSequence: -1, sendRef: `p1#${offset}`, ...extra };
}

/** Puts records (epoch 0 unless given) at the end of a replica's log, as if appended earlier. */
export function appendRecords(r: ReplicaState, count: number, leaderEpoch = 0, extra: Partial<StoredRecord> = {}): void {
  const start = r.logStartOffset + r.log.length;
  for (let i = 0; i < count; i++) appendRecord(r, storedRecord(start + i, leaderEpoch, extra), 1 << 30);
}

/** Gives every listed broker's replica of `tp` the same `count` records. */
export function replicated(state: SimState, brokers: number[], count: number, tp = 't-0'): void {
  for (const id of brokers) appendRecords(replicaOf(state, id, tp), count);
}

/** The leader's view of a follower, as its last fetch left it. */
export function followerAt(r: ReplicaState, follower: number, logEndOffset: number, lastCaughtUpTimeMs = 0): void {
  r.followers[String(follower)] = { logEndOffset, lastCaughtUpTimeMs, lastFetchLeaderLogEndOffset: logEndOffset, lastFetchTimeMs: lastCaughtUpTimeMs };
}

export const NEVER_CAUGHT_UP = NEVER_MS;

/** Where the engine's queue stands now: what a rule schedules after it has a larger seq. */
export function mark(state: SimState): number {
  return state.seq;
}

/** Messages put on the wire since `since` (a mark), in the order they were sent. */
export function sentSince(state: SimState, since: number): NetMessage[] {
  return state.queue
    .filter((e) => e.seq >= since && e.body.kind === 'deliver')
    .sort((a, b) => a.seq - b.seq)
    .map((e) => (e.body as { kind: 'deliver'; msg: NetMessage }).msg);
}

/** The bodies of messages of one type sent since `since`. */
export function sentOfType<T extends NetBody['type']>(state: SimState, since: number, type: T): Extract<NetBody, { type: T }>[] {
  return sentSince(state, since).map((m) => m.body).filter((b): b is Extract<NetBody, { type: T }> => b.type === type);
}

/** Messages to one node (broker id or node name) since `since`. */
export function sentTo(state: SimState, since: number, to: number | string): NetMessage[] {
  const node = typeof to === 'number' ? brokerNode(to) : to;
  return sentSince(state, since).filter((m) => m.to === node);
}

/** The live timer in a slot (or under its key) and when it fires, or null when none is set. */
export function timerAt(state: SimState, slot: TimerSlot | TimerKey): { atMs: number; timer: Timer } | null {
  const key = typeof slot === 'number' ? slot : knownTimerKey(state.timerNames, slot);
  const seq = key === null ? undefined : (state.timers.get(key) ?? state.farTimers.get(key)?.seq);
  if (seq === undefined) return null;
  const e = state.queue.find((x) => x.seq === seq) ?? [...state.farTimers.values()].find((x) => x.seq === seq);
  if (e?.body.kind !== 'timer') return null;
  return { atMs: e.atMs, timer: e.body.timer };
}

/** A timer firing: the step loop drops its key before the rule runs, as dispatch does. */
export function fireTimer(state: SimState, slot: TimerSlot | TimerKey): Timer {
  const key = typeof slot === 'number' ? slot : knownTimerKey(state.timerNames, slot);
  const live = key === null ? null : timerAt(state, key);
  if (key === null || live === null) throw new Error(`no timer ${JSON.stringify(slot)}`);
  state.timers.delete(key);
  state.farTimers.delete(key);
  return live.timer;
}

/** This step's events as lessons read them (row events left out, as Timeline.events does). */
export function eventsOf(state: SimState): SimEvent[];
/** This step's events of one type. */
export function eventsOf<T extends SimEventType>(state: SimState, type: T): SimEventOf<T>[];
export function eventsOf(state: SimState, type?: SimEventType): SimEvent[] {
  const events = state.stepEvents.filter((e): e is SimEvent => !isRowEvent(e));
  return type === undefined ? events : events.filter((e) => e.type === type);
}

/** The types of this step's events, in order (row events left out). */
export function eventTypes(state: SimState): SimEventType[] {
  return eventsOf(state).map((e) => e.type);
}

/** This step's row events of one type: what only the execution-table row tells (answers served, clauses). */
export function rowEventsOf<T extends RowEventType>(state: SimState, type: T): RowEventOf<T>[];
export function rowEventsOf(state: SimState, type: RowEventType): EngineEvent[] {
  return state.stepEvents.filter((e) => e.type === type);
}

/** This step's execution-table row, rendered from its events as the table shows it. */
export function rowOf(state: SimState): RowText {
  return renderRow(state.stepEvents);
}

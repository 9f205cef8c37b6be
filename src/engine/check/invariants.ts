// The engine's own rules, checked after steps in tests, dev builds and the headless runner. A
// violation is a bug in the engine, never a lesson: the list must stay empty.
//
// After a step only what its events name is checked (checkInvariantsAfter): the partitions they
// touch and the brokers they name. A change no event names (a follower taking the leader's HW from a
// fetch answer) is still checked by the full sweep every FULL_SWEEP_EVERY steps and by every view,
// so the runner keeps invariants on at full speed.
import type { ReplicaState, SimState, Tp } from '../core/state';
import { tpKey } from '../core/state';
import { type EngineEvent, isRowEvent } from '../rowEvents';
import { logEndOffset, recordAt } from '../broker/replicaLog';

/** How many records below the HW are compared across the ISR per check (a bound on the cost). */
const AGREEMENT_WINDOW = 64;
/** Every this many steps all partitions are checked, whatever the events said. */
export const FULL_SWEEP_EVERY = 1024;

/**
 * What the last check of a leader and an ISR member compared. A log's record array is replaced
 * whenever records below its end change (truncation, retention, a rewound append: SharedLog), so
 * while both arrays and log starts are the same, offsets below `upTo` still agree and only the new
 * ones need comparing. Kept by the member's replica, which names its state, broker and partition:
 * a seek restores other replica objects and starts afresh. A new leader has another record array.
 */
interface Agreement {
  leaderRecords: unknown;
  memberRecords: unknown;
  leaderStart: number;
  memberStart: number;
  upTo: number;
}
const agreements = new WeakMap<ReplicaState, Agreement>();

/** Every invariant of the whole cluster. */
export function checkInvariants(state: SimState): string[] {
  const out: string[] = [];
  for (const broker of state.brokers) for (const tp in broker.replicas) checkReplica(broker.id, broker.replicas[tp], out);
  for (const tp in state.controller.partitions) checkPartition(state, tp, out);
  return out;
}

/** What a check that found nothing returns: shared, as most steps find nothing to check. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * News a producer or a consumer made in its own step (a send, an ack received, records polled): it
 * names a partition but no broker, and no broker state changed. About half the steps that name a
 * partition are such; checking that partition again found nothing new.
 */
function isClientNews(e: EngineEvent): boolean {
  return e.broker === undefined && (e.producer !== undefined || e.consumer !== undefined);
}

/**
 * The invariants a step's events can have broken: a full sweep every FULL_SWEEP_EVERY steps. Row
 * events and client news are skipped (neither names a change a broker made; a broker's step has news
 * naming the broker or, from the controller, the partition alone). A step with nothing left, a
 * producer's or a consumer's step, costs a glance at its events: this runs after every step. A
 * client rule that broke broker state would still be found by the next step naming that partition
 * or broker, the full sweep, or the view.
 */
export function checkInvariantsAfter(state: SimState, events: readonly EngineEvent[]): readonly string[] {
  if (state.step % FULL_SWEEP_EVERY === 0) return checkInvariants(state);
  named.tps = 0;
  named.brokers = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (isRowEvent(e) || isClientNews(e)) continue;
    if (e.topic !== undefined && e.partition !== undefined) nameTp(tpKey(e.topic, e.partition));
    else if (e.broker !== undefined) nameBroker(e.broker);
  }
  if (named.tps === 0 && named.brokers === 0) return NONE;
  for (let i = 0; i < named.brokers; i++) {
    const id = namedBrokers[i];
    const broker = state.brokers[id - 1];
    if (broker) for (const tp in broker.replicas) nameTp(tp);
    for (const tp in state.controller.partitions) if (state.controller.partitions[tp].leader === id) nameTp(tp);
  }
  const out = found; // empty: what a check finds is taken out below
  for (let t = 0; t < named.tps; t++) {
    const tp = namedTps[t];
    const meta = state.controller.partitions[tp];
    for (let i = 0; i < state.brokers.length; i++) {
      // A broker keeps a replica only of a partition it is a replica of (broker/metadata.ts), and
      // a partition's replicas never change: the others need no lookup.
      if (meta && !meta.replicas.includes(state.brokers[i].id)) continue;
      const r = state.brokers[i].replicas[tp];
      if (r) checkReplica(state.brokers[i].id, r, out);
    }
    if (meta) checkPartition(state, tp, out);
  }
  return out.length === 0 ? NONE : out.splice(0);
}

/**
 * checkInvariantsAfter's working lists, the partitions and brokers a step names, and what it found:
 * the same lists every time (a check never starts inside another), so a step that names something
 * allocates nothing either. Each list is emptied by its count: emptying it by its length would give
 * its room back, to be made again by the next step.
 */
const namedTps: Tp[] = [];
const namedBrokers: number[] = [];
const named = { tps: 0, brokers: 0 };
const found: string[] = [];

function nameTp(tp: Tp): void {
  for (let i = 0; i < named.tps; i++) if (namedTps[i] === tp) return;
  namedTps[named.tps++] = tp;
}

function nameBroker(id: number): void {
  for (let i = 0; i < named.brokers; i++) if (namedBrokers[i] === id) return;
  namedBrokers[named.brokers++] = id;
}

function checkReplica(brokerId: number, r: ReplicaState, out: string[]): void {
  // The partition's name is built only for a message: this runs for every replica a step touches.
  if (!epochsIncrease(r.epochCache)) out.push(`${r.topic}-${r.partition} on broker ${brokerId}: leader-epoch cache ${JSON.stringify(r.epochCache)} is not increasing`);
  const leo = logEndOffset(r);
  if (!(r.logStartOffset <= r.highWatermark && r.highWatermark <= leo)) {
    out.push(`${r.topic}-${r.partition} on broker ${brokerId}: expected log start ${r.logStartOffset} ≤ HW ${r.highWatermark} ≤ LEO ${leo}`);
  }
}

function checkPartition(state: SimState, tp: Tp, out: string[]): void {
  const meta = state.controller.partitions[tp];
  if (meta.isr.length === 0) out.push(`${tp}: the ISR is empty`);
  if (!within(meta.isr, meta.replicas)) out.push(`${tp}: ISR ${meta.isr} is not within replicas ${meta.replicas}`);
  if (meta.leader === null) return;
  if (!meta.isr.includes(meta.leader)) out.push(`${tp}: leader ${meta.leader} is not in ISR ${meta.isr}`);
  const reg = state.controller.brokers[meta.leader];
  if (!reg?.registered || reg.fenced) out.push(`${tp}: leader ${meta.leader} is fenced or unregistered`);
  const leader = state.brokers[meta.leader - 1].replicas[tp];
  if (leader?.role !== 'leader' || leader.leaderEpoch !== meta.leaderEpoch) return;
  // Indexed loops here and in checkInvariantsAfter: they run after every step, and a for-of the
  // optimiser gives up on allocates an iterator each time.
  for (let i = 0; i < meta.isr.length; i++) {
    const id = meta.isr[i];
    const other = state.brokers[id - 1].replicas[tp];
    if (!other || id === meta.leader || !state.brokers[id - 1].up) continue;
    const o = firstDisagreement(leader, other);
    if (o !== null) out.push(`${tp}: offset ${o} differs between leader ${meta.leader} and ISR member ${id} below the HW`);
  }
}

function within(ids: readonly number[], all: readonly number[]): boolean {
  for (let i = 0; i < ids.length; i++) if (!all.includes(ids[i])) return false;
  return true;
}

function epochsIncrease(cache: readonly (readonly [number, number])[]): boolean {
  for (let i = 1; i < cache.length; i++) if (cache[i][0] <= cache[i - 1][0] || cache[i][1] < cache[i - 1][1]) return false;
  return true;
}

/** The first offset below the HW where the two replicas hold different records, or null. */
function firstDisagreement(leader: ReplicaState, member: ReplicaState): number | null {
  const upTo = Math.min(leader.highWatermark, logEndOffset(member));
  let from = Math.max(leader.logStartOffset, member.logStartOffset, upTo - AGREEMENT_WINDOW);
  const last = agreements.get(member);
  if (last && last.leaderRecords === leader.log.items && last.memberRecords === member.log.items
      && last.leaderStart === leader.logStartOffset && last.memberStart === member.logStartOffset) {
    if (last.upTo >= upTo) return null;
    from = Math.max(from, last.upTo);
    last.upTo = upTo;
  } else {
    agreements.set(member, { leaderRecords: leader.log.items, memberRecords: member.log.items, leaderStart: leader.logStartOffset, memberStart: member.logStartOffset, upTo });
  }
  for (let o = from; o < upTo; o++) if (recordAt(leader, o)?.sendRef !== recordAt(member, o)?.sendRef) return o;
  return null;
}

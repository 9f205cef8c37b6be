// The anomalies a user can see (Jepsen's names): lost-write, duplicate, inconsistent-offsets,
// reordered. Each is tied to the step that caused it. Unsafe settings produce them on purpose.
// The checker reads a step's events after the step, in the order the rules emitted them: an append,
// an ack, a moved HW, a new leader or a truncated log is what it follows; no rule calls it.
import type { ReplicaState, SimState, StoredRecord, Tp } from '../core/state';
import { tpKey } from '../core/state';
import type { EngineEvent } from '../rowEvents';
import type { AnomalyView } from '../view.types';
import { recordAt } from '../broker/replicaLog';
import { CowArray } from '../core/cowArray';
import { appendKeyed, newKeyedAppends } from './keyedAppends';
import { sendOfRef } from '../core/sendRef';

function report(state: SimState, kind: AnomalyView['kind'], detail: string): void {
  state.checker.anomalies.push({ kind, step: state.step, detail });
}

/**
 * The send index in a sendRef ("p1#3" → 3), for a caller that knows the producer already: a
 * producer name sliced out of the ref would be a new string, and looking a property up by a new
 * string costs V8 a trip through its string table (this runs for every record appended). The
 * digits are read in place, not sliced out into a string of their own either.
 */
function sendIndexOf(sendRef: string): number {
  let index = 0;
  for (let i = sendRef.lastIndexOf('#') + 1; i < sendRef.length; i++) index = index * 10 + sendRef.charCodeAt(i) - 48;
  return index;
}

function sendLabel(state: SimState, sendRef: string): string {
  const { producer, index } = sendOfRef(sendRef);
  const send = state.producers.find((p) => p.id === producer)?.sends.get(index);
  return send ? `'${send.value}' (send #${index} of ${producer})` : sendRef;
}

function markVisible(state: SimState, tp: Tp, offset: number, sendRef: string): void {
  const seen = (state.checker.visible[tp] ??= new CowArray());
  if (seen.get(offset) === undefined) seen.set(offset, sendRef);
}

/** A leader appended a record of `producer`: check it against what was seen at that offset and earlier copies. */
function onLeaderAppend(state: SimState, r: ReplicaState, rec: StoredRecord, producer: string): void {
  const tp = tpKey(r.topic, r.partition);
  const c = state.checker;
  const seenHere = c.visible[tp]?.get(rec.offset);
  if (seenHere !== undefined && seenHere !== rec.sendRef) {
    report(state, 'inconsistent-offsets', `${tp} offset ${rec.offset} held ${sendLabel(state, seenHere)} and now holds ${sendLabel(state, rec.sendRef)}`);
    c.visible[tp].set(rec.offset, rec.sendRef);
  }
  const index = sendIndexOf(rec.sendRef);
  // A send's partition never changes (the producer picks it once), so its appends are all on tp.
  const appended = (c.appendedAt[producer] ??= new CowArray());
  const earlier = appended.get(index);
  if (earlier !== undefined && earlier !== rec.offset && recordAt(r, earlier)?.sendRef === rec.sendRef) {
    report(state, 'duplicate', `${sendLabel(state, rec.sendRef)} is stored twice: ${tp} offset ${earlier} and ${tp} offset ${rec.offset}`);
  }
  appended.set(index, rec.offset);
  if (rec.key !== null) {
    // By partition, then producer: the names are strings the state already holds, so no key is
    // built per record.
    const byProducer = (c.keyedAppends[tp] ??= {});
    if (appendKeyed((byProducer[producer] ??= newKeyedAppends()), index, rec.key)) {
      report(state, 'reordered', `${tp}: ${sendLabel(state, rec.sendRef)} stored after a later send of key '${rec.key}' from ${producer}`);
    }
  }
}

function onProduceAcked(state: SimState, producer: string, index: number, tp: Tp, offset: number): void {
  if (offset < 0) return;
  const c = state.checker;
  (c.acked[producer] ??= new CowArray()).set(index, offset);
  (c.ackedTp[producer] ??= new CowArray()).set(index, tp);
  (c.ackedAtStep[producer] ??= new CowArray()).set(index, state.step);
  const sendRef = `${producer}#${index}`;
  markVisible(state, tp, offset, sendRef);
  // Checked after the step that the leader really holds it there (a wrong ack is a lost write too).
  c.ackChecks.push({ producer, index, sendRef });
}

function onHighWatermarkAdvanced(state: SimState, r: ReplicaState, from: number, to: number): void {
  const tp = tpKey(r.topic, r.partition);
  for (let o = Math.max(from, r.logStartOffset); o < to; o++) {
    const rec = recordAt(r, o);
    if (rec) markVisible(state, tp, o, rec.sendRef);
  }
}

export function onConsumerRead(state: SimState, tp: Tp, rec: StoredRecord): void {
  markVisible(state, tp, rec.offset, rec.sendRef);
}

/** Partitions whose leader or log changed this step: their acknowledged records are re-checked. */
function onLeaderChanged(state: SimState, tp: Tp): void {
  state.checker.dirtyTps[tp] = true;
}

/** Follows one step's events, then checks what they may have lost. */
export function checkStep(state: SimState, events: readonly EngineEvent[]): void {
  for (const e of events) {
    switch (e.type) {
      case 'RecordAppended': {
        const r = state.brokers[e.broker - 1].replicas[tpKey(e.topic, e.partition)];
        const rec = recordAt(r, e.offset);
        // The event names the producer whose request was appended, the one in the record's sendRef.
        if (rec) onLeaderAppend(state, r, rec, e.producer);
        break;
      }
      case 'ProduceAcked':
        onProduceAcked(state, e.producer, e.send, tpKey(e.topic, e.partition), e.offset);
        break;
      case 'HighWatermarkAdvanced':
        onHighWatermarkAdvanced(state, state.brokers[e.broker - 1].replicas[tpKey(e.topic, e.partition)], e.from, e.offset);
        break;
      case 'LeaderElected':
      case 'PartitionOffline':
      case 'LogTruncated':
        onLeaderChanged(state, tpKey(e.topic, e.partition));
        break;
    }
  }
  checkLostWrites(state);
}

function checkAck(state: SimState, producer: string, index: number, sendRef: string): void {
  const offset = state.checker.acked[producer]?.get(index);
  const tp = state.checker.ackedTp[producer]?.get(index);
  if (offset === undefined || tp === undefined) return;
  const meta = state.controller.partitions[tp];
  if (!meta || meta.leader === null) return;
  const leaderLog = state.brokers[meta.leader - 1].replicas[tp];
  const rec = leaderLog ? recordAt(leaderLog, offset) : undefined;
  if (rec?.sendRef === sendRef || (leaderLog && offset < leaderLog.logStartOffset)) return;
  // Asked last: the leader nearly always has the record, and a lookup by a new string is not free.
  if (state.checker.lostReported[sendRef]) return;
  state.checker.lostReported[sendRef] = true;
  const step = state.checker.ackedAtStep[producer]?.get(index);
  report(state, 'lost-write', `${sendLabel(state, sendRef)} was acknowledged at ${tp} offset ${offset} (step ${step}) but broker ${meta.leader}, the leader, does not have it`);
}

/** Whether a record has no keys, without listing them (asked after every step). */
function isEmpty(record: Record<string, unknown>): boolean {
  for (const _ in record) return false;
  return true;
}

/** After a step: an acknowledged record missing from its partition's current leader is lost. */
function checkLostWrites(state: SimState): void {
  const c = state.checker;
  if (c.ackChecks.length > 0) {
    for (const { producer, index, sendRef } of c.ackChecks) checkAck(state, producer, index, sendRef);
    c.ackChecks = [];
  }
  const dirty = c.dirtyTps;
  if (isEmpty(dirty)) return;
  c.dirtyTps = {};
  // Each acknowledged send's partition is kept beside its offset: walking those finds the sends to re-check.
  for (const [producer, tps] of Object.entries(c.ackedTp)) {
    tps.forEach((tp, index) => {
      if (tp !== undefined && dirty[tp]) checkAck(state, producer, index, `${producer}#${index}`);
    });
  }
}

// DelayedProduce: an acks=all write waits on its leader until the HW passes it, then is answered;
// it expires with REQUEST_TIMED_OUT after the request's timeout.
import { brokerNode, cancelTimer, setTimer } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, PendingProduce, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { effectiveMinIsr } from './config';
import { maximalIsr } from './maximalIsr';

export function parkProduce(state: SimState, broker: BrokerState, pending: PendingProduce): void {
  broker.purgatory.push(pending);
  setTimer(state, pending.expiresAtMs, {
    type: 'produceTimeout',
    broker: broker.id,
    requestId: pending.requestId,
  });
}

function answer(state: SimState, broker: BrokerState, p: PendingProduce, error: string | null): void {
  const [topic, partition] = splitTp(p.tp);
  send(state, brokerNode(broker.id), p.producer, {
    type: 'ProduceResponse',
    requestId: p.requestId,
    topic,
    partition,
    error,
    baseOffset: error ? -1 : p.baseOffset,
  });
  cancelTimer(state, { type: 'produceTimeout', broker: broker.id, requestId: p.requestId });
}

function splitTp(tp: string): [string, number] {
  const i = tp.lastIndexOf('-');
  return [tp.slice(0, i), Number(tp.slice(i + 1))];
}

/** Answers every parked write of this partition that the HW has now passed. */
export function completeProduceRequests(state: SimState, broker: BrokerState, r: ReplicaState): PendingProduce[] {
  const tp = tpKey(r.topic, r.partition);
  const done = broker.purgatory.filter((p) => p.tp === tp && p.lastOffset < r.highWatermark);
  if (done.length === 0) return done;
  broker.purgatory = broker.purgatory.filter((p) => !done.includes(p));
  const enough = maximalIsr(r).length >= effectiveMinIsr(state, r.topic);
  for (const p of done) answer(state, broker, p, enough ? null : 'NOT_ENOUGH_REPLICAS_AFTER_APPEND');
  return done;
}

/** A leader that loses leadership answers its parked writes NOT_LEADER_OR_FOLLOWER. */
export function failProduceRequests(state: SimState, broker: BrokerState, tp: string, error: string): number {
  const failed = broker.purgatory.filter((p) => p.tp === tp);
  broker.purgatory = broker.purgatory.filter((p) => p.tp !== tp);
  for (const p of failed) answer(state, broker, p, error);
  return failed.length;
}

export function expireProduceRequest(state: SimState, broker: BrokerState, requestId: number): PendingProduce | null {
  const p = broker.purgatory.find((x) => x.requestId === requestId);
  if (!p) return null;
  broker.purgatory = broker.purgatory.filter((x) => x !== p);
  answer(state, broker, p, 'REQUEST_TIMED_OUT');
  return p;
}

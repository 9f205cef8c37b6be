// DelayedFetch: a fetch with nothing to return waits on the leader (long polling) until there is
// something, or its wait (replica.fetch.wait.max.ms for followers, fetch.max.wait.ms for consumers)
// is over; then it is answered with whatever is there. One purgatory for every fetcher: a
// follower's fetch wakes when the leader's log grows, a consumer's when the HW passes its offset.
import { brokerNode, cancelTimer, type RowText, setTimer } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, ParkedFetch, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import type { FetchPartitionResp, Wire } from '../core/wire';
import { readPartition } from './fetchRead';
import { logEndOffset } from './replicaLog';

export function fetchWaitKey(broker: number, requestId: number): string {
  return `b${broker}:fetchwait:${requestId}`;
}

export function parkFetch(state: SimState, broker: BrokerState, from: string, req: Wire<'FetchRequest'>): void {
  const expiresAtMs = state.timeMs + req.maxWaitMs;
  broker.parkedFetches[String(req.requestId)] = { requestId: req.requestId, replicaId: req.replicaId, from, expiresAtMs, partitions: req.partitions };
  setTimer(state, fetchWaitKey(broker.id, req.requestId), expiresAtMs, { type: 'fetchWaitExpired', broker: broker.id, requestId: req.requestId });
}

/** Answers a held fetch with what the partitions hold now. */
function answerParked(state: SimState, broker: BrokerState, parked: ParkedFetch): FetchPartitionResp[] {
  delete broker.parkedFetches[String(parked.requestId)];
  cancelTimer(state, fetchWaitKey(broker.id, parked.requestId));
  const partitions = parked.partitions.map((p) => readPartition(broker, p, parked.replicaId));
  send(state, brokerNode(broker.id), parked.from, { type: 'FetchResponse', requestId: parked.requestId, partitions });
  return partitions;
}

/** New records (or a lost leadership) wake held follower fetches. */
export function completeParkedFetches(state: SimState, broker: BrokerState): void {
  for (const parked of Object.values(broker.parkedFetches)) {
    if (parked.replicaId < 0) continue;
    const hasData = parked.partitions.some((p) => {
      const r = broker.replicas[tpKey(p.topic, p.partition)];
      return r?.role !== 'leader' || logEndOffset(r) > p.fetchOffset;
    });
    if (hasData) answerParked(state, broker, parked);
  }
}

/** The HW of `r` moved: held consumer fetches it now has committed records for are answered. */
export function completeConsumerFetches(state: SimState, broker: BrokerState, r: ReplicaState): void {
  const woken = Object.values(broker.parkedFetches).filter(
    (parked) => parked.replicaId < 0 && parked.partitions.some((p) => p.topic === r.topic && p.partition === r.partition && p.fetchOffset < r.highWatermark),
  );
  // In the order consumers appear in the scenario, then by request.
  const order = (parked: ParkedFetch) => state.consumers.findIndex((c) => c.id === parked.from);
  woken.sort((a, b) => order(a) - order(b) || a.requestId - b.requestId);
  for (const parked of woken) answerParked(state, broker, parked);
}

/** A stopped or crashed consumer's held fetches are forgotten, with their waits (the answer would find no one). */
export function dropConsumerFetches(state: SimState, consumer: string): void {
  for (const broker of state.brokers) {
    for (const parked of Object.values(broker.parkedFetches)) {
      if (parked.replicaId >= 0 || parked.from !== consumer) continue;
      delete broker.parkedFetches[String(parked.requestId)];
      cancelTimer(state, fetchWaitKey(broker.id, parked.requestId));
    }
  }
}

/** "3 record(s) of t-0 (offsets 4–6), HW 7; t-1: nothing new (HW 2)": what a consumer was sent. */
export function describeConsumerAnswers(answers: readonly FetchPartitionResp[]): string {
  return answers
    .map((a) => {
      const tp = tpKey(a.topic, a.partition);
      if (a.error) return `${tp}: ${a.error}`;
      if (a.records.length === 0) return `${tp}: nothing new (HW ${a.highWatermark})`;
      const first = a.records[0].offset;
      const last = a.records[a.records.length - 1].offset;
      return `${a.records.length} record(s) of ${tp} (${first === last ? `offset ${first}` : `offsets ${first}–${last}`}), HW ${a.highWatermark}`;
    })
    .join('; ');
}

/** The wait is over: the held fetch is answered with whatever there is. */
export function expireParkedFetch(state: SimState, broker: BrokerState, requestId: number): RowText | null {
  const parked = broker.parkedFetches[String(requestId)];
  if (!parked) return null;
  const answers = answerParked(state, broker, parked);
  if (parked.replicaId < 0) {
    return {
      component: `Broker ${broker.id}`, action: `Answered the held fetch from consumer ${parked.from} after fetch.max.wait.ms`,
      messageState: 'No new committed records', output: describeConsumerAnswers(answers), routine: true,
    };
  }
  return {
    component: `Broker ${broker.id}`,
    action: `Answered the held fetch from ${parked.from} after replica.fetch.wait.max.ms`,
    messageState: 'No new records',
    output: 'Empty fetch response (carries the current HW)',
    routine: true,
  };
}

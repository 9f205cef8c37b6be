// DelayedFetch: a fetch with nothing to return waits on the leader (long polling) until there is
// something, or its wait (replica.fetch.wait.max.ms for followers, fetch.max.wait.ms for consumers)
// is over; then it is answered with whatever is there. One purgatory for every fetcher: a
// follower's fetch wakes when the leader's log grows, a consumer's when the HW passes its offset.
import { brokerNode, cancelTimer, emit, type Played, setTimer } from '../core/context';
import { send } from '../core/network';
import type { BrokerState, FetchPartitionReq, ParkedFetch, ReplicaState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import type { FetchPartitionResp, Wire } from '../core/wire';
import type { FetchedPartition } from '../wireRowEvents';
import { readPartition } from './fetchRead';
import { logEndOffset } from './replicaLog';

export function parkFetch(state: SimState, broker: BrokerState, from: string, req: Wire<'FetchRequest'>): void {
  const expiresAtMs = state.timeMs + req.maxWaitMs;
  const held = broker.parkedFetches;
  // In request-id order: fetches arrive out of it (each fetcher's link has its own latency).
  let at = held.length;
  while (at > 0 && held[at - 1].requestId > req.requestId) at--;
  held.splice(at, 0, { requestId: req.requestId, replicaId: req.replicaId, from, expiresAtMs, partitions: req.partitions });
  setTimer(state, expiresAtMs, { type: 'fetchWaitExpired', broker: broker.id, requestId: req.requestId });
}

/** The place of a held fetch in the purgatory, or -1. */
function heldAt(broker: BrokerState, requestId: number): number {
  const held = broker.parkedFetches;
  for (let i = 0; i < held.length; i++) if (held[i].requestId === requestId) return i;
  return -1;
}

/** Answers the held fetch at this place in the purgatory with what the partitions hold now. */
function answerParked(state: SimState, broker: BrokerState, at: number): FetchPartitionResp[] {
  const [parked] = broker.parkedFetches.splice(at, 1);
  cancelTimer(state, { type: 'fetchWaitExpired', broker: broker.id, requestId: parked.requestId });
  const partitions = parked.partitions.map((p) => readPartition(broker, p, parked.replicaId));
  send(state, brokerNode(broker.id), parked.from, { type: 'FetchResponse', requestId: parked.requestId, partitions });
  return partitions;
}

/** New records (or a lost leadership) wake held follower fetches. */
export function completeParkedFetches(state: SimState, broker: BrokerState): void {
  // Indexed: this runs on every append. Answering takes out only the fetch at hand, so the next one
  // moves to its place.
  const held = broker.parkedFetches;
  for (let i = 0; i < held.length; ) {
    const parked = held[i];
    if (parked.replicaId >= 0 && followerHasData(broker, parked)) answerParked(state, broker, i);
    else i++;
  }
}

/** Whether a held follower fetch has something to return: new records, or a lost leadership to report. */
function followerHasData(broker: BrokerState, parked: ParkedFetch): boolean {
  for (const p of parked.partitions) {
    const r = broker.replicas[tpKey(p.topic, p.partition)];
    if (r?.role !== 'leader' || logEndOffset(r) > p.fetchOffset) return true;
  }
  return false;
}

/** The HW of `r` moved: held consumer fetches it now has committed records for are answered. */
export function completeConsumerFetches(state: SimState, broker: BrokerState, r: ReplicaState): void {
  // Runs whenever a HW moves, and usually wakes nothing: no list is made until something wakes.
  let woken: ParkedFetch[] | null = null;
  for (const parked of broker.parkedFetches) {
    if (parked.replicaId < 0 && parked.partitions.some((p) => p.topic === r.topic && p.partition === r.partition && p.fetchOffset < r.highWatermark)) {
      (woken ??= []).push(parked);
    }
  }
  if (woken === null) return;
  // In the order consumers appear in the scenario, then by request.
  const order = (parked: ParkedFetch) => state.consumers.findIndex((c) => c.id === parked.from);
  if (woken.length > 1) woken.sort((a, b) => order(a) - order(b) || a.requestId - b.requestId);
  for (const parked of woken) answerParked(state, broker, heldAt(broker, parked.requestId));
}

/** A stopped or crashed consumer's held fetches are forgotten, with their waits (the answer would find no one). */
export function dropConsumerFetches(state: SimState, consumer: string): void {
  for (const broker of state.brokers) {
    const held = broker.parkedFetches;
    for (let i = held.length - 1; i >= 0; i--) {
      if (held[i].replicaId >= 0 || held[i].from !== consumer) continue;
      cancelTimer(state, { type: 'fetchWaitExpired', broker: broker.id, requestId: held[i].requestId });
      held.splice(i, 1);
    }
  }
}

/** What a fetch answer's row tells of each partition. */
export function fetchedPartitions(asked: readonly FetchPartitionReq[], answers: readonly FetchPartitionResp[]): FetchedPartition[] {
  return answers.map((a, i) => ({
    topic: a.topic, partition: a.partition, fetchOffset: asked[i].fetchOffset, error: a.error, records: a.records.length,
    firstOffset: a.records[0]?.offset ?? -1, lastOffset: a.records[a.records.length - 1]?.offset ?? -1, highWatermark: a.highWatermark,
    diverging: a.divergingEpoch,
  }));
}

/** The wait is over: the held fetch is answered with whatever there is. */
export function expireParkedFetch(state: SimState, broker: BrokerState, requestId: number): Played | null {
  const at = heldAt(broker, requestId);
  if (at < 0) return null;
  const parked = broker.parkedFetches[at];
  const answers = answerParked(state, broker, at);
  emit(state, { type: 'FetchWaitEnded', broker: broker.id, from: parked.from, replicaId: parked.replicaId, partitions: fetchedPartitions(parked.partitions, answers) });
  return true;
}

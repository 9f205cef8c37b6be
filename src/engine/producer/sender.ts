// The producer's Sender: drains ready batches to connected partition leaders (at most
// max.in.flight.requests.per.connection per broker, a partition's batches in order), and handles
// answers, retries with exponential backoff, and delivery.timeout.ms. Failed requests and
// connections are in disconnects.ts.
import { brokerNode, cancelTimer, emit, nextId, type Played, setTimer } from '../core/context';
import type { NetBody } from '../core/events';
import { send } from '../core/network';
import { nextFloat } from '../core/prng';
import type { BatchState, ProducerState, SimState } from '../core/state';
import { refreshMetadata } from './metadata';
import { nodeReady } from './connections';
import { producerSpec } from './producerConfig';
import { changeSend, hasPendingSend, type SendChanges, sendAt, updateSends } from './sendChanges';

/** retry.backoff.max.ms (KIP-580): backoff doubles from retry.backoff.ms up to this, ±20% jitter. */
const RETRY_BACKOFF_MAX_MS = 1000;

const RETRIABLE = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'NOT_LEADER_OR_FOLLOWER', 'NOT_ENOUGH_REPLICAS', 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', 'REQUEST_TIMED_OUT',
  'NETWORK_EXCEPTION', 'UNKNOWN_LEADER_EPOCH', 'FENCED_LEADER_EPOCH', 'LEADER_NOT_AVAILABLE',
]);

function cfg(state: SimState, p: ProducerState) {
  return producerSpec(state, p.id).config;
}

/**
 * A count per partition for one drain of the accumulator: two short lists rather than a Map, as
 * sendReady runs for nearly every record and a drain sees a dozen partitions at most. Partition
 * keys are tpKey's shared strings, so comparing them is cheap. Cleared, not made anew, for each
 * drain: the lists keep their room, and nothing is allocated per record.
 */
class PartitionCounts {
  private readonly tps: string[] = [];
  private readonly counts: number[] = [];
  private size = 0;

  clear(): void {
    this.size = 0;
  }

  get(tp: string): number {
    const i = this.indexOf(tp);
    return i < 0 ? 0 : this.counts[i];
  }

  has(tp: string): boolean {
    return this.indexOf(tp) >= 0;
  }

  add(tp: string): void {
    const i = this.indexOf(tp);
    if (i >= 0) this.counts[i]++;
    else this.append(tp, 1);
  }

  /** Starts counting for the partition (from 0) if it is not counted yet. */
  track(tp: string): void {
    if (this.indexOf(tp) < 0) this.append(tp, 0);
  }

  /** Counts one more for the partition, if it is counted at all. */
  addIfTracked(tp: string): void {
    const i = this.indexOf(tp);
    if (i >= 0) this.counts[i]++;
  }

  private append(tp: string, count: number): void {
    this.tps[this.size] = tp;
    this.counts[this.size] = count;
    this.size++;
  }

  private indexOf(tp: string): number {
    for (let i = 0; i < this.size; i++) if (this.tps[i] === tp) return i;
    return -1;
  }
}

/** sendReady's working counts, shared by every drain: a drain never starts inside another. */
const drained = new PartitionCounts();
const blocked = new PartitionCounts();
const sequenced = new PartitionCounts();

/**
 * Sends every ready batch whose leader is known (Sender.sendProducerData); each batch sent, failed
 * or hurried is an event (ProduceRequestSent, ProduceFailed, RetryBackoffSkipped).
 */
export function sendReady(state: SimState, p: ProducerState): void {
  if (!hasBatchToDrain(p)) return;
  const c = cfg(state, p);
  let needMetadata = false;
  // Only the partitions with a batch to drain (ready, or backing off) are walked below: what the
  // batches of the others block or count is asked about by no batch (a producer has a dozen
  // batches out, and one or two to drain).
  drained.clear();
  for (const b of p.batches) if (b.state === 'ready' || b.state === 'backoff') drained.track(b.tp);
  // The idempotent producer sends a partition's batches in sequence order: a batch waiting for a
  // retry holds back the later ones (RecordAccumulator's in-order drain), so sequences never gap.
  blocked.clear();
  // At most max.in.flight (≤ 5) unacknowledged sequenced batches per partition: the broker keeps
  // the last 5 batches per producer, so a retry of any of them is always recognised. Counted only
  // for partitions with a batch still to sequence, the only ones asked about: a batch's sequence is
  // changed only in its own turn below, after it is asked about.
  sequenced.clear();
  for (const b of p.batches) if (b.baseSequence < 0 && drained.has(b.tp)) sequenced.track(b.tp);
  for (const b of p.batches) if (b.baseSequence >= 0) sequenced.addIfTracked(b.tp);
  const inFlightTo = p.inFlightTo;
  for (const b of p.batches) {
    if (!drained.has(b.tp)) continue;
    if (p.idempotent && b.baseSequence < 0 && sequenced.get(b.tp) >= Math.min(5, c.maxInFlightRequestsPerConnection)) blocked.add(b.tp);
    // A retried batch in flight holds back new batches of its partition until it is answered, so
    // nothing can push it out of the five batches the broker remembers for deduplication.
    if (b.state === 'inflight' && b.attempts > 1 && p.idempotent) blocked.add(b.tp);
    // max.in.flight.requests.per.connection=1 guarantees order: the partition is muted while one of
    // its batches is in flight, even to a former leader (Sender.sendProducerData, mutePartition).
    if (b.state === 'inflight' && c.maxInFlightRequestsPerConnection === 1) blocked.add(b.tp);
    if (b.state === 'inflight' || b.state === 'open') continue;
    if (p.idempotent && b.baseSequence >= 0 && b.producerId !== p.producerId && b.state === 'ready') {
      // Sequenced under an epoch the producer has since left: it can be neither resent as it was
      // nor safely renumbered if it may already be stored.
      if (b.possiblyStored) {
        fail(state, p, b, 'OUT_OF_ORDER_SEQUENCE_NUMBER');
        continue;
      }
      b.baseSequence = -1;
    }
    // KIP-951: a retry skips the rest of its backoff once the partition's leader has changed.
    if (b.state === 'backoff' && leaderChangedSince(p, b)) {
      cancelTimer(state, { type: 'retryBackoff', producer: p.id, batchId: b.id });
      b.state = 'ready';
      emit(state, { type: 'RetryBackoffSkipped', producer: p.id, topic: b.topic, partition: b.partition });
    }
    // Only the first queued batch of a partition is drained, and a retry is re-enqueued first: a
    // batch backing off holds back the later ones (RecordAccumulator.reenqueue, drainBatchesForOneNode).
    if (b.state === 'backoff' || blocked.has(b.tp)) {
      blocked.add(b.tp);
      continue;
    }
    const leader = p.metadata[b.tp]?.leader ?? null;
    const inFlight = leader === null ? 0 : (inFlightTo[leader] ?? 0);
    if (leader === null || inFlight >= c.maxInFlightRequestsPerConnection || !nodeReady(state, p, leader)) {
      if (leader === null) needMetadata = true;
      blocked.add(b.tp);
      continue;
    }
    if (p.idempotent && b.baseSequence < 0) sequenced.add(b.tp);
    sendBatch(state, p, b, leader); // counted in inFlightTo unless acks=0, which expects no answer
    if (p.idempotent && b.attempts > 1) blocked.add(b.tp);
    if (c.maxInFlightRequestsPerConnection === 1 && p.acks !== '0') blocked.add(b.tp);
  }
  if (hasSpentBatch(p)) p.batches = p.batches.filter((b) => b.state !== 'ready' || hasPendingSend(p, b));
  if (needMetadata) refreshMetadata(state, p);
}

/**
 * Whether a drain has anything to do: only a ready batch can be sent (or failed), or one backing
 * off whose leader changed (KIP-951). Loops, not some() with an arrow: this runs for nearly every
 * record, and an arrow naming the producer is a closure made per call.
 */
function hasBatchToDrain(p: ProducerState): boolean {
  for (let i = 0; i < p.batches.length; i++) {
    const b = p.batches[i];
    if (b.state === 'ready' || (b.state === 'backoff' && leaderChangedSince(p, b))) return true;
  }
  return false;
}

/** A ready batch none of whose sends is pending any more (each failed or was acknowledged): the drain drops it. */
function hasSpentBatch(p: ProducerState): boolean {
  for (let i = 0; i < p.batches.length; i++) if (p.batches[i].state === 'ready' && !hasPendingSend(p, p.batches[i])) return true;
  return false;
}

/** The leader epoch the producer knew when it last sent the batch is older than the one it knows now. */
function leaderChangedSince(p: ProducerState, b: BatchState): boolean {
  const known = p.metadata[b.tp]?.leaderEpoch ?? -1;
  return b.sentLeaderEpoch >= 0 && known > b.sentLeaderEpoch;
}

function sendBatch(state: SimState, p: ProducerState, b: BatchState, leader: number): void {
  const c = cfg(state, p);
  b.sentLeaderEpoch = p.metadata[b.tp]?.leaderEpoch ?? -1;
  if (p.idempotent && b.baseSequence < 0) {
    b.baseSequence = p.nextSequence[b.tp] ?? 0;
    b.producerId = p.producerId;
    p.nextSequence[b.tp] = b.baseSequence + b.sends.length;
  }
  b.attempts++;
  b.state = 'inflight';
  const requestId = nextId(state);
  // One walk of the batch both counts the attempt in each send and lists the records to send.
  const attempt: SendChanges = { attempts: b.attempts };
  const records = b.sends.map((index) => {
    const s = changeSend(p, index, attempt);
    return { key: s.key, value: s.value, sendRef: `${p.id}#${s.index}`, sizeBytes: s.sizeBytes, createdMs: s.createdMs };
  });
  send(state, p.id, brokerNode(leader), {
    type: 'ProduceRequest', requestId, producer: p.id, acks: p.acks, timeoutMs: c.requestTimeoutMs,
    topic: b.topic, partition: b.partition, producerId: p.idempotent ? b.producerId : -1, baseSequence: p.idempotent ? b.baseSequence : -1,
    records,
  });
  if (state.rowEvents) emit(state, { type: 'ProduceRequestSent', producer: p.id, topic: b.topic, partition: b.partition, broker: leader, records: records.length, acks: p.acks, retry: b.attempts - 1 });
  if (p.acks === '0') {
    // acks=0: fire and forget; the producer counts it as sent with offset -1.
    updateSends(p, b, { status: 'acked', offset: -1 });
    b.state = 'ready';
    cancelTimer(state, { type: 'deliveryTimeout', producer: p.id, batchId: b.id });
    return;
  }
  p.inFlight.set(requestId, { batchId: b.id, broker: leader });
  p.inFlightTo[leader]++;
  setTimer(state, state.timeMs + c.requestTimeoutMs, { type: 'requestTimeout', producer: p.id, requestId });
}

export function takeInFlight(state: SimState, p: ProducerState, requestId: number): BatchState | null {
  const entry = p.inFlight.get(requestId);
  if (!entry) return null;
  p.inFlight.delete(requestId);
  p.inFlightTo[entry.broker]--;
  cancelTimer(state, { type: 'requestTimeout', producer: p.id, requestId });
  return p.batches.find((b) => b.id === entry.batchId) ?? null;
}

function fail(state: SimState, p: ProducerState, b: BatchState, error: string): void {
  updateSends(p, b, { status: 'failed', error });
  // A new list, not a splice: sendReady fails batches while it walks the list.
  p.batches = p.batches.filter((x) => x !== b);
  cancelTimer(state, { type: 'deliveryTimeout', producer: p.id, batchId: b.id });
  emit(state, { type: 'ProduceFailed', producer: p.id, topic: b.topic, partition: b.partition, detail: error, records: b.sends.length });
}

/** A retriable error: back off and retry within delivery.timeout.ms (ProduceRetryScheduled), else fail (ProduceFailed). */
export function retryOrFail(state: SimState, p: ProducerState, b: BatchState, error: string): void {
  const c = cfg(state, p);
  b.lastError = error;
  if (OUTCOME_UNKNOWN.has(error)) b.possiblyStored = true;
  updateSends(p, b, { error });
  const deadline = b.createdMs + c.deliveryTimeoutMs;
  if (!RETRIABLE.has(error) || b.attempts > c.retries || state.timeMs >= deadline) {
    fail(state, p, b, error);
    return;
  }
  const base = Math.min(RETRY_BACKOFF_MAX_MS, c.retryBackoffMs * 2 ** (b.attempts - 1));
  const backoff = Math.max(1, Math.round(base * (0.8 + 0.4 * nextFloat(state))));
  b.state = 'backoff';
  setTimer(state, state.timeMs + backoff, { type: 'retryBackoff', producer: p.id, batchId: b.id });
  emit(state, { type: 'ProduceRetryScheduled', producer: p.id, topic: b.topic, partition: b.partition, error, backoffMs: backoff });
  if (error !== 'NOT_ENOUGH_REPLICAS' && error !== 'NOT_ENOUGH_REPLICAS_AFTER_APPEND') {
    p.metadataFailures++;
    refreshMetadata(state, p);
  }
}

/** Errors after which the broker may have stored the batch: resending it in a new epoch could duplicate it. */
const OUTCOME_UNKNOWN = new Set(['REQUEST_TIMED_OUT', 'NETWORK_EXCEPTION', 'NOT_ENOUGH_REPLICAS_AFTER_APPEND']);

/**
 * The idempotent producer's recovery (KIP-360): the leader no longer knows the sequences this
 * producer used (they were lost with an unclean election, or never reached it), so it starts a
 * new producer epoch with sequences from 0. Batches that may already be stored fail instead of
 * being resent under the new epoch, where deduplication could not recognise them. The simulator
 * shows the new epoch as a new producer id, which deduplicates the same way. Returns how many
 * batches failed.
 */
function bumpProducerEpoch(state: SimState, p: ProducerState, b: BatchState): number {
  p.producerId += 100;
  p.nextSequence = {};
  const inFlight = new Set([...p.inFlight.values()].map((f) => f.batchId));
  let failed = 0;
  for (const x of [...p.batches]) {
    if (inFlight.has(x.id)) continue;
    if (x !== b && x.possiblyStored) {
      fail(state, p, x, 'OUT_OF_ORDER_SEQUENCE_NUMBER');
      failed++;
      continue;
    }
    x.baseSequence = -1;
  }
  b.state = 'ready';
  return failed;
}

type ProduceResponse = Extract<NetBody, { type: 'ProduceResponse' }>;

export function handleProduceResponse(state: SimState, p: ProducerState, from: string, res: ProduceResponse): Played {
  const b = takeInFlight(state, p, res.requestId);
  if (!b) {
    emit(state, { type: 'LateProduceResponseIgnored', producer: p.id, from, error: res.error, baseOffset: res.baseOffset });
    return true;
  }
  if (res.error) return handleProduceError(state, p, b, res.error);
  // Each send acknowledged at its offset, one event per record.
  b.sends.forEach((index, i) => {
    const offset = res.baseOffset + i;
    changeSend(p, index, { status: 'acked', offset, error: null });
    emit(state, { type: 'ProduceAcked', producer: p.id, topic: b.topic, partition: b.partition, offset, send: index });
  });
  // In place: an answer is handled on its own, never while the list is being walked.
  p.batches.splice(p.batches.indexOf(b), 1);
  cancelTimer(state, { type: 'deliveryTimeout', producer: p.id, batchId: b.id });
  cancelTimer(state, { type: 'retryBackoff', producer: p.id, batchId: b.id });
  sendReady(state, p);
  // Fields spelled out, not spread from an object: every batch acknowledged ends here.
  const records = b.sends.length;
  if (state.rowEvents) emit(state, { type: 'BatchAcked', producer: p.id, topic: b.topic, partition: b.partition, offset: res.baseOffset, from, records, value: records === 1 ? sendAt(p, b.sends[0]).value : null });
  return true;
}

/** An error answer: a new producer epoch (KIP-360) when the leader lost this producer's sequences, else a retry or a failure. */
function handleProduceError(state: SimState, p: ProducerState, b: BatchState, error: string): Played {
  const tp = { producer: p.id, topic: b.topic, partition: b.partition };
  const earlierPending = p.batches.findIndex((x) => x.tp === b.tp) < p.batches.indexOf(b);
  if (error === 'OUT_OF_ORDER_SEQUENCE_NUMBER' && p.idempotent && !earlierPending) {
    const failedBatches = bumpProducerEpoch(state, p, b);
    sendReady(state, p);
    emit(state, { type: 'ProducerEpochBumped', ...tp, producerId: p.producerId, failedBatches });
    return true;
  }
  retryOrFail(state, p, b, error);
  sendReady(state, p);
  emit(state, { type: 'ProduceErrorReceived', ...tp, error, backingOff: b.state === 'backoff' });
  return true;
}

export function retryBackoffExpired(state: SimState, p: ProducerState, batchId: number): Played | null {
  const b = p.batches.find((x) => x.id === batchId);
  if (b?.state !== 'backoff') return null;
  b.state = 'ready';
  sendReady(state, p);
  emit(state, { type: 'RetryBackoffExpired', producer: p.id, topic: b.topic, partition: b.partition });
  return true;
}

/**
 * delivery.timeout.ms passed: the batch fails even with a request in flight
 * (Sender.getExpiredInflightBatches); that request still counts against the connection's limit,
 * and its late answer is ignored.
 */
export function deliveryTimedOut(state: SimState, p: ProducerState, batchId: number): Played | null {
  const b = p.batches.find((x) => x.id === batchId);
  if (!b) return null;
  const inFlight = b.state === 'inflight';
  fail(state, p, b, 'REQUEST_TIMED_OUT');
  emit(state, { type: 'DeliveryTimedOut', producer: p.id, topic: b.topic, partition: b.partition, deliveryTimeoutMs: cfg(state, p).deliveryTimeoutMs, inFlight });
  return true;
}

// KafkaProducer.send(): choose the partition (explicit, murmur2 of the key, or the sticky
// partitioner for null keys) and add the record to that partition's batch (RecordAccumulator).
import { emit, type Played, setTimer } from '../core/context';
import { guardFreeze } from '../core/freeze';
import { nextFloat } from '../core/prng';
import type { BatchState, ProducerState, SendState, SimState } from '../core/state';
import { tpKey } from '../core/state';
import { partitionForKey, utf8Length } from '../rules/kafka/murmur2';
import { nextStickyPartition } from '../rules/kafka/stickyPartitioner';
import { producerSpec } from './producerConfig';
import { sendReady } from './sender';

/** Record overhead in bytes (a simplification of Kafka's varint-encoded record format). */
export const RECORD_OVERHEAD_BYTES = 70;

export function recordSize(key: string | null, value: string): number {
  return RECORD_OVERHEAD_BYTES + (key === null ? 0 : utf8Length(key)) + utf8Length(value);
}

type Partitioner = 'explicit' | 'key' | 'sticky';

function choosePartition(state: SimState, p: ProducerState, topic: string, key: string | null, explicit: number | undefined, size: number): { partition: number; partitioner: Partitioner } {
  const count = p.partitionCounts[topic];
  if (explicit !== undefined) return { partition: explicit, partitioner: 'explicit' };
  if (key !== null) return { partition: partitionForKey(key, count), partitioner: 'key' };
  const batchSize = spec(state, p).batchSize;
  const withLeader = [...Array(count).keys()].filter((i) => p.metadata[tpKey(topic, i)]?.leader != null);
  const current = p.sticky[topic];
  // KIP-794: the partition switches only at a batch boundary. RecordAccumulator.append passes
  // enableSwitch = allBatchesFull after the append, and completes a held-back switch on the next
  // append once the last batch is full or drained (partitionChanged).
  const sticky = current && current.partition < count && allBatchesFull(p, tpKey(topic, current.partition), batchSize)
    ? nextStickyPartition(p.sticky, topic, withLeader, count, 0, batchSize, () => nextFloat(state), { ...loadStats(p, topic, withLeader, count) }).state
    : p.sticky;
  const stay = sticky[topic];
  const enableSwitch = stay && stay.partition < count ? allBatchesFullAfter(p, tpKey(topic, stay.partition), size, batchSize) : size >= batchSize;
  const choice = nextStickyPartition(sticky, topic, withLeader, count, size, batchSize, () => nextFloat(state), { enableSwitch, ...loadStats(p, topic, withLeader, count) });
  p.sticky = { ...choice.state } as ProducerState['sticky'];
  return { partition: choice.partition, partitioner: 'sticky' };
}

/**
 * partitioner.adaptive.partitioning.enable (default true): once the producer has a queue for every
 * partition, a new sticky partition is drawn with weights favouring short queues
 * (RecordAccumulator.partitionReady, BuiltInPartitioner.updatePartitionLoadStats).
 */
function loadStats(p: ProducerState, topic: string, withLeader: number[], count: number): { queueSizes?: number[] } {
  const queues = p.queues[topic] ?? [];
  if (queues.length < count) return {};
  return { queueSizes: withLeader.map((i) => p.batches.filter((b) => b.tp === tpKey(topic, i) && b.state !== 'inflight').length) };
}

/** The partition's last batch not yet drained, if it still takes records (RecordAccumulator.tryAppend). */
function appendableBatch(p: ProducerState, tp: string): BatchState | undefined {
  for (let i = p.batches.length - 1; i >= 0; i--) {
    const b = p.batches[i];
    if (b.tp !== tp || b.state === 'inflight') continue;
    // A drained batch is closed for appends, and so is one re-enqueued for a retry.
    return b.attempts === 0 ? b : undefined;
  }
  return undefined;
}

/**
 * RecordAccumulator.allBatchesFull: the partition's last queued batch is full, or there is none. A
 * batch closed for appends counts as full (MemoryRecordsBuilder.isFull); the last queued batch is
 * closed only when it is a retry.
 */
function allBatchesFull(p: ProducerState, tp: string, batchSize: number): boolean {
  const last = p.batches.findLast((b) => b.tp === tp && b.state !== 'inflight');
  return !last || last.bytes >= batchSize || last.attempts > 0;
}

function allBatchesFullAfter(p: ProducerState, tp: string, size: number, batchSize: number): boolean {
  const last = appendableBatch(p, tp);
  if (last && last.bytes + size <= batchSize) return last.bytes + size >= batchSize;
  return size >= batchSize;
}

function spec(state: SimState, p: ProducerState) {
  return producerSpec(state, p.id).config;
}

export function produce(state: SimState, p: ProducerState, topic: string, key: string | null, value: string, explicit?: number): Played {
  const size = recordSize(key, value);
  const partitions = p.partitionCounts[topic];
  const { partition, partitioner } = choosePartition(state, p, topic, key, explicit, size);
  const tp = tpKey(topic, partition);
  const send: SendState = guardFreeze({ index: p.sends.length, topic, key, value, partition, offset: null, status: 'pending', error: null, attempts: 0, createdMs: state.timeMs, sizeBytes: size });
  p.sends.push(send);
  p.sendStatusCounts.pending++;
  const cfg = spec(state, p);
  // A record joins the partition's last batch until that batch is drained or has no room: with
  // linger.ms=0 the records that arrive while a request is in flight travel together.
  let batch = appendableBatch(p, tp);
  if (batch && batch.bytes + size > cfg.batchSize) {
    batch.state = 'ready';
    batch = undefined;
  }
  if (!batch) {
    batch = newBatch(state, p, topic, partition);
    p.batches.push(batch);
    const queues = p.queues[topic] ?? [];
    if (!queues.includes(partition)) p.queues = { ...p.queues, [topic]: [...queues, partition] };
  }
  batch.sends.push(send.index);
  batch.bytes += size;
  if (batch.bytes >= cfg.batchSize || cfg.lingerMs === 0) batch.state = 'ready';
  emit(state, { type: 'RecordSent', producer: p.id, topic, partition, detail: `#${send.index}` });
  sendReady(state, p);
  if (state.rowEvents) emit(state, { type: 'RecordBatched', producer: p.id, topic, partition, key, value, partitioner, partitions, batchRecords: batch.sends.length, batchReady: batch.state !== 'open', lingerMs: cfg.lingerMs });
  return true;
}

function newBatch(state: SimState, p: ProducerState, topic: string, partition: number): BatchState {
  const cfg = spec(state, p);
  const id = state.nextId++;
  if (cfg.lingerMs > 0) setTimer(state, state.timeMs + cfg.lingerMs, { type: 'lingerExpired', producer: p.id, batchId: id });
  setTimer(state, state.timeMs + cfg.deliveryTimeoutMs, { type: 'deliveryTimeout', producer: p.id, batchId: id });
  return { id, tp: tpKey(topic, partition), topic, partition, sends: [], bytes: 0, createdMs: state.timeMs, baseSequence: -1, producerId: -1, attempts: 0, state: 'open', lastError: null, possiblyStored: false, sentLeaderEpoch: -1 };
}

export function lingerExpired(state: SimState, p: ProducerState, batchId: number): Played | null {
  const batch = p.batches.find((b) => b.id === batchId);
  if (batch?.state !== 'open') return null;
  batch.state = 'ready';
  sendReady(state, p);
  if (state.rowEvents) emit(state, { type: 'LingerExpired', producer: p.id, topic: batch.topic, partition: batch.partition, lingerMs: spec(state, p).lingerMs, records: batch.sends.length });
  return true;
}

export function flush(state: SimState, p: ProducerState): Played {
  let closed = 0;
  for (const b of p.batches) if (b.state === 'open') { b.state = 'ready'; closed++; }
  sendReady(state, p);
  emit(state, { type: 'ProducerFlushed', producer: p.id, closedBatches: closed, pending: p.sendStatusCounts.pending });
  return true;
}

// A replica's log: offsets, the leader-epoch cache (KIP-101), segments for retention, and the
// idempotent-producer state rebuilt from every batch the replica stores.
import { SharedLog } from '../core/sharedLog';
import type { ProducerBatchMeta, ReplicaState, StoredRecord } from '../core/state';

/** How many batches per producer id a broker remembers for deduplication (ProducerStateEntry). */
export const BATCHES_RETAINED_PER_PRODUCER = 5;

/** "Never" for catch-up times: simulated time starts at 0, so 0 would mean "just now". */
export const NEVER_MS = Number.MIN_SAFE_INTEGER;

export function newReplica(topic: string, partition: number): ReplicaState {
  return {
    topic,
    partition,
    log: new SharedLog<StoredRecord>(),
    logStartOffset: 0,
    highWatermark: 0,
    epochCache: [],
    segments: [{ baseOffset: 0, bytes: 0, largestTimestampMs: -1 }],
    producerStates: {},
    role: 'none',
    leaderEpoch: -1,
    leader: null,
    isr: [],
    pendingIsr: null,
    partitionEpoch: 0,
    leaderEpochStartOffset: 0,
    followers: {},
  };
}

export function logEndOffset(r: ReplicaState): number {
  return r.logStartOffset + r.log.length;
}

export function recordAt(r: ReplicaState, offset: number): StoredRecord | undefined {
  if (offset < r.logStartOffset || offset >= logEndOffset(r)) return undefined;
  return r.log.get(offset - r.logStartOffset);
}

export function recordsFrom(r: ReplicaState, from: number, max: number): StoredRecord[] {
  const start = from - r.logStartOffset;
  return r.log.slice(start, start + max);
}

export function latestEpoch(r: ReplicaState): number {
  return r.epochCache.length > 0 ? r.epochCache[r.epochCache.length - 1][0] : -1;
}

/** Records a new leader epoch starting at the current log end (a new leader, or a follower's append). */
export function assignEpochStart(r: ReplicaState, epoch: number, startOffset: number): void {
  const last = r.epochCache[r.epochCache.length - 1];
  if (last && last[0] >= epoch) return;
  r.epochCache = [...r.epochCache.filter(([, start]) => start < startOffset), [epoch, startOffset]];
}

/**
 * LeaderEpochFileCache.endOffsetFor: the largest epoch ≤ requested that this replica knows and
 * where it ends (the start of the next epoch, or the LEO for the latest).
 */
export function endOffsetForEpoch(r: ReplicaState, epoch: number): { epoch: number; endOffset: number } {
  if (epoch < 0 || r.epochCache.length === 0) return { epoch: -1, endOffset: -1 };
  if (epoch < r.epochCache[0][0]) return { epoch, endOffset: r.epochCache[0][1] };
  for (let i = r.epochCache.length - 1; i >= 0; i--) {
    const [e] = r.epochCache[i];
    if (e <= epoch) {
      const next = r.epochCache[i + 1];
      return { epoch: e, endOffset: next ? next[1] : logEndOffset(r) };
    }
  }
  return { epoch: -1, endOffset: -1 };
}

export function appendRecord(r: ReplicaState, record: StoredRecord, segmentBytes: number): void {
  appendBatch(r, [record], segmentBytes);
}

function storeRecord(r: ReplicaState, record: StoredRecord, segment: ReplicaState['segments'][number]): void {
  assignEpochStart(r, record.leaderEpoch, record.offset);
  r.log.append(record);
  segment.bytes += record.sizeBytes;
  segment.largestTimestampMs = Math.max(segment.largestTimestampMs, record.timestampMs);
}

/** Keys made so far, by producer id; bounded like tpKey's. */
const producerKeys = new Map<number, string>();
const MAX_PRODUCER_KEYS_CACHED = 4096;

/**
 * "pid 1000", not "1000": an object keyed by a number-like string stores it as an array index, and
 * a copy of such an object (every checkpoint) allocates an array up to that index. The same string
 * every time: it is looked up several times per append, and a new string is hashed at each lookup.
 */
function producerKey(producerId: number): string {
  let key = producerKeys.get(producerId);
  if (key === undefined) {
    if (producerKeys.size >= MAX_PRODUCER_KEYS_CACHED) producerKeys.clear();
    producerKeys.set(producerId, (key = `pid ${producerId}`));
  }
  return key;
}

/**
 * The idempotent-producer state after an append: each producer's last batches, extended record by
 * record, in place. The lists are the replica's own (a checkpoint packs them, a copy of the state
 * copies them), so nothing else sees them change.
 */
function rememberBatches(r: ReplicaState, records: readonly StoredRecord[]): void {
  let start = 0;
  while (start < records.length) {
    const producerId = records[start].producerId;
    let end = start + 1;
    while (end < records.length && records[end].producerId === producerId) end++;
    if (producerId >= 0) {
      const list = (r.producerStates[producerKey(producerId)] ??= []);
      for (let i = start; i < end; i++) rememberRecord(list, records[i]);
    }
    start = end;
  }
}

/** One record into a producer's list: it extends the last batch or starts one. */
function rememberRecord(list: ProducerBatchMeta[], record: StoredRecord): void {
  const last = list[list.length - 1];
  if (last && last.firstSeq === record.baseSequence && last.lastOffset === record.offset - 1) {
    last.lastSeq = record.sequence;
    last.lastOffset = record.offset;
    return;
  }
  list.push({ firstSeq: record.sequence, lastSeq: record.sequence, firstOffset: record.offset, lastOffset: record.offset });
  if (list.length > BATCHES_RETAINED_PER_PRODUCER) list.shift();
}

/**
 * One append (a produce request's batch, or what one fetch brought) goes into one segment: the log
 * rolls first if the active segment is not empty and the append would take it past segment.bytes
 * (UnifiedLog.maybeRoll, LogSegment.shouldRoll).
 */
export function appendBatch(r: ReplicaState, records: StoredRecord[], segmentBytes: number): void {
  if (records.length === 0) return;
  const bytes = records.reduce((sum, rec) => sum + rec.sizeBytes, 0);
  const last = r.segments[r.segments.length - 1];
  const roll = last.bytes > 0 && last.bytes + bytes > segmentBytes;
  // Segments are replaced, never changed in place: checkpoints share the old ones. Copied field by
  // field and by slice(), not by spreading: this runs for every append on every replica.
  const segment = roll
    ? { baseOffset: records[0].offset, bytes: 0, largestTimestampMs: -1 }
    : { baseOffset: last.baseOffset, bytes: last.bytes, largestTimestampMs: last.largestTimestampMs };
  const segments = r.segments.slice();
  if (roll) segments.push(segment);
  else segments[segments.length - 1] = segment;
  r.segments = segments;
  for (const record of records) storeRecord(r, record, segment);
  rememberBatches(r, records);
}

/** Removes every record at or above `offset` (follower truncation by leader epoch). */
export function truncateTo(r: ReplicaState, offset: number): number {
  const leo = logEndOffset(r);
  // LeaderEpochFileCache.truncateFromEnd: epochs starting at or past the new end are forgotten,
  // even when no record goes (a leader that appended nothing in its epoch).
  r.epochCache = r.epochCache.filter(([, start]) => start < offset);
  if (offset >= leo) return 0;
  r.log.truncate(Math.max(0, offset - r.logStartOffset));
  r.epochCache = r.epochCache.filter(([, start]) => start < offset);
  r.highWatermark = Math.min(r.highWatermark, offset);
  r.segments = rebuildSegments(r);
  r.producerStates = rebuildProducerStates(r);
  return leo - offset;
}

function rebuildSegments(r: ReplicaState): ReplicaState['segments'] {
  const kept = r.segments.filter((s) => s.baseOffset < logEndOffset(r) || s.baseOffset === r.segments[0].baseOffset);
  return kept.map((s, i) => {
    const end = i + 1 < kept.length ? kept[i + 1].baseOffset : logEndOffset(r);
    const records = r.log.slice(s.baseOffset - r.logStartOffset, end - r.logStartOffset);
    return {
      baseOffset: s.baseOffset,
      bytes: records.reduce((sum, rec) => sum + rec.sizeBytes, 0),
      largestTimestampMs: records.reduce((max, rec) => Math.max(max, rec.timestampMs), -1),
    };
  });
}

function rebuildProducerStates(r: ReplicaState): ReplicaState['producerStates'] {
  const copy: ReplicaState = { ...r, producerStates: {} };
  rememberBatches(copy, r.log.slice(0));
  return copy.producerStates;
}

/** UnifiedLog.truncateFullyAndStartAt: the follower fell below the leader's log start. */
export function truncateFullyAndStartAt(r: ReplicaState, offset: number): void {
  r.log.truncate(0);
  r.logStartOffset = offset;
  r.highWatermark = offset;
  r.epochCache = [];
  r.segments = [{ baseOffset: offset, bytes: 0, largestTimestampMs: -1 }];
  r.producerStates = {};
}

/** LeaderEpochFileCache.truncateFromStart: epochs wholly below the new log start go. */
export function trimEpochCacheFromStart(r: ReplicaState, logStartOffset: number): void {
  const keepFrom = r.epochCache.findLastIndex(([, start]) => start <= logStartOffset);
  if (keepFrom <= 0) return;
  r.epochCache = r.epochCache.slice(keepFrom).map(([e, start], i) => [e, i === 0 ? logStartOffset : start] as [number, number]);
}

/** An idempotent producer's batch already stored (a retry): its original offsets. */
export function findDuplicateBatch(r: ReplicaState, producerId: number, firstSeq: number, lastSeq: number): ProducerBatchMeta | null {
  const batches = r.producerStates[producerKey(producerId)] ?? [];
  for (let i = 0; i < batches.length; i++) if (batches[i].firstSeq === firstSeq && batches[i].lastSeq === lastSeq) return batches[i];
  return null;
}

export function lastSequence(r: ReplicaState, producerId: number): number {
  const batches = r.producerStates[producerKey(producerId)] ?? [];
  return batches.length > 0 ? batches[batches.length - 1].lastSeq : -1;
}

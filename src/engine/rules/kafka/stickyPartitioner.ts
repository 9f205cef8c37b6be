// Null-key partitioning of the Kafka 3.3+ producer (KIP-794, BuiltInPartitioner and
// RecordAccumulator.append), made deterministic: the caller passes a seeded random source.
//
// Faithful points:
// - The partition is chosen for the *next* record once the bytes produced to the current one reach
//   batch.size (updatePartitionInfo runs after the append), so the record that crosses the
//   threshold still goes to the old partition.
// - The current sticky partition is kept even if its leader disappears: BuiltInPartitioner only
//   looks at availability when it picks a new partition (partitioner.availability.timeout.ms = 0).
// - The new partition is uniform over the available ones and may equal the old one; KIP-794 has
//   no "different from the last" rule. That rule belonged to KIP-480's StickyPartitionCache
//   (2.4–3.2) and is offered as `avoidCurrentPartition`.
// Simplifications: adaptive weighting runs only when the caller passes `queueSizes`; the
// 2 × batch.size allowance runs only when the caller says the batch is not full (`enableSwitch`).
import { toPositive } from './murmur2';

export interface StickyPartitionInfo {
  readonly partition: number;
  readonly producedBytes: number;
}

/** One entry per topic, like BuiltInPartitioner's per-topic StickyPartitionInfo. */
export type StickyPartitionerState = Readonly<Record<string, StickyPartitionInfo>>;

export interface StickyPartitionerOptions {
  /** RecordAccumulator.allBatchesFull: false holds the switch back until 2 × batch.size. Default true. */
  readonly enableSwitch?: boolean;
  /** Queue length per entry of `availablePartitions` (same order): KIP-794 adaptive partitioning. */
  readonly queueSizes?: readonly number[];
  /** KIP-480 behaviour (Kafka 2.4–3.2): pick a partition other than the current one when >1 is available. */
  readonly avoidCurrentPartition?: boolean;
}

export interface StickyPartitionChoice {
  /** Where this record goes. */
  readonly partition: number;
  readonly state: StickyPartitionerState;
  /** The partition picked for the next record when this record crossed the threshold, else null. */
  readonly switchedTo: number | null;
}

const TWO_POW_31 = 2 ** 31;

/** ThreadLocalRandom.nextInt() through Utils.toPositive: a uniform int in [0, 2^31). */
function randomPositiveInt(random: () => number): number {
  const r = random();
  if (!(r >= 0 && r < 1)) throw new RangeError(`random() must return a number in [0, 1), got ${r}`);
  return toPositive(Math.floor(r * TWO_POW_31));
}

/** BuiltInPartitioner.updatePartitionLoadStats: the cumulative frequency table, or null for uniform. */
function cumulativeFrequencyTable(queueSizes: readonly number[], allPartitionCount: number): number[] | null {
  if (queueSizes.length < 1 || allPartitionCount < 2) return null;
  const max = Math.max(...queueSizes);
  const allEqual = queueSizes.every((q) => q === queueSizes[0]);
  if (allEqual && queueSizes.length === allPartitionCount) return null;
  // Invert (shorter queue → larger weight) and fold into a running sum.
  const table: number[] = [];
  let sum = 0;
  for (const q of queueSizes) {
    sum += max + 1 - q;
    table.push(sum);
  }
  return table;
}

/** BuiltInPartitioner.nextPartition (plus the KIP-480 variant). */
function choosePartition(
  available: readonly number[],
  allPartitionCount: number,
  random: () => number,
  options: StickyPartitionerOptions,
  current: number | null,
): number {
  const r = randomPositiveInt(random);
  if (available.length === 0) return r % allPartitionCount;
  if (options.avoidCurrentPartition && current !== null && available.length > 1) {
    // StickyPartitionCache redraws until it differs; a draw over the others has the same distribution.
    const others = available.filter((p) => p !== current);
    if (others.length > 0) return others[r % others.length];
  }
  const table = options.queueSizes ? cumulativeFrequencyTable(options.queueSizes, allPartitionCount) : null;
  if (table === null) return available[r % available.length];
  const weighted = r % table[table.length - 1];
  // The first entry strictly greater than the draw (Arrays.binarySearch + insertion point).
  return available[table.findIndex((bound) => bound > weighted)];
}

function assertInputs(
  available: readonly number[],
  allPartitionCount: number,
  recordBytes: number,
  batchSize: number,
  options: StickyPartitionerOptions,
): void {
  if (!Number.isInteger(allPartitionCount) || allPartitionCount < 1) {
    throw new RangeError(`allPartitionCount must be a positive integer, got ${allPartitionCount}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be >= 1 (BuiltInPartitioner), got ${batchSize}`);
  }
  if (!(recordBytes >= 0)) throw new RangeError(`recordBytes must be >= 0, got ${recordBytes}`);
  for (const p of available) {
    if (!Number.isInteger(p) || p < 0 || p >= allPartitionCount) {
      throw new RangeError(`available partition ${p} is outside 0..${allPartitionCount - 1}`);
    }
  }
  if (options.queueSizes && options.queueSizes.length !== available.length) {
    throw new RangeError('queueSizes must have one entry per available partition');
  }
}

/**
 * Picks the partition for one null-key record of `topic` and returns the next state.
 * Pure: `state` is not modified; `random` is the only source of choice and is called only when a
 * new sticky partition is picked (the first record of a topic, or a switch).
 */
export function nextStickyPartition(
  state: StickyPartitionerState,
  topic: string,
  availablePartitions: readonly number[],
  allPartitionCount: number,
  recordBytes: number,
  batchSize: number,
  random: () => number,
  options: StickyPartitionerOptions = {},
): StickyPartitionChoice {
  assertInputs(availablePartitions, allPartitionCount, recordBytes, batchSize, options);
  const existing = Object.hasOwn(state, topic) ? state[topic] : undefined;
  const partition =
    existing && existing.partition < allPartitionCount
      ? existing.partition
      : choosePartition(availablePartitions, allPartitionCount, random, options, null);
  const producedBytes = (existing?.partition === partition ? existing.producedBytes : 0) + recordBytes;
  const enableSwitch = options.enableSwitch ?? true;
  const switchNow = (producedBytes >= batchSize && enableSwitch) || producedBytes >= batchSize * 2;
  const switchedTo = switchNow
    ? choosePartition(availablePartitions, allPartitionCount, random, options, partition)
    : null;
  const info: StickyPartitionInfo =
    switchedTo === null ? { partition, producedBytes } : { partition: switchedTo, producedBytes: 0 };
  return { partition, state: { ...state, [topic]: info }, switchedTo };
}

// What a consumer's application got from poll(), kept for views and the runner's output. A long
// run receives millions of records: each is kept as three slots of one copy-on-write list (its
// partition's key, the log's own record object, when poll() returned it), not as an object of its
// own. The record objects are those the replica logs hold, so a received record costs a few bytes.
import { CowArray } from '../core/cowArray';
import type { ConsumerState, ReceivedRecord } from '../core/consumerGroupState';
import type { StoredRecord, Tp } from '../core/state';
import { parseTp } from './consumerState';

/** Slots per received record: [tp, record, atMs]. */
const SLOTS = 3;

export type ReceivedList = ConsumerState['received'];

export function newReceivedList(): ReceivedList {
  return new CowArray();
}

export function receivedLength(list: ReceivedList): number {
  return list.length / SLOTS;
}

export function pushReceived(list: ReceivedList, tp: Tp, record: StoredRecord, atMs: number): void {
  list.push(tp);
  list.push(record);
  list.push(atMs);
}

/** Partitions named by their key, parsed once per call that reads many records. */
type TpCache = Map<Tp, { topic: string; partition: number }>;

function materialize(list: ReceivedList, i: number, tps: TpCache): ReceivedRecord | undefined {
  const record = list.get(i * SLOTS + 1) as StoredRecord | undefined;
  if (record === undefined) return undefined;
  const tp = list.get(i * SLOTS) as Tp;
  let where = tps.get(tp);
  if (where === undefined) tps.set(tp, (where = parseTp(tp)));
  // The fields in the order the runner's output lists them (spec/scenario-format.md §4).
  return { topic: where.topic, partition: where.partition, offset: record.offset, key: record.key, value: record.value, atMs: list.get(i * SLOTS + 2) as number };
}

/** Received record i (0 = the first), a new object each call; undefined past the end. */
export function receivedAt(list: ReceivedList, i: number): ReceivedRecord | undefined {
  return materialize(list, i, new Map());
}

/** Every received record in order, as new objects. */
export function receivedItems(list: ReceivedList): ReceivedRecord[] {
  const tps: TpCache = new Map();
  const out: ReceivedRecord[] = [];
  const n = receivedLength(list);
  for (let i = 0; i < n; i++) {
    const r = materialize(list, i, tps);
    if (r) out.push(r);
  }
  return out;
}

/**
 * What the last look for some records found in a list, and how far it had read. A list only grows
 * (records are pushed, never changed), so the next look with the same records reads only what came
 * since: a selected record is looked up in every view the page asks for, and a long run's consumers
 * have received millions of records.
 */
const lastLooks = new WeakMap<ReceivedList, { key: string; slots: number; found: number[] }>();

/** Indexes of the received records of these partitions and offsets, read without making an object per record. */
export function receivedIndexesOf(list: ReceivedList, wanted: readonly { tp: Tp; offset: number }[]): number[] {
  if (wanted.length === 0) return [];
  const key = wanted.map((w) => `${w.tp}@${w.offset}`).join(' ');
  let look = lastLooks.get(list);
  if (look === undefined || look.key !== key || look.slots > list.length) {
    look = { key, slots: 0, found: [] };
    lastLooks.set(list, look);
  }
  const found = look.found;
  let tp: Tp | undefined;
  // One walk of the new slots in order: a partition's key, then its record (the time is not needed).
  list.forEach((item, slot) => {
    if (slot % SLOTS === 0) tp = item as Tp | undefined;
    else if (slot % SLOTS === 1 && item !== undefined) {
      const offset = (item as StoredRecord).offset;
      if (wanted.some((w) => w.offset === offset && w.tp === tp)) found.push((slot - 1) / SLOTS);
    }
  }, look.slots);
  look.slots = list.length;
  return found.slice();
}

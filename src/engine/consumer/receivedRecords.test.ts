import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../core/state';
import { tpKey } from '../core/state';
import { newReceivedList, pushReceived, receivedAt, receivedIndexesOf, receivedItems, receivedLength } from './receivedRecords';

const record = (offset: number, key: string | null, value: string): StoredRecord =>
  Object.freeze({ offset, key, value, leaderEpoch: 0, timestampMs: 0, sizeBytes: 72, producerId: -1, sequence: -1, baseSequence: -1, sendRef: `p1#${offset}` });

describe('received records', () => {
  it('reads back each record as the runner output lists it: partition, offset, key, value and when', () => {
    const list = newReceivedList();
    pushReceived(list, tpKey('orders-eu', 2), record(7, 'k', 'v7'), 40);
    pushReceived(list, tpKey('orders-eu', 10), record(0, null, 'v0'), 45);
    expect(receivedLength(list)).toBe(2);
    expect(JSON.stringify(receivedItems(list))).toBe(
      '[{"topic":"orders-eu","partition":2,"offset":7,"key":"k","value":"v7","atMs":40},{"topic":"orders-eu","partition":10,"offset":0,"key":null,"value":"v0","atMs":45}]',
    );
    expect(receivedAt(list, 1)).toEqual({ topic: 'orders-eu', partition: 10, offset: 0, key: null, value: 'v0', atMs: 45 });
    expect(receivedAt(list, 2)).toBeUndefined();
  });

  it('finds the records of a partition and offset, and the same record read twice', () => {
    const list = newReceivedList();
    const tp = tpKey('t', 0);
    for (let o = 0; o < 50; o++) pushReceived(list, tp, record(o, null, `v${o}`), o);
    pushReceived(list, tpKey('t', 1), record(3, null, 'other'), 60);
    pushReceived(list, tp, record(3, null, 'again'), 61);
    expect(receivedIndexesOf(list, [{ tp, offset: 3 }])).toEqual([3, 51]);
    expect(receivedIndexesOf(list, [])).toEqual([]);
  });

  it('keeps the log’s own record object, not a copy', () => {
    const list = newReceivedList();
    const r = record(1, 'k', 'v');
    pushReceived(list, tpKey('t', 0), r, 5);
    expect(list.get(1)).toBe(r);
  });

  it('reads only what came since its last look for the same records, and finds the same as a first look', () => {
    const list = newReceivedList();
    const tp = tpKey('t', 0);
    const wanted = [{ tp, offset: 3 }];
    for (let o = 0; o < 10; o++) pushReceived(list, tp, record(o, null, `v${o}`), o);
    expect(receivedIndexesOf(list, wanted)).toEqual([3]);
    for (let o = 0; o < 10; o++) pushReceived(list, tp, record(o, null, `again ${o}`), 20 + o);
    const seen: number[] = [];
    const forEach = list.forEach.bind(list);
    list.forEach = (fn, from) => forEach((item, slot) => { seen.push(slot); fn(item, slot); }, from);
    expect(receivedIndexesOf(list, wanted)).toEqual([3, 13]);
    expect(Math.min(...seen)).toBe(30);
    // Other records: a first look, over the whole list.
    seen.length = 0;
    expect(receivedIndexesOf(list, [{ tp, offset: 9 }])).toEqual([9, 19]);
    expect(Math.min(...seen)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { SharedLog } from './sharedLog';

describe('SharedLog', () => {
  it('lets a checkpoint share the array and keep its own length', () => {
    const log = new SharedLog<number>();
    log.append(1);
    log.append(2);
    const checkpoint = log.share();
    log.append(3);
    expect(checkpoint.slice(0)).toEqual([1, 2]);
    expect(log.items).toBe(checkpoint.items);
  });
  it('copies before appending to a rewound log, so the other timeline keeps its records', () => {
    const log = new SharedLog<number>();
    log.append(1);
    log.append(2);
    const rewound = new SharedLog(log.items, 1);
    rewound.append(9);
    expect(log.slice(0)).toEqual([1, 2]);
    expect(rewound.slice(0)).toEqual([1, 9]);
  });
  it('drops its oldest records by moving its start: a checkpoint taken before keeps them, and shares the array', () => {
    const log = new SharedLog<number>();
    for (let i = 0; i < 10; i++) log.append(i);
    const checkpoint = log.share();
    log.dropFront(3);
    expect(log.items).toBe(checkpoint.items);
    expect(log.length).toBe(7);
    expect(log.get(0)).toBe(3);
    expect(log.slice(1, 3)).toEqual([4, 5]);
    expect(checkpoint.slice(0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    log.append(10);
    expect(log.slice(0)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(checkpoint.slice(0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('copies once the dropped prefix outgrows the records kept, and truncates within its own records', () => {
    const log = new SharedLog<number>();
    for (let i = 0; i < 10; i++) log.append(i);
    const before = log.items;
    log.dropFront(6);
    expect(log.items).not.toBe(before);
    expect(log.items).toEqual([6, 7, 8, 9]);
    expect(log.start).toBe(0);
    log.dropFront(1);
    log.truncate(2);
    expect(log.slice(0)).toEqual([7, 8]);
    expect(before).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('a checkpoint after retention appends without touching the live log', () => {
    const log = new SharedLog<number>();
    for (let i = 0; i < 6; i++) log.append(i);
    log.dropFront(2);
    const checkpoint = log.share();
    log.append(6);
    const rewound = checkpoint.share();
    rewound.append(99);
    expect(log.slice(0)).toEqual([2, 3, 4, 5, 6]);
    expect(rewound.slice(0)).toEqual([2, 3, 4, 5, 99]);
  });

  it('a replay that appends the records the array already holds keeps sharing it; a different one copies', () => {
    const log = new SharedLog<{ offset: number; value: string }>();
    for (let i = 0; i < 4; i++) log.append(Object.freeze({ offset: i, value: `v${i}` }));
    const checkpoint = log.share();
    log.append(Object.freeze({ offset: 4, value: 'v4' }));
    const replayed = checkpoint.share();
    replayed.append({ offset: 4, value: 'v4' });
    expect(replayed.items).toBe(log.items);
    expect(replayed.get(4)).toBe(log.get(4));
    const forked = checkpoint.share();
    forked.append({ offset: 4, value: 'other' });
    expect(forked.items).not.toBe(log.items);
    expect(forked.slice(0).map((r) => r.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'other']);
    expect(log.slice(0).map((r) => r.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
    // Same values in another key order are another record.
    const reordered = checkpoint.share();
    reordered.append({ value: 'v4', offset: 4 } as { offset: number; value: string });
    expect(reordered.items).not.toBe(log.items);
  });
});

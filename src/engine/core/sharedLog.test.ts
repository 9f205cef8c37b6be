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
});

import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../core/state';
import { appendRecord, endOffsetForEpoch, findDuplicateBatch, logEndOffset, newReplica, truncateTo } from './replicaLog';

function rec(offset: number, leaderEpoch: number, extra: Partial<StoredRecord> = {}): StoredRecord {
  return { offset, key: null, value: `m${offset}`, leaderEpoch, timestampMs: 0, sizeBytes: 72, producerId: -1, sequence: -1, baseSequence: -1, sendRef: `p#${offset}`, ...extra };
}

describe('the leader-epoch cache (LeaderEpochFileCache)', () => {
  const r = newReplica('t', 0);
  appendRecord(r, rec(0, 0), 1 << 30);
  appendRecord(r, rec(1, 1), 1 << 30);
  appendRecord(r, rec(2, 2), 1 << 30);
  it('records (epoch, start offset) pairs: [(0,0),(1,1),(2,2)]', () => {
    expect(r.epochCache).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
  it('endOffsetFor(1) = (1, 2) and endOffsetFor(2) = (2, LEO 3), as in the reference worked example', () => {
    expect(endOffsetForEpoch(r, 1)).toEqual({ epoch: 1, endOffset: 2 });
    expect(endOffsetForEpoch(r, 2)).toEqual({ epoch: 2, endOffset: 3 });
    expect(endOffsetForEpoch(r, -1)).toEqual({ epoch: -1, endOffset: -1 });
  });
  it('truncation drops records and epochs from the end', () => {
    const copy = newReplica('t', 0);
    for (const x of [rec(0, 0), rec(1, 0), rec(2, 1)]) appendRecord(copy, x, 1 << 30);
    expect(truncateTo(copy, 1)).toBe(2);
    expect(logEndOffset(copy)).toBe(1);
    expect(copy.epochCache).toEqual([[0, 0]]);
  });
});

describe('idempotent producer state', () => {
  it('remembers batches by (first, last) sequence for deduplication', () => {
    const r = newReplica('t', 0);
    appendRecord(r, rec(0, 0, { producerId: 7, sequence: 0, baseSequence: 0 }), 1 << 30);
    appendRecord(r, rec(1, 0, { producerId: 7, sequence: 1, baseSequence: 0 }), 1 << 30);
    appendRecord(r, rec(2, 0, { producerId: 7, sequence: 2, baseSequence: 2 }), 1 << 30);
    expect(findDuplicateBatch(r, 7, 0, 1)).toMatchObject({ firstOffset: 0, lastOffset: 1 });
    expect(findDuplicateBatch(r, 7, 2, 2)).toMatchObject({ firstOffset: 2 });
    expect(findDuplicateBatch(r, 7, 3, 3)).toBeNull();
  });
});

describe('segments', () => {
  it('roll at segment.bytes', () => {
    const r = newReplica('t', 0);
    for (let i = 0; i < 5; i++) appendRecord(r, rec(i, 0), 150);
    expect(r.segments.map((s) => s.baseOffset)).toEqual([0, 2, 4]);
  });
});

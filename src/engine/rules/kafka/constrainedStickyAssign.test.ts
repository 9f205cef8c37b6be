import { describe, expect, it } from 'vitest';
import type { TopicPartitionRef } from './assignment.types';
import { constrainedStickyAssign } from './constrainedStickyAssign';

const tp = (partition: number, topic = 't'): TopicPartitionRef => ({ topic, partition });

describe('constrainedStickyAssign (ConstrainedAssignmentBuilder)', () => {
  it('with more members than partitions, keeps one each and gives the rest to members at minQuota 0', () => {
    // Owned map in HashMap order a, b, c; t has 2 partitions: minQuota 0, maxQuota 1, 2 slots.
    const owned = new Map([
      ['a', [tp(0), tp(1)]],
      ['b', []],
      ['c', []],
    ]);
    const out = constrainedStickyAssign(owned, { t: 2 }, new Set());
    expect(Object.fromEntries(out.assignment)).toEqual({ a: [tp(0)], b: [tp(1)], c: [] });
    expect([...(out.transferring ?? [])]).toEqual([['t\u00001', 'b']]);
  });

  it('keeps owned partitions sorted by partition, then topic', () => {
    const owned = new Map([
      ['a', [tp(1, 'y'), tp(0, 'y'), tp(1, 'x')]],
      ['b', []],
    ]);
    const out = constrainedStickyAssign(owned, { x: 2, y: 2 }, new Set());
    expect(out.assignment.get('a')).toEqual([tp(0, 'y'), tp(1, 'x')]);
    expect(out.assignment.get('b')).toEqual([tp(0, 'x'), tp(1, 'y')]);
  });

  it('marks a partition claimed by two members as transferring, whoever receives it', () => {
    const out = constrainedStickyAssign(new Map([['a', []], ['b', []]]), { t: 2 }, new Set(['t\u00000']));
    expect(Object.fromEntries(out.assignment)).toEqual({ a: [tp(0)], b: [tp(1)] });
    expect([...(out.transferring ?? [])]).toEqual([['t\u00000', 'a']]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupCoordinatorPartition, javaStringHashCode, kafkaAbs } from './coordinator';

describe('group coordinator placement (kafka-semantics.md §3.1, §6 item 28)', () => {
  it.each([
    ['my-group', -1906497762, 12],
    ['test-group', 627841412, 12],
    ['group-1', 293427299, 49],
    ['consumers', -421004483, 33],
    ['g1', 3242, 42],
  ])('%s hashes to %i and lands on __consumer_offsets-%i', (groupId, hash, partition) => {
    expect(javaStringHashCode(groupId)).toBe(hash);
    expect(groupCoordinatorPartition(groupId)).toBe(partition);
  });

  it('Utils.abs maps Integer.MIN_VALUE to 0, unlike Math.abs', () => {
    expect(kafkaAbs(-2147483648)).toBe(0);
    expect(kafkaAbs(-5)).toBe(5);
    expect(kafkaAbs(2147483647)).toBe(2147483647);
    // "polygenelubricants".hashCode() == Integer.MIN_VALUE, the classic Java example.
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648);
    expect(groupCoordinatorPartition('polygenelubricants')).toBe(0);
  });

  it('hashes UTF-16 code units, as Java does', () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('a')).toBe(97);
    expect(javaStringHashCode('😀')).toBe(0xd83d * 31 + 0xde00);
  });

  it('honours a non-default offsets.topic.num.partitions and stays in range', () => {
    expect(groupCoordinatorPartition('g1', 10)).toBe(2);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 200 }), (id, n) => {
        const p = groupCoordinatorPartition(id, n);
        expect(p >= 0 && p < n).toBe(true);
      }),
    );
    expect(() => groupCoordinatorPartition('g', 0)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  assertAssignorInputs,
  compareJavaStrings,
  emptyAssignment,
  partitionsOf,
  subscribedPartitionsPerTopic,
  tpFromKey,
  tpKey,
} from './topicPartitions';

describe('topic-partition helpers', () => {
  it('round-trips a key, even for topic names with dashes and dots', () => {
    const tp = { topic: 'orders-v2.eu', partition: 11 };
    expect(tpFromKey(tpKey(tp))).toEqual(tp);
  });

  it('compares like Java: UTF-16 code units, not locale order', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareJavaStrings)).toEqual(['B', 'a', 'b', 'é']);
  });

  it('lists partitions topic by topic in the given order', () => {
    expect(partitionsOf(['y', 'x'], { x: 1, y: 2 }).map(tpKey)).toEqual(['y\u00000', 'y\u00001', 'x\u00000']);
  });

  it('keeps only subscribed topics that exist, in name order', () => {
    const members = [{ memberId: 'a', topics: ['z', 'ghost', 'b'], ownedPartitions: [] }];
    expect(subscribedPartitionsPerTopic(members, { z: 1, b: 2, other: 3 })).toEqual({ b: 2, z: 1 });
  });

  it('asserts unique member ids and sane partition counts', () => {
    const a = { memberId: 'a', topics: [], ownedPartitions: [] };
    expect(() => assertAssignorInputs([a, a], {})).toThrow(/duplicate/);
    expect(() => assertAssignorInputs([a], { t: -1 })).toThrow(RangeError);
    expect(() => assertAssignorInputs([a], { t: 1.5 })).toThrow(RangeError);
    expect(emptyAssignment(['x', 'y'])).toEqual({ x: [], y: [] });
  });
});

import { describe, expect, it } from 'vitest';
import type { Assignment, MemberSubscription } from './assignment.types';
import { rangeAssign } from './rangeAssignor';

const member = (memberId: string, topics: string[], groupInstanceId?: string): MemberSubscription => ({
  memberId,
  topics,
  ownedPartitions: [],
  ...(groupInstanceId === undefined ? {} : { groupInstanceId }),
});
/** Kafka's TopicPartition.toString ("topic-partition"), space-separated per member. */
const show = (a: Assignment) =>
  Object.fromEntries(Object.entries(a).map(([m, l]) => [m, l.map((tp) => `${tp.topic}-${tp.partition}`).join(' ')]));

describe('rangeAssign (RangeAssignor, kafka-semantics.md §3.6)', () => {
  it('javadoc: C0, C1 on t0 and t1 with 3 partitions each', () => {
    const a = rangeAssign([member('C0', ['t0', 't1']), member('C1', ['t0', 't1'])], { t0: 3, t1: 3 });
    expect(show(a)).toEqual({ C0: 't0-0 t0-1 t1-0 t1-1', C1: 't0-2 t1-2' });
  });

  it('RangeAssignorTest.testMultipleConsumersMixedTopics', () => {
    const a = rangeAssign(
      [member('consumer1', ['topic1']), member('consumer2', ['topic1', 'topic2']), member('consumer3', ['topic1'])],
      { topic1: 3, topic2: 2 },
    );
    expect(show(a)).toEqual({
      consumer1: 'topic1-0',
      consumer2: 'topic1-1 topic2-0 topic2-1',
      consumer3: 'topic1-2',
    });
  });

  it('RangeAssignorTest.testStaticMemberRangeAssignmentPersistent: static members sort by group.instance.id', () => {
    // Member ids deliberately sort the other way round: the instance ids decide.
    const members = [
      member('m-d', ['t1', 't2'], 'instance1'),
      member('m-c', ['t1', 't2'], 'instance2'),
      member('m-b', ['t1', 't2'], 'instance3'),
      member('m-a', ['t1', 't2'], 'instance4'),
    ];
    const a = rangeAssign(members, { t1: 5, t2: 4 });
    expect(show(a)).toEqual({ 'm-d': 't1-0 t1-1 t2-0', 'm-c': 't1-2 t2-1', 'm-b': 't1-3 t2-2', 'm-a': 't1-4 t2-3' });
  });

  it('static members come before dynamic ones (MemberInfo.compareTo)', () => {
    const a = rangeAssign([member('a', ['t']), member('z', ['t'], 'static')], { t: 3 });
    expect(show(a)).toEqual({ z: 't-0 t-1', a: 't-2' });
  });

  it('computed: 3 consumers on 7 partitions', () => {
    const a = rangeAssign(['c1', 'c2', 'c3'].map((id) => member(id, ['t'])), { t: 7 });
    expect(show(a)).toEqual({ c1: 't-0 t-1 t-2', c2: 't-3 t-4', c3: 't-5 t-6' });
  });

  it('computed: 4 consumers on 3 partitions leave c4 idle', () => {
    const a = rangeAssign(['c1', 'c2', 'c3', 'c4'].map((id) => member(id, ['t'])), { t: 3 });
    expect(show(a)).toEqual({ c1: 't-0', c2: 't-1', c3: 't-2', c4: '' });
  });

  it('computed: member ids sort as strings, so c10 < c2 < c9', () => {
    const a = rangeAssign(['c2', 'c9', 'c10'].map((id) => member(id, ['t'])), { t: 4 });
    expect(Object.keys(a)).toEqual(['c10', 'c2', 'c9']);
    expect(show(a)).toEqual({ c10: 't-0 t-1', c2: 't-2', c9: 't-3' });
  });

  it('§6 item 22: 6 partitions over c1..c3, then c3 leaves and partition 2 moves (range is not sticky)', () => {
    const before = rangeAssign(['c1', 'c2', 'c3'].map((id) => member(id, ['t'])), { t: 6 });
    expect(show(before)).toEqual({ c1: 't-0 t-1', c2: 't-2 t-3', c3: 't-4 t-5' });
    const after = rangeAssign(['c1', 'c2'].map((id) => member(id, ['t'])), { t: 6 });
    expect(show(after)).toEqual({ c1: 't-0 t-1 t-2', c2: 't-3 t-4 t-5' });
  });

  it('ignores topics nobody subscribes to and subscriptions to missing topics', () => {
    const a = rangeAssign([member('a', ['t', 'ghost']), member('b', ['t'])], { t: 2, other: 5 });
    expect(show(a)).toEqual({ a: 't-0', b: 't-1' });
  });

  it('rejects duplicate member ids', () => {
    expect(() => rangeAssign([member('a', ['t']), member('a', ['t'])], { t: 1 })).toThrow(/duplicate/);
  });
});

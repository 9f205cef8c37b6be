import { describe, expect, it } from 'vitest';
import type { Assignment, MemberSubscription } from './assignment.types';
import { roundRobinAssign } from './roundRobinAssignor';

const member = (memberId: string, topics: string[], groupInstanceId?: string): MemberSubscription => ({
  memberId,
  topics,
  ownedPartitions: [],
  ...(groupInstanceId === undefined ? {} : { groupInstanceId }),
});
const show = (a: Assignment) =>
  Object.fromEntries(Object.entries(a).map(([m, l]) => [m, l.map((tp) => `${tp.topic}-${tp.partition}`).join(' ')]));

describe('roundRobinAssign (RoundRobinAssignor, kafka-semantics.md §3.6)', () => {
  it('javadoc and §6 item 23: C0, C1 on t0 and t1 with 3 partitions each', () => {
    const a = roundRobinAssign([member('C0', ['t0', 't1']), member('C1', ['t0', 't1'])], { t0: 3, t1: 3 });
    expect(show(a)).toEqual({ C0: 't0-0 t0-2 t1-1', C1: 't0-1 t1-0 t1-2' });
  });

  it('javadoc: mixed subscriptions skip members that do not subscribe', () => {
    const a = roundRobinAssign(
      [member('C0', ['t0']), member('C1', ['t0', 't1']), member('C2', ['t0', 't1', 't2'])],
      { t0: 1, t1: 2, t2: 3 },
    );
    expect(show(a)).toEqual({ C0: 't0-0', C1: 't1-0', C2: 't1-1 t2-0 t2-1 t2-2' });
  });

  it('computed: 3 consumers on 7 partitions', () => {
    const a = roundRobinAssign(['c1', 'c2', 'c3'].map((id) => member(id, ['t'])), { t: 7 });
    expect(show(a)).toEqual({ c1: 't-0 t-3 t-6', c2: 't-1 t-4', c3: 't-2 t-5' });
  });

  it('deals across topics in name order with member ids as strings', () => {
    const a = roundRobinAssign(['c2', 'c10'].map((id) => member(id, ['b', 'a'])), { b: 1, a: 2 });
    expect(show(a)).toEqual({ c10: 'a-0 b-0', c2: 'a-1' });
  });

  it('puts static members first', () => {
    const a = roundRobinAssign([member('a', ['t']), member('b', ['t'], 'x')], { t: 3 });
    expect(show(a)).toEqual({ b: 't-0 t-2', a: 't-1' });
  });

  it('gives every member an entry even with nothing to assign', () => {
    expect(roundRobinAssign([member('a', ['none'])], { t: 2 })).toEqual({ a: [] });
    expect(roundRobinAssign([], { t: 2 })).toEqual({});
  });
});

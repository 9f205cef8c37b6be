import { describe, expect, it } from 'vitest';
import type { MemberSubscription } from './assignment.types';
import { compareMembers } from './memberOrder';

const m = (memberId: string, groupInstanceId?: string): MemberSubscription => ({
  memberId,
  topics: [],
  ownedPartitions: [],
  ...(groupInstanceId === undefined ? {} : { groupInstanceId }),
});
const order = (members: MemberSubscription[]) => [...members].sort(compareMembers).map((x) => x.memberId);

describe('compareMembers (AbstractPartitionAssignor.MemberInfo.compareTo)', () => {
  it('orders dynamic members by member id as plain strings', () => {
    expect(order([m('c9'), m('c2'), m('c10')])).toEqual(['c10', 'c2', 'c9']);
    expect(order([m('b'), m('B'), m('a')])).toEqual(['B', 'a', 'b']); // code units, not locale
  });

  it('puts static members first, ordered by group.instance.id', () => {
    expect(order([m('a'), m('z', 'i2'), m('y', 'i1')])).toEqual(['y', 'z', 'a']);
  });
});

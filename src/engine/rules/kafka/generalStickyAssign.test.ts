import { describe, expect, it } from 'vitest';
import type { MemberSubscription, TopicPartitionRef } from './assignment.types';
import { generalStickyAssign } from './generalStickyAssign';

const tp = (partition: number, topic = 't'): TopicPartitionRef => ({ topic, partition });
const member = (memberId: string, topics: string[], owned: TopicPartitionRef[] = []): MemberSubscription => ({
  memberId,
  topics,
  ownedPartitions: owned,
});
const run = (members: MemberSubscription[], sizes: Record<string, number>) =>
  Object.fromEntries(
    generalStickyAssign(members, new Map(members.map((m) => [m.memberId, [...m.ownedPartitions]])), sizes, -1),
  );

describe('generalStickyAssign (GeneralAssignmentBuilder)', () => {
  it('fills topics with the fewest potential members first', () => {
    // u has one subscriber (B), so B takes u before anyone competes for t.
    expect(run([member('A', ['t']), member('B', ['t', 'u'])], { t: 2, u: 2 })).toEqual({
      A: [tp(0), tp(1)],
      B: [tp(0, 'u'), tp(1, 'u')],
    });
  });

  it('leaves a member that cannot change untouched and balances the others', () => {
    const members = [member('A', ['u'], [tp(0, 'u')]), member('B', ['t'], [tp(0), tp(1), tp(2)]), member('C', ['t'])];
    expect(run(members, { t: 3, u: 1 })).toEqual({ A: [tp(0, 'u')], B: [tp(1), tp(2)], C: [tp(0)] });
  });

  it('takes back a partition whose owner unsubscribed from its topic', () => {
    const members = [member('A', ['u'], [tp(0), tp(0, 'u')]), member('B', ['t', 'u'])];
    expect(run(members, { t: 1, u: 1 })).toEqual({ A: [tp(0, 'u')], B: [tp(0)] });
  });
});

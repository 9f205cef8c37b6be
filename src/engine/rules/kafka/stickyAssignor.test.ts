import { describe, expect, it } from 'vitest';
import type { Assignment, MemberSubscription, TopicPartitionRef } from './assignment.types';
import { collectOwnedPartitions } from './collectOwnedPartitions';
import { generalStickyAssign } from './generalStickyAssign';
import { stickyAssign, stickyAssignWithTransfers, toAssignment } from './stickyAssignor';

/** "t0-1 t2-0" → partitions (Kafka's TopicPartition.toString form). */
const tps = (s: string): TopicPartitionRef[] =>
  s
    .split(' ')
    .filter(Boolean)
    .map((x) => ({ topic: x.slice(0, x.lastIndexOf('-')), partition: Number(x.slice(x.lastIndexOf('-') + 1)) }));
const show = (a: Assignment) =>
  Object.fromEntries(Object.entries(a).map(([m, l]) => [m, l.map((tp) => `${tp.topic}-${tp.partition}`).join(' ')]));
const member = (memberId: string, topics: string[], owned = '', generation?: number): MemberSubscription => ({
  memberId,
  topics,
  ownedPartitions: tps(owned),
  ...(generation === undefined ? {} : { generation }),
});
/** The next generation's subscriptions: everyone reports what it was just given. */
const rejoin = (a: Assignment, topics: Record<string, string[]>, generation: number) =>
  Object.keys(topics).map((id) => ({
    memberId: id,
    topics: topics[id],
    ownedPartitions: a[id] ?? [],
    generation,
  }));

const T4 = ['t0', 't1', 't2', 't3'];
const EXAMPLE1 = { t0: 2, t1: 2, t2: 2, t3: 2 };

describe('stickyAssign: StickyAssignor javadoc Example 1 (identical subscriptions)', () => {
  const fresh = stickyAssign(['C0', 'C1', 'C2'].map((id) => member(id, T4)), EXAMPLE1);

  it('a fresh assignment equals round-robin', () => {
    expect(show(fresh)).toEqual({ C0: 't0-0 t1-1 t3-0', C1: 't0-1 t2-0 t3-1', C2: 't1-0 t2-1' });
  });

  it('after C1 leaves, C0 and C2 keep everything they had and split C1’s partitions (trunk algorithm)', () => {
    const after = stickyAssign(rejoin(fresh, { C0: T4, C2: T4 }, 1), EXAMPLE1);
    // ConstrainedAssignmentBuilder (Kafka ≥ 2.8): kept partitions sorted by partition then topic,
    // then C1's t0-1, t2-0, t3-1 dealt round-robin over [C0, C2] until both reach 4.
    expect(show(after)).toEqual({ C0: 't0-0 t3-0 t1-1 t0-1', C2: 't1-0 t2-1 t2-0 t3-1' });
  });

  it('the javadoc’s literal answer is the general algorithm’s (the only one before Kafka 2.8)', () => {
    const members = rejoin(fresh, { C0: T4, C2: T4 }, 1);
    const collected = collectOwnedPartitions(members, EXAMPLE1);
    const general = generalStickyAssign(members, collected.owned, EXAMPLE1, collected.maxGeneration);
    expect(show(toAssignment(general))).toEqual({ C0: 't0-0 t1-1 t3-0 t2-0', C2: 't1-0 t2-1 t0-1 t3-1' });
  });
});

describe('stickyAssign: StickyAssignor javadoc Example 2 (general algorithm)', () => {
  const topics = { C0: ['t0'], C1: ['t0', 't1'], C2: ['t0', 't1', 't2'] };
  const sizes = { t0: 1, t1: 2, t2: 3 };
  const fresh = stickyAssign(
    Object.entries(topics).map(([id, t]) => member(id, t)),
    sizes,
  );

  it('fresh: C0 [t0p0], C1 [t1p0, t1p1], C2 [t2p0, t2p1, t2p2]', () => {
    expect(show(fresh)).toEqual({ C0: 't0-0', C1: 't1-0 t1-1', C2: 't2-0 t2-1 t2-2' });
  });

  it('after C0 leaves: C1 [t1p0, t1p1, t0p0], C2 unchanged', () => {
    const after = stickyAssign(rejoin(fresh, { C1: topics.C1, C2: topics.C2 }, 1), sizes);
    expect(show(after)).toEqual({ C1: 't1-0 t1-1 t0-0', C2: 't2-0 t2-1 t2-2' });
  });
});

describe('stickyAssign: constrained details', () => {
  it('who keeps maxQuota follows Java HashMap order, not member-id order', () => {
    // Java's HashMap walks c3, c4, c1, c2 ("c3" hashes into bucket 0, "c1" into 14).
    const members = [
      member('c1', ['t'], 't-0 t-1 t-2', 1),
      member('c2', ['t'], 't-3 t-4 t-5', 1),
      member('c3', ['t'], 't-6 t-7 t-8', 1),
      member('c4', ['t']),
    ];
    const a = stickyAssign(members, { t: 9 });
    expect(show(a)).toEqual({ c1: 't-0 t-1', c2: 't-3 t-4', c3: 't-6 t-7 t-8', c4: 't-2 t-5' });
  });

  it('reports the partitions it takes from another live member', () => {
    const out = stickyAssignWithTransfers([member('C1', ['t'], 't-0 t-1 t-2'), member('C2', ['t'])], { t: 3 });
    expect([...(out.transferring ?? new Map())]).toEqual([['t\u00002', 'C2']]);
  });

  it('a higher generation wins a contested partition', () => {
    const higher = stickyAssign([member('a', ['t'], 't-0', 2), member('b', ['t'], 't-0', 1)], { t: 2 });
    expect(show(higher)).toEqual({ a: 't-0', b: 't-1' });
  });

  it('drops owned partitions of topics that no longer exist or are not subscribed', () => {
    const a = stickyAssign([member('a', ['t'], 'gone-0 t-1'), member('b', ['t'])], { t: 2 });
    expect(show(a)).toEqual({ a: 't-1', b: 't-0' });
  });

  it('handles no members and topics with no partitions', () => {
    expect(stickyAssign([], { t: 3 })).toEqual({});
    expect(stickyAssign([member('a', ['t'])], { t: 0 })).toEqual({ a: [] });
  });
});

describe('stickyAssign: general details', () => {
  it('moves one partition to balance a newcomer with a wider subscription', () => {
    const a = stickyAssign([member('A', ['t'], 't-0 t-1 t-2 t-3'), member('B', ['t', 'u'])], { t: 4, u: 2 });
    expect(show(a)).toEqual({ A: 't-1 t-2 t-3', B: 'u-0 u-1 t-0' });
  });

  it('revokes a partition of a topic its owner unsubscribed from', () => {
    const a = stickyAssign([member('A', ['u'], 't-0 u-0'), member('B', ['t', 'u'])], { t: 1, u: 1 });
    expect(show(a)).toEqual({ A: 'u-0', B: 't-0' });
  });

  it('hands a partition back to its previous-generation owner rather than the least-loaded member', () => {
    // B owned t-0 in generation 1; A claims it (and five more) in generation 2; C is new.
    const a = stickyAssign(
      [member('A', ['t'], 't-0 t-1 t-2 t-3 t-4 t-5', 2), member('B', ['t', 'u'], 't-0 u-0', 1), member('C', ['t'])],
      { t: 6, u: 1 },
    );
    expect(show(a)).toEqual({ A: 't-3 t-4 t-5', B: 'u-0 t-0', C: 't-1 t-2' });
  });

  it('moves the first partition that unbalances, even if another one has a previous owner', () => {
    const a = stickyAssign(
      [member('A', ['t'], 't-0 t-1 t-2 t-3', 2), member('B', ['t', 'u'], 't-1', 1)],
      { t: 4, u: 1 },
    );
    expect(show(a)).toEqual({ A: 't-1 t-2 t-3', B: 'u-0 t-0' });
  });
});

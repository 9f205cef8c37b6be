import { describe, expect, it } from 'vitest';
import type { Assignment, MemberSubscription, TopicPartitionRef } from './assignment.types';
import { cooperativeStickyAssign } from './cooperativeStickyAssignor';
import { revokedPartitions } from './revokedPartitions';
import { stickyAssign } from './stickyAssignor';

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
const rejoin = (a: Assignment, topics: Record<string, string[]>, generation: number) =>
  Object.keys(topics).map((id) => ({ memberId: id, topics: topics[id], ownedPartitions: a[id] ?? [], generation }));

describe('cooperativeStickyAssign (CooperativeStickyAssignor, §3.6 and §6 item 24)', () => {
  it('two-phase hand-over: C1 owns t-0..t-2, C2 joins', () => {
    const round1 = cooperativeStickyAssign([member('C1', ['t'], 't-0 t-1 t-2', 1), member('C2', ['t'])], { t: 3 });
    // Generation N: C1 keeps t-0 and t-1 and must revoke t-2; C2 gets nothing yet.
    expect(show(round1)).toEqual({ C1: 't-0 t-1', C2: '' });
    expect(show(revokedPartitions({ C1: tps('t-0 t-1 t-2'), C2: [] }, round1))).toEqual({ C1: 't-2', C2: '' });
    // Generation N+1: C1 rejoins owning only t-0, t-1; t-2 is free and goes to C2.
    const round2 = cooperativeStickyAssign(rejoin(round1, { C1: ['t'], C2: ['t'] }, 2), { t: 3 });
    expect(show(round2)).toEqual({ C1: 't-0 t-1', C2: 't-2' });
    expect(show(revokedPartitions(round1, round2))).toEqual({ C1: '', C2: '' });
  });

  it('the eager sticky assignor would hand t-2 over in one step', () => {
    const eager = stickyAssign([member('C1', ['t'], 't-0 t-1 t-2', 1), member('C2', ['t'])], { t: 3 });
    expect(show(eager)).toEqual({ C1: 't-0 t-1', C2: 't-2' });
  });

  it('assigns partitions of a member that left at once: nobody has to revoke them', () => {
    const a = cooperativeStickyAssign(
      [member('C1', ['t'], 't-0 t-1', 1), member('C3', ['t'])], // C2 (t-2, t-3) has left
      { t: 4 },
    );
    expect(show(a)).toEqual({ C1: 't-0 t-1', C3: 't-2 t-3' });
  });

  it('holds back a partition two members claimed in the same generation', () => {
    const a = cooperativeStickyAssign([member('a', ['t'], 't-0', 1), member('b', ['t'], 't-0 t-1', 1)], { t: 2 });
    expect(show(a)).toEqual({ a: '', b: 't-1' });
  });

  it('general case (unequal subscriptions): computes the transfers from owned vs assigned', () => {
    const members = [member('A', ['t'], 't-0 t-1 t-2 t-3'), member('B', ['t', 'u'])];
    const round1 = cooperativeStickyAssign(members, { t: 4, u: 2 });
    expect(show(round1)).toEqual({ A: 't-1 t-2 t-3', B: 'u-0 u-1' });
    const round2 = cooperativeStickyAssign(rejoin(round1, { A: ['t'], B: ['t', 'u'] }, 2), { t: 4, u: 2 });
    expect(show(round2)).toEqual({ A: 't-1 t-2 t-3', B: 'u-0 u-1 t-0' });
  });

  it('Example 1 under the cooperative protocol: C1 leaving needs only one round', () => {
    const T4 = ['t0', 't1', 't2', 't3'];
    const sizes = { t0: 2, t1: 2, t2: 2, t3: 2 };
    const fresh = cooperativeStickyAssign(['C0', 'C1', 'C2'].map((id) => member(id, T4)), sizes);
    expect(show(fresh)).toEqual({ C0: 't0-0 t1-1 t3-0', C1: 't0-1 t2-0 t3-1', C2: 't1-0 t2-1' });
    const after = cooperativeStickyAssign(rejoin(fresh, { C0: T4, C2: T4 }, 1), sizes);
    expect(show(after)).toEqual({ C0: 't0-0 t3-0 t1-1 t0-1', C2: 't1-0 t2-1 t2-0 t3-1' });
  });
});

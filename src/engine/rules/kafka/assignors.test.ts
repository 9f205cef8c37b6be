import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  type AssignorName,
  assignPartitions,
  type MemberSubscription,
  REBALANCE_PROTOCOL,
  revokedPartitions,
} from './assignors';

const TOPICS = ['t0', 't1', 't2', 't3'];
const IDS = ['c1', 'c2', 'c9', 'c10', 'A', 'B', 'consumer-7'];
const STRATEGIES: AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
const key = (tp: { topic: string; partition: number }) => `${tp.topic}-${tp.partition}`;

interface Group {
  members: MemberSubscription[];
  partitionsPerTopic: Record<string, number>;
}

/** Random groups; owned partitions form a valid previous assignment (one owner each, one generation). */
const groupArb = (identical: boolean): fc.Arbitrary<Group> =>
  fc
    .record({
      counts: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
      ids: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 6 }),
      subs: fc.array(fc.subarray(TOPICS, { minLength: 1 }), { minLength: 6, maxLength: 6 }),
      owners: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 24, maxLength: 24 }),
    })
    .map(({ counts, ids, subs, owners }) => {
      const partitionsPerTopic = Object.fromEntries(TOPICS.map((t, i) => [t, counts[i]]));
      const members = ids.map((memberId, i) => ({
        memberId,
        topics: identical ? subs[0] : subs[i],
        ownedPartitions: [] as { topic: string; partition: number }[],
        generation: 1,
      }));
      TOPICS.forEach((topic, ti) => {
        for (let partition = 0; partition < counts[ti]; partition++) {
          const owner = members[owners[ti * 6 + partition]];
          if (owner) owner.ownedPartitions.push({ topic, partition });
        }
      });
      return { members, partitionsPerTopic };
    });

function expectedPartitions({ members, partitionsPerTopic }: Group): Set<string> {
  const subscribed = new Set(members.flatMap((m) => m.topics));
  const out = new Set<string>();
  for (const [topic, n] of Object.entries(partitionsPerTopic)) {
    if (subscribed.has(topic)) for (let p = 0; p < n; p++) out.add(`${topic}-${p}`);
  }
  return out;
}

/** Each partition at most once, only to a member subscribed to its topic; returns the assigned keys. */
function checkValid(group: Group, a: Assignment): Set<string> {
  expect(Object.keys(a).sort()).toEqual(group.members.map((m) => m.memberId).sort());
  const seen = new Set<string>();
  for (const m of group.members) {
    for (const tp of a[m.memberId]) {
      expect(m.topics).toContain(tp.topic);
      expect(seen.has(key(tp))).toBe(false);
      seen.add(key(tp));
    }
  }
  return seen;
}

const counts = (a: Assignment) => Object.values(a).map((l) => l.length);
const spread = (a: Assignment) => Math.max(...counts(a)) - Math.min(...counts(a));

describe('assignPartitions', () => {
  it('dispatches to each built-in assignor by its partition.assignment.strategy name', () => {
    const members = ['C0', 'C1'].map((memberId) => ({ memberId, topics: ['t0', 't1'], ownedPartitions: [] }));
    const sizes = { t0: 3, t1: 3 };
    expect(assignPartitions('range', members, sizes).C1.map(key)).toEqual(['t0-2', 't1-2']);
    expect(assignPartitions('roundrobin', members, sizes).C1.map(key)).toEqual(['t0-1', 't1-0', 't1-2']);
    expect(assignPartitions('sticky', members, sizes).C1.map(key)).toEqual(['t0-1', 't1-0', 't1-2']);
    expect(assignPartitions('cooperative-sticky', members, sizes).C1.map(key)).toEqual(['t0-1', 't1-0', 't1-2']);
    expect(() => assignPartitions('nope' as AssignorName, members, sizes)).toThrow(/unknown/);
    expect(REBALANCE_PROTOCOL['cooperative-sticky']).toBe('COOPERATIVE');
  });

  it.each(STRATEGIES)('%s: every subscribed partition goes to exactly one subscribed member', (strategy) => {
    fc.assert(
      fc.property(fc.oneof(groupArb(true), groupArb(false)), (group) => {
        const a = assignPartitions(strategy, group.members, group.partitionsPerTopic);
        const assigned = checkValid(group, a);
        const expected = expectedPartitions(group);
        if (strategy !== 'cooperative-sticky') {
          expect([...assigned].sort()).toEqual([...expected].sort());
          return;
        }
        // Cooperative: a partition may be held back only while a live member still owns it.
        for (const k of expected) {
          if (assigned.has(k)) continue;
          const owner = group.members.find((m) => m.ownedPartitions.some((tp) => key(tp) === k));
          expect(owner).toBeDefined();
          expect(a[owner!.memberId].map(key)).not.toContain(k);
        }
      }),
    );
  });

  it.each(['roundrobin', 'sticky'] as const)('%s: identical subscriptions give counts within 1', (strategy) => {
    fc.assert(
      fc.property(groupArb(true), (group) => {
        expect(spread(assignPartitions(strategy, group.members, group.partitionsPerTopic))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each(['sticky', 'cooperative-sticky'] as const)('%s: members keep owned partitions up to minQuota', (strategy) => {
    fc.assert(
      fc.property(groupArb(true), ({ members, partitionsPerTopic }) => {
        const a = assignPartitions(strategy, members, partitionsPerTopic);
        const total = members[0].topics.reduce((n, t) => n + partitionsPerTopic[t], 0);
        const minQuota = Math.floor(total / members.length);
        for (const m of members) {
          const mine = new Set(a[m.memberId].map(key));
          const kept = m.ownedPartitions.filter((tp) => mine.has(key(tp))).length;
          const valid = m.ownedPartitions.filter((tp) => m.topics.includes(tp.topic)).length;
          expect(kept).toBeGreaterThanOrEqual(Math.min(valid, minQuota));
        }
      }),
    );
  });

  it('cooperative-sticky: the follow-up rebalance completes, balances and revokes nothing', () => {
    fc.assert(
      fc.property(groupArb(true), (group) => {
        const round1 = assignPartitions('cooperative-sticky', group.members, group.partitionsPerTopic);
        const rejoined = group.members.map((m) => ({ ...m, ownedPartitions: round1[m.memberId], generation: 2 }));
        const round2 = assignPartitions('cooperative-sticky', rejoined, group.partitionsPerTopic);
        const assigned = checkValid(group, round2);
        expect([...assigned].sort()).toEqual([...expectedPartitions(group)].sort());
        expect(spread(round2)).toBeLessThanOrEqual(1);
        expect(Object.values(revokedPartitions(round1, round2)).flat()).toEqual([]);
        // Cooperative never takes a partition away and gives it out in the same round.
        const revoked = new Set(
          Object.values(
            revokedPartitions(Object.fromEntries(group.members.map((m) => [m.memberId, m.ownedPartitions])), round1),
          )
            .flat()
            .map(key),
        );
        for (const list of Object.values(round1)) for (const tp of list) expect(revoked.has(key(tp))).toBe(false);
      }),
    );
  });

  it.each(STRATEGIES)('%s: member order does not matter and inputs are not mutated', (strategy) => {
    fc.assert(
      fc.property(fc.oneof(groupArb(true), groupArb(false)), fc.integer(), (group, seed) => {
        const frozen = structuredClone(group);
        const shuffled = [...group.members].sort(
          (a, b) => ((a.memberId.charCodeAt(0) * seed) % 7) - ((b.memberId.charCodeAt(0) * seed) % 7),
        );
        const a = assignPartitions(strategy, group.members, group.partitionsPerTopic);
        expect(assignPartitions(strategy, shuffled, group.partitionsPerTopic)).toEqual(a);
        expect(group).toEqual(frozen);
      }),
    );
  });
});

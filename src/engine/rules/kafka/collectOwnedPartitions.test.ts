import { describe, expect, it } from 'vitest';
import type { MemberSubscription } from './assignment.types';
import { collectOwnedPartitions, DEFAULT_GENERATION } from './collectOwnedPartitions';

const member = (memberId: string, topics: string[], owned: [string, number][], generation?: number) =>
  ({
    memberId,
    topics,
    ownedPartitions: owned.map(([topic, partition]) => ({ topic, partition })),
    ...(generation === undefined ? {} : { generation }),
  }) satisfies MemberSubscription;

describe('collectOwnedPartitions (AbstractStickyAssignor.allSubscriptionsEqual)', () => {
  it('detects identical subscriptions regardless of topic order', () => {
    const out = collectOwnedPartitions([member('a', ['x', 'y'], []), member('b', ['y', 'x'], [])], { x: 1, y: 1 });
    expect(out.allSubscriptionsEqual).toBe(true);
    expect(out.maxGeneration).toBe(DEFAULT_GENERATION);
    const mixed = collectOwnedPartitions([member('a', ['x'], []), member('b', ['x', 'y'], [])], { x: 1, y: 1 });
    expect(mixed.allSubscriptionsEqual).toBe(false);
  });

  it('gives a contested partition to the higher generation', () => {
    const out = collectOwnedPartitions(
      [member('a', ['t'], [['t', 0]], 1), member('b', ['t'], [['t', 0]], 3)],
      { t: 1 },
    );
    expect(out.owned.get('a')).toEqual([]);
    expect(out.owned.get('b')).toEqual([{ topic: 't', partition: 0 }]);
    expect(out.maxGeneration).toBe(3);
    expect(out.multiplyClaimed.size).toBe(0);
  });

  it('invalidates a partition claimed twice in the same generation', () => {
    const out = collectOwnedPartitions(
      [member('a', ['t'], [['t', 0]], 1), member('b', ['t'], [['t', 0], ['t', 1]], 1)],
      { t: 2 },
    );
    expect([...out.multiplyClaimed]).toEqual(['t\u00000']);
    expect(out.owned.get('a')).toEqual([]);
    expect(out.owned.get('b')).toEqual([{ topic: 't', partition: 1 }]);
  });

  it('drops partitions of topics outside the assignment and partitions that do not exist', () => {
    const out = collectOwnedPartitions([member('a', ['t'], [['gone', 0], ['t', 5], ['t', 0]])], { t: 2 });
    expect(out.owned.get('a')).toEqual([{ topic: 't', partition: 0 }]);
  });
});

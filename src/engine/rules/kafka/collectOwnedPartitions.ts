// AbstractStickyAssignor.allSubscriptionsEqual: decides between the constrained and the general
// algorithm and, on the way, works out which previously owned partitions each member may keep.
import type { MemberSubscription, PartitionsPerTopic, TopicPartitionRef } from './assignment.types';
import { tpKey } from './topicPartitions';

/** AbstractStickyAssignor.DEFAULT_GENERATION: a member that reports no generation. */
export const DEFAULT_GENERATION = -1;

export interface OwnedPartitions {
  readonly allSubscriptionsEqual: boolean;
  /** Member id → owned partitions still valid, keys in the order the members were given. */
  readonly owned: Map<string, TopicPartitionRef[]>;
  /** Keys (tpKey) of partitions that two members claimed in the same generation. */
  readonly multiplyClaimed: Set<string>;
  readonly maxGeneration: number;
}

function sameTopics(a: ReadonlySet<string>, topics: readonly string[]): boolean {
  const b = new Set(topics);
  return a.size === b.size && [...b].every((t) => a.has(t));
}

/**
 * `members` must already be in HashMap order: conflicting claims are settled in that order.
 * Claims are settled like Kafka: the higher generation wins; two claims in the same generation
 * invalidate the partition for both. Partitions of topics outside the assignment are dropped.
 * One deliberate difference: Kafka compares against the first *non-empty* subscription, so an
 * empty subscription seen first counts as "equal"; here subscriptions are compared as sets.
 */
export function collectOwnedPartitions(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): OwnedPartitions {
  const owned = new Map<string, TopicPartitionRef[]>();
  const multiplyClaimed = new Set<string>();
  const ownerOf = new Map<string, string>();
  const generationOf = new Map(members.map((m) => [m.memberId, m.generation ?? DEFAULT_GENERATION]));
  const firstTopics = new Set(members[0]?.topics ?? []);
  let allSubscriptionsEqual = true;
  let maxGeneration = DEFAULT_GENERATION;
  const drop = (member: string, key: string) => {
    const list = owned.get(member) ?? [];
    owned.set(member, list.filter((tp) => tpKey(tp) !== key));
  };
  for (const member of members) {
    if (allSubscriptionsEqual && !sameTopics(firstTopics, member.topics)) allSubscriptionsEqual = false;
    const generation = member.generation ?? DEFAULT_GENERATION;
    maxGeneration = Math.max(maxGeneration, generation);
    const mine: TopicPartitionRef[] = [];
    owned.set(member.memberId, mine);
    for (const tp of member.ownedPartitions) {
      const count = partitionsPerTopic[tp.topic];
      if (count === undefined || tp.partition < 0 || tp.partition >= count) continue;
      const key = tpKey(tp);
      const other = ownerOf.get(key);
      if (other === undefined || other === member.memberId) {
        if (other === undefined) mine.push({ topic: tp.topic, partition: tp.partition });
        ownerOf.set(key, member.memberId);
        continue;
      }
      const otherGeneration = generationOf.get(other) ?? DEFAULT_GENERATION;
      if (generation === otherGeneration) {
        multiplyClaimed.add(key);
        drop(other, key);
        ownerOf.set(key, member.memberId);
      } else if (generation > otherGeneration) {
        mine.push({ topic: tp.topic, partition: tp.partition });
        drop(other, key);
        ownerOf.set(key, member.memberId);
      }
    }
  }
  return { allSubscriptionsEqual, owned, multiplyClaimed, maxGeneration };
}

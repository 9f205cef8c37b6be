// Small helpers over topic-partitions that every assignor needs: a map key, Kafka's orderings,
// and AbstractPartitionAssignor's rule that only subscribed, existing topics take part.
import type {
  Assignment,
  MemberSubscription,
  PartitionsPerTopic,
  TopicPartitionRef,
} from './assignment.types';

/** Java's String.compareTo: UTF-16 code units, the same order as JavaScript's `<` (not localeCompare). */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A collision-free map key: Kafka topic names cannot contain NUL. */
export function tpKey(tp: TopicPartitionRef): string {
  return `${tp.topic}\u0000${tp.partition}`;
}

export function tpFromKey(key: string): TopicPartitionRef {
  const cut = key.lastIndexOf('\u0000');
  return { topic: key.slice(0, cut), partition: Number(key.slice(cut + 1)) };
}

/** Every partition of the given topics, topics in the given order, partitions 0..n−1. */
export function partitionsOf(
  topics: readonly string[],
  partitionsPerTopic: PartitionsPerTopic,
): TopicPartitionRef[] {
  return topics.flatMap((topic) =>
    Array.from({ length: partitionsPerTopic[topic] }, (_, partition) => ({ topic, partition })),
  );
}

/**
 * AbstractPartitionAssignor.assign hands the assignor only topics that some member subscribes to
 * and that exist in the metadata; partitions of other topics are never assigned.
 */
export function subscribedPartitionsPerTopic(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): Record<string, number> {
  const subscribed = new Set(members.flatMap((m) => m.topics));
  const out: Record<string, number> = {};
  for (const topic of Object.keys(partitionsPerTopic).sort(compareJavaStrings)) {
    if (subscribed.has(topic)) out[topic] = partitionsPerTopic[topic];
  }
  return out;
}

/** Assertions on the inputs every assignor shares. */
export function assertAssignorInputs(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): void {
  const ids = new Set<string>();
  for (const m of members) {
    if (ids.has(m.memberId)) throw new Error(`duplicate member id ${JSON.stringify(m.memberId)}`);
    ids.add(m.memberId);
  }
  for (const [topic, count] of Object.entries(partitionsPerTopic)) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`topic ${topic} has an invalid partition count ${count}`);
    }
  }
}

/** Every member with an empty list, keys in the given order. */
export function emptyAssignment(memberIds: readonly string[]): Assignment {
  const out: Assignment = {};
  for (const id of memberIds) out[id] = [];
  return out;
}

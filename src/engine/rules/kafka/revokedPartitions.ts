// What each member must give up when a new assignment arrives: ConsumerCoordinator's
// onJoinComplete computes owned − assigned and calls onPartitionsRevoked with it. Under the
// cooperative protocol a non-empty result means the member rejoins for a follow-up rebalance.
import type { Assignment, TopicPartitionRef } from './assignment.types';
import { compareJavaStrings, tpKey } from './topicPartitions';

/** Member id → partitions it owned but is no longer assigned (members absent from `next` lose all). */
export function revokedPartitions(
  previous: Readonly<Record<string, readonly TopicPartitionRef[]>>,
  next: Assignment,
): Assignment {
  const out: Assignment = {};
  for (const member of Object.keys(previous).sort(compareJavaStrings)) {
    const kept = new Set((next[member] ?? []).map(tpKey));
    out[member] = previous[member]
      .filter((tp) => !kept.has(tpKey(tp)))
      .map((tp) => ({ topic: tp.topic, partition: tp.partition }));
  }
  return out;
}

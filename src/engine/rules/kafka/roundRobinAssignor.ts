// RoundRobinAssignor ("roundrobin"): all partitions of all subscribed topics (topics sorted, as
// the TreeSet in allPartitionsSorted) dealt one by one around a circle of members sorted by
// MemberInfo; a member not subscribed to a partition's topic is skipped.
import type { Assignment, MemberSubscription, PartitionsPerTopic } from './assignment.types';
import { compareMembers } from './memberOrder';
import {
  assertAssignorInputs,
  emptyAssignment,
  partitionsOf,
  subscribedPartitionsPerTopic,
} from './topicPartitions';

export function roundRobinAssign(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): Assignment {
  assertAssignorInputs(members, partitionsPerTopic);
  const sorted = [...members].sort(compareMembers);
  const assignment = emptyAssignment(sorted.map((m) => m.memberId));
  const topics = subscribedPartitionsPerTopic(members, partitionsPerTopic);
  // CircularIterator: the position survives from one partition to the next.
  let next = 0;
  for (const tp of partitionsOf(Object.keys(topics), topics)) {
    // A subscriber exists: subscribedPartitionsPerTopic kept only subscribed topics.
    while (!sorted[next].topics.includes(tp.topic)) next = (next + 1) % sorted.length;
    assignment[sorted[next].memberId].push(tp);
    next = (next + 1) % sorted.length;
  }
  return assignment;
}

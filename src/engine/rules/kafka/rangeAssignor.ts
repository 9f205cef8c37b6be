// RangeAssignor ("range", the default strategy): each topic on its own, partitions laid out in
// order and cut into consecutive ranges over the members subscribed to that topic, sorted by
// MemberInfo. The first P % C members get one extra partition; members beyond P stay idle.
// Rack-aware placement (3.5+) is not modelled: the simulator has no client racks.
import type { Assignment, MemberSubscription, PartitionsPerTopic } from './assignment.types';
import { compareMembers } from './memberOrder';
import { assertAssignorInputs, emptyAssignment, subscribedPartitionsPerTopic } from './topicPartitions';

export function rangeAssign(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): Assignment {
  assertAssignorInputs(members, partitionsPerTopic);
  const sorted = [...members].sort(compareMembers);
  const assignment = emptyAssignment(sorted.map((m) => m.memberId));
  const topics = subscribedPartitionsPerTopic(members, partitionsPerTopic);
  // Topics in name order, so each member's list reads t0 before t1 (the javadoc's listing).
  for (const [topic, partitionCount] of Object.entries(topics)) {
    const consumers = sorted.filter((m) => m.topics.includes(topic));
    const perConsumer = Math.floor(partitionCount / consumers.length);
    const withExtra = partitionCount % consumers.length;
    consumers.forEach((member, i) => {
      const start = perConsumer * i + Math.min(i, withExtra);
      const length = perConsumer + (i < withExtra ? 1 : 0);
      for (let partition = start; partition < start + length; partition++) {
        assignment[member.memberId].push({ topic, partition });
      }
    });
  }
  return assignment;
}

// StickyAssignor ("sticky", eager) on top of AbstractStickyAssignor: as balanced as possible
// first, then as few moves as possible. Identical subscriptions take the constrained algorithm,
// anything else the general one, exactly as AbstractStickyAssignor.assignPartitions chooses.
import type {
  Assignment,
  MemberSubscription,
  PartitionsPerTopic,
  TopicPartitionRef,
} from './assignment.types';
import { collectOwnedPartitions } from './collectOwnedPartitions';
import { constrainedStickyAssign, type StickyOutcome } from './constrainedStickyAssign';
import { generalStickyAssign } from './generalStickyAssign';
import { javaHashMapOrder } from './javaHashMapOrder';
import { assertAssignorInputs, compareJavaStrings, subscribedPartitionsPerTopic } from './topicPartitions';

export type { StickyOutcome };

/**
 * The sticky computation plus, for the constrained case, the partitions taken from another live
 * member (AbstractStickyAssignor.partitionsTransferringOwnership; null in the general case).
 */
export function stickyAssignWithTransfers(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): StickyOutcome {
  assertAssignorInputs(members, partitionsPerTopic);
  if (members.length === 0) return { assignment: new Map(), transferring: new Map() };
  const topics = subscribedPartitionsPerTopic(members, partitionsPerTopic);
  // The group leader sees the subscriptions in HashMap order; it matters for who keeps maxQuota.
  const byId = new Map(members.map((m) => [m.memberId, m]));
  const ids = [...byId.keys()].sort(compareJavaStrings);
  const ordered = javaHashMapOrder(ids).map((id) => byId.get(id)!);
  const collected = collectOwnedPartitions(ordered, topics);
  if (collected.allSubscriptionsEqual) {
    return constrainedStickyAssign(collected.owned, topics, collected.multiplyClaimed);
  }
  return {
    assignment: generalStickyAssign(ordered, collected.owned, topics, collected.maxGeneration),
    transferring: null,
  };
}

/** Member id → partitions, members in id order, each list in the order the algorithm built it. */
export function toAssignment(assignment: Map<string, readonly TopicPartitionRef[]>): Assignment {
  const out: Assignment = {};
  for (const id of [...assignment.keys()].sort(compareJavaStrings)) {
    out[id] = assignment.get(id)!.map((tp) => ({ topic: tp.topic, partition: tp.partition }));
  }
  return out;
}

export function stickyAssign(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): Assignment {
  return toAssignment(stickyAssignWithTransfers(members, partitionsPerTopic).assignment);
}

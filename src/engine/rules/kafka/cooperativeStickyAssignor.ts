// CooperativeStickyAssignor ("cooperative-sticky"): the sticky assignment, minus every partition
// that would move from one live member to another (adjustAssignment). The old owner sees it
// missing, revokes it and rejoins; the follow-up rebalance hands it to the new owner. Partitions
// of members that left, or nobody owned, are assigned at once.
import type { Assignment, MemberSubscription, PartitionsPerTopic, TopicPartitionRef } from './assignment.types';
import { stickyAssignWithTransfers, toAssignment } from './stickyAssignor';
import { tpKey } from './topicPartitions';

/**
 * computePartitionsTransferringOwnership (general case): partitions newly assigned to one member
 * that another member reported as owned and is now losing.
 */
function partitionsTransferringOwnership(
  members: readonly MemberSubscription[],
  assignment: Map<string, TopicPartitionRef[]>,
): Map<string, string> {
  const added = new Map<string, string>();
  const revoked = new Set<string>();
  for (const m of members) {
    const owned = new Set(m.ownedPartitions.map(tpKey));
    const assigned = new Set((assignment.get(m.memberId) ?? []).map(tpKey));
    for (const key of assigned) if (!owned.has(key)) added.set(key, m.memberId);
    for (const key of owned) if (!assigned.has(key)) revoked.add(key);
  }
  for (const key of [...added.keys()]) if (!revoked.has(key)) added.delete(key);
  return added;
}

export function cooperativeStickyAssign(
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): Assignment {
  const { assignment, transferring } = stickyAssignWithTransfers(members, partitionsPerTopic);
  const moving = transferring ?? partitionsTransferringOwnership(members, assignment);
  for (const [key, newOwner] of moving) {
    const list = assignment.get(newOwner);
    if (list) assignment.set(newOwner, list.filter((tp) => tpKey(tp) !== key));
  }
  return toAssignment(assignment);
}

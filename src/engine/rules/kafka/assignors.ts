// The consumer-group assignment step the group leader runs (ConsumerCoordinator.onLeaderElected
// → the chosen ConsumerPartitionAssignor), behind one signature for the engine.
import type { Assignment, AssignorName, MemberSubscription, PartitionsPerTopic } from './assignment.types';
import { cooperativeStickyAssign } from './cooperativeStickyAssignor';
import { rangeAssign } from './rangeAssignor';
import { roundRobinAssign } from './roundRobinAssignor';
import { stickyAssign } from './stickyAssignor';

export type { Assignment, AssignorName, MemberSubscription, PartitionsPerTopic };
export type { TopicPartitionRef } from './assignment.types';
export { revokedPartitions } from './revokedPartitions';

/** Kafka's rebalance protocol per assignor: only cooperative-sticky lets members keep partitions. */
export const REBALANCE_PROTOCOL: Readonly<Record<AssignorName, 'EAGER' | 'COOPERATIVE'>> = {
  range: 'EAGER',
  roundrobin: 'EAGER',
  sticky: 'EAGER',
  'cooperative-sticky': 'COOPERATIVE',
};

const ASSIGNORS: Readonly<
  Record<AssignorName, (members: readonly MemberSubscription[], partitions: PartitionsPerTopic) => Assignment>
> = {
  range: rangeAssign,
  roundrobin: roundRobinAssign,
  sticky: stickyAssign,
  'cooperative-sticky': cooperativeStickyAssign,
};

/**
 * Assigns the partitions of the subscribed topics. Every member appears in the result (possibly
 * with no partitions); topics nobody subscribes to are left out, as in AbstractPartitionAssignor.
 */
export function assignPartitions(
  strategy: AssignorName,
  members: readonly MemberSubscription[],
  partitionsPerTopic: PartitionsPerTopic,
): Assignment {
  const assign = ASSIGNORS[strategy];
  if (assign === undefined) throw new Error(`unknown assignment strategy ${JSON.stringify(strategy)}`);
  return assign(members, partitionsPerTopic);
}

// Shared shapes of the consumer-group assignors (AbstractPartitionAssignor's inputs and output).
import type { TopicPartitionRef } from '../../view.types';

export type { TopicPartitionRef };

/** What one member sends in JoinGroup: its subscription and what it owned in the last generation. */
export interface MemberSubscription {
  readonly memberId: string;
  readonly topics: readonly string[];
  /** Cooperative: Subscription.ownedPartitions. Eager sticky: the assignment kept in its userData. */
  readonly ownedPartitions: readonly TopicPartitionRef[];
  /** The generation those partitions were owned in; absent = unknown (DEFAULT_GENERATION, −1). */
  readonly generation?: number;
  /** group.instance.id of a static member (KIP-345): sorts first in range and round-robin. */
  readonly groupInstanceId?: string;
}

/** Member id → its partitions, in the order the assignor produced them. Every member is present. */
export type Assignment = Record<string, TopicPartitionRef[]>;

/** Topic → partition count, as the group leader sees it in the metadata. */
export type PartitionsPerTopic = Readonly<Record<string, number>>;

/** The `partition.assignment.strategy` names of the built-in assignors. */
export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

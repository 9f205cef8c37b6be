// Which broker is a group's coordinator: the leader of __consumer_offsets partition
// groupCoordinatorPartition(groupId). The simulator does not replicate __consumer_offsets; it
// places it as Kafka's default assignment would (partition p on brokers p, p+1, p+2 mod N with
// offsets.topic.replication.factor 3) and lets leadership go to the first of those brokers that is
// up and unfenced. Leadership stays where it is while that broker lives (no preferred-leader
// move back), like a partition leader. Committed offsets and group metadata survive a move, as
// the replicated topic guarantees in Kafka.
import type { SimState } from '../core/state';
import { groupCoordinatorPartition } from '../rules/kafka/coordinator';

/** offsets.topic.replication.factor default (capped by the cluster size, as Kafka does at creation). */
const OFFSETS_TOPIC_REPLICATION_FACTOR = 3;

export function offsetsPartitionReplicas(state: SimState, partition: number): number[] {
  const n = state.brokers.length;
  const rf = Math.min(OFFSETS_TOPIC_REPLICATION_FACTOR, n);
  return Array.from({ length: rf }, (_, i) => ((partition + i) % n) + 1);
}

function isLive(state: SimState, id: number): boolean {
  const fenced = state.controller.brokers[String(id)]?.fenced ?? true;
  return state.brokers[id - 1].up && !fenced;
}

/** The coordinator broker of a group now, or null when every replica of its partition is down. */
export function coordinatorOf(state: SimState, groupId: string): number | null {
  const replicas = offsetsPartitionReplicas(state, groupCoordinatorPartition(groupId));
  const current = state.groups[groupId]?.hostedOn ?? null;
  if (current !== null && replicas.includes(current) && isLive(state, current)) return current;
  return replicas.find((id) => isLive(state, id)) ?? null;
}

// The sticky assignors walk the group's subscriptions in java.util.HashMap order
// (ConsumerCoordinator.onLeaderElected builds a HashMap keyed by member id). That order decides,
// for example, which members keep maxQuota partitions in AbstractStickyAssignor's
// ConstrainedAssignmentBuilder.assignOwnedPartitions, so the simulator reproduces it.
import { javaStringHashCode } from './coordinator';

/** HashMap's default capacity and load factor (java.util.HashMap). */
const DEFAULT_CAPACITY = 16;
const LOAD_FACTOR = 0.75;

/**
 * Iteration order of a default-constructed `HashMap<String, …>` holding `keys`, inserted in the
 * given order: bucket by bucket, where bucket = (h ^ (h >>> 16)) & (capacity − 1) and capacity
 * doubles once size exceeds 0.75 × capacity; keys sharing a bucket keep insertion order.
 * Not modelled: tree bins (8+ keys in one bucket) and the coordinator's own insertion order,
 * which we take to be member-id order.
 */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  let capacity = DEFAULT_CAPACITY;
  while (keys.length > capacity * LOAD_FACTOR) capacity *= 2;
  const bucketOf = (key: string) => {
    const h = javaStringHashCode(key);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  return keys
    .map((key, index) => ({ key, index, bucket: bucketOf(key) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((entry) => entry.key);
}

/**
 * Replica placement when a topic has no `assignment` (spec §1): partition p gets brokers
 * p, p+1, …, p+RF−1 (mod N, ids 1..N), the first one being the preferred leader.
 *
 * This is Kafka's rack-unaware assignment with start index 0 and replica shift 0 for the first N
 * partitions. Simplification: from partition N on, real Kafka bumps the shift by one each time p
 * wraps around the brokers (so partition N's followers skip a broker); KafkaScope keeps the same
 * formula for every partition, which is easier to predict on a whiteboard and still spreads
 * leaders evenly. Lessons that need Kafka's exact layout write an explicit `assignment`.
 */
export function defaultAssignment(
  partitions: number,
  replicationFactor: number,
  brokers: number,
  firstPartition = 0,
): number[][] {
  const result: number[][] = [];
  for (let p = firstPartition; p < partitions; p++) {
    const replicas: number[] = [];
    for (let k = 0; k < replicationFactor; k++) replicas.push(((p + k) % brokers) + 1);
    result.push(replicas);
  }
  return result;
}

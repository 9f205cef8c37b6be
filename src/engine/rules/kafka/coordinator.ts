// Which broker coordinates a consumer group: the leader of one `__consumer_offsets` partition,
// chosen from the group id's Java String.hashCode (GroupCoordinatorService.partitionFor,
// GroupMetadataManager.partitionFor). Reproduced bit for bit so students can predict it.

/** Default `offsets.topic.num.partitions` (GroupCoordinatorConfig). */
export const OFFSETS_TOPIC_PARTITIONS = 50;

/**
 * Java's String.hashCode: s[0]*31^(n-1) + … over UTF-16 code units, wrapping at 32 bits.
 * JavaScript strings are UTF-16 too, so charCodeAt sees exactly the units Java sees.
 */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  }
  return h;
}

/**
 * Utils.abs: Math.abs, except Integer.MIN_VALUE (which has no positive int) maps to 0.
 * Not Utils.toPositive, which the producer uses for keys.
 */
export function kafkaAbs(n: number): number {
  const v = n | 0;
  return v === -2147483648 ? 0 : Math.abs(v);
}

/** The `__consumer_offsets` partition whose leader is the group coordinator for `groupId`. */
export function groupCoordinatorPartition(
  groupId: string,
  offsetsTopicPartitions: number = OFFSETS_TOPIC_PARTITIONS,
): number {
  if (!Number.isInteger(offsetsTopicPartitions) || offsetsTopicPartitions < 1) {
    throw new RangeError(`offsetsTopicPartitions must be a positive integer, got ${offsetsTopicPartitions}`);
  }
  return kafkaAbs(javaStringHashCode(groupId)) % offsetsTopicPartitions;
}

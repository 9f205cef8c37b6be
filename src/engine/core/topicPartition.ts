// A topic-partition's key, "orders-0": how state, rows and views name a partition.
export type Tp = string;

/** Keys made so far, by topic and partition. A bound keeps a long-lived worker's cache small. */
const keys = new Map<string, Tp[]>();
const MAX_TOPICS_CACHED = 1024;

/**
 * The same string for the same partition every time. Replicas, positions and checker facts are
 * looked up by this key many times a step: a key built afresh is garbage, and reading a property
 * by a new string makes V8 look it up in its string table first; a key used before is found at once.
 */
export function tpKey(topic: string, partition: number): Tp {
  // The last topic's keys are at hand: a step mostly names one topic, and this runs several times
  // per event, so most calls skip the map.
  if (topic !== lastTopic) {
    let byPartition = keys.get(topic);
    if (byPartition === undefined) {
      if (keys.size >= MAX_TOPICS_CACHED) keys.clear();
      keys.set(topic, (byPartition = []));
    }
    lastTopic = topic;
    lastTopicKeys = byPartition;
  }
  return (lastTopicKeys[partition] ??= `${topic}-${partition}`);
}

let lastTopic: string | undefined;
let lastTopicKeys: Tp[] = [];

// A topic-partition's key, "orders-0": how state, rows and views name a partition.
export type Tp = string;

export function tpKey(topic: string, partition: number): Tp {
  return `${topic}-${partition}`;
}

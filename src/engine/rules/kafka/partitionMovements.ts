// AbstractStickyAssignor.PartitionMovements: remembers which partitions the general algorithm has
// moved between which members, so that when it wants to move a partition of topic T from A to B
// while an earlier move took some T partition from B to A, it moves that one back instead.
// This is what keeps the general algorithm sticky.
import type { TopicPartitionRef } from './assignment.types';
import { tpFromKey, tpKey } from './topicPartitions';

interface Move {
  readonly src: string;
  readonly dst: string;
}

const pairKey = (src: string, dst: string) => `${src}\u0000${dst}`;

export class PartitionMovements {
  /** topic → (src→dst) → partition keys that moved that way. */
  private readonly byTopic = new Map<string, Map<string, Set<string>>>();
  /** partition key → its net move so far. */
  private readonly moves = new Map<string, Move>();

  private remove(key: string): Move {
    const move = this.moves.get(key)!;
    this.moves.delete(key);
    const topic = tpFromKey(key).topic;
    const pairs = this.byTopic.get(topic)!;
    const set = pairs.get(pairKey(move.src, move.dst))!;
    set.delete(key);
    if (set.size === 0) pairs.delete(pairKey(move.src, move.dst));
    if (pairs.size === 0) this.byTopic.delete(topic);
    return move;
  }

  private add(key: string, move: Move): void {
    this.moves.set(key, move);
    const topic = tpFromKey(key).topic;
    if (!this.byTopic.has(topic)) this.byTopic.set(topic, new Map());
    const pairs = this.byTopic.get(topic)!;
    const pk = pairKey(move.src, move.dst);
    if (!pairs.has(pk)) pairs.set(pk, new Set());
    pairs.get(pk)!.add(key);
  }

  /** movePartition: record a move, collapsing A→B then B→C into A→C and A→B→A into nothing. */
  movePartition(tp: TopicPartitionRef, oldOwner: string, newOwner: string): void {
    const key = tpKey(tp);
    if (this.moves.has(key)) {
      const existing = this.remove(key);
      if (existing.src !== newOwner) this.add(key, { src: existing.src, dst: newOwner });
    } else {
      this.add(key, { src: oldOwner, dst: newOwner });
    }
  }

  /**
   * getTheActualPartitionToBeMoved. Where Kafka takes the first element of a HashSet, this takes
   * the earliest recorded one: the two can differ only when several partitions of one topic
   * moved the same way, which the small groups of a lesson rarely produce.
   */
  actualPartitionToMove(tp: TopicPartitionRef, oldOwner: string, newOwner: string): TopicPartitionRef {
    const pairs = this.byTopic.get(tp.topic);
    if (pairs === undefined) return tp;
    const earlier = this.moves.get(tpKey(tp));
    const from = earlier ? earlier.src : oldOwner;
    const reverse = pairs.get(pairKey(newOwner, from));
    if (reverse === undefined) return tp;
    return tpFromKey(reverse.values().next().value!);
  }
}

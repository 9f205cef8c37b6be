// A string-keyed map that checkpoints share instead of copying, for facts kept per record key.
// Keys get slots in the order they are first set; the key → slot index is shared by every copy of
// one history and only ever grows, and the values sit in a CowArray by slot. A copy keeps the
// index, its own count of slots and a share of the values, so a checkpoint costs a few pointers,
// and a run that keeps adding keys writes only the values' last chunk. (Spreading keys over hash
// buckets instead made every checkpoint far from the last hold its own copy of most buckets.)
import { CowArray } from './cowArray';

export class CowMap<V> {
  /** The copy the last snapshot() made, while nothing has been written since. */
  private unchangedCopy: CowMap<V> | null = null;

  constructor(
    /** Key → slot, for this map's slots below `count` (a longer history may have added more). */
    private slots = new Map<string, number>(),
    private count = 0,
    private values = new CowArray<V>(),
  ) {}

  get(key: string): V | undefined {
    const slot = this.slots.get(key);
    return slot !== undefined && slot < this.count ? this.values.get(slot) : undefined;
  }

  set(key: string, value: V): void {
    this.unchangedCopy = null;
    let slot = this.slots.get(key);
    if (slot === undefined || slot >= this.count) {
      // A new key. A replay of the same history finds it already at the next slot; a history that
      // went another way after this map's last slot gets an index of its own first.
      if (slot !== this.count) {
        if (this.slots.size !== this.count) this.slots = this.ownIndex();
        this.slots.set(key, this.count);
      }
      slot = this.count++;
    }
    this.values.set(slot, value);
  }

  get size(): number {
    return this.count;
  }

  /** A checkpoint copy: shares the index and the values; both sides copy a chunk before writing. */
  share(): CowMap<V> {
    return new CowMap(this.slots, this.count, this.values.share());
  }

  /**
   * A copy for a checkpoint: the one the previous checkpoint got when nothing has been written
   * since (checkpoints are never written, so they may share it), else a new share().
   */
  snapshot(): CowMap<V> {
    this.unchangedCopy ??= this.share();
    return this.unchangedCopy;
  }

  /** The index cut to this map's own slots. */
  private ownIndex(): Map<string, number> {
    const own = new Map<string, number>();
    for (const [key, slot] of this.slots) if (slot < this.count) own.set(key, slot);
    return own;
  }
}

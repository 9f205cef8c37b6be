// An array that checkpoints share instead of copying: a tree of small nodes (32 items a leaf, 32
// children an inner node), and share() copies nothing — both sides just stop owning any node. The
// first write to a node copies that node and the path above it, so a checkpoint costs a few
// pointers however long the array, and a step that writes one item copies one leaf and its parents
// (with a chunk list instead, every checkpoint held a pointer per 128 items: at millions of steps,
// the biggest part of a checkpoint).

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** A node of the tree: a leaf's items are values, an inner node's are nodes. */
export interface CowNode {
  /** The owner's epoch when made: an array writes in place only the nodes of its current epoch. */
  readonly epoch: number;
  readonly items: unknown[];
}

/** Epochs are handed out once each: after a share neither side's epoch matches any node. */
let nextEpoch = 1;

export class CowArray<T> {
  private root: CowNode;
  /** Levels of inner nodes above the leaves (0: the root is a leaf). */
  private depth = 0;
  private size = 0;
  private epoch = nextEpoch++;
  /** The copy the last snapshot() made, while nothing has been written since. */
  private unchangedCopy: CowArray<T> | null = null;
  /**
   * The leaf written last, and the index of its first item. Writes come in runs (a push after a
   * push, the newest sends changed again): one to this leaf again goes straight to it while the
   * leaf is of the current epoch, with no walk from the root; a read there too. forgetBefore lets it go.
   */
  private lastLeaf: CowNode | null = null;
  private lastLeafStart = 0;

  constructor(items: readonly T[] = []) {
    this.root = { epoch: this.epoch, items: [] };
    for (const item of items) this.push(item);
  }

  get length(): number {
    return this.size;
  }

  /** The tree, shared with copies: for measuring what a checkpoint holds (history/stateBytes.ts). */
  get tree(): { readonly root: CowNode; readonly depth: number } {
    return { root: this.root, depth: this.depth };
  }

  get(i: number): T | undefined {
    if (!(i >= 0 && i < this.size)) return undefined;
    // The leaf written last is the tree's own at its place (a write there copies it and keeps the copy).
    if (this.inLastLeaf(i)) return this.lastLeaf!.items[i & MASK] as T | undefined;
    let node: CowNode | undefined = this.root;
    for (let shift = this.depth * BITS; shift > 0 && node; shift -= BITS) node = node.items[(i >>> shift) & MASK] as CowNode | undefined;
    return node?.items[i & MASK] as T | undefined;
  }

  /** Writes item i, growing the array (with holes) when i is past its end. */
  set(i: number, item: T): void {
    if (this.inLastLeaf(i) && this.lastLeaf!.epoch === this.epoch && Number.isInteger(i)) {
      this.unchangedCopy = null;
      this.lastLeaf!.items[i & MASK] = item;
      if (i >= this.size) this.size = i + 1;
      return;
    }
    if (!Number.isInteger(i) || i < 0 || i >= 2 ** 30) throw new RangeError(`CowArray index ${i}`);
    this.unchangedCopy = null;
    while (i >>> (BITS * (this.depth + 1)) !== 0) {
      this.root = { epoch: this.epoch, items: [this.root] };
      this.depth++;
    }
    if (this.root.epoch !== this.epoch) this.root = { epoch: this.epoch, items: this.root.items.slice() };
    let node = this.root;
    for (let shift = this.depth * BITS; shift > 0; shift -= BITS) {
      const at = (i >>> shift) & MASK;
      let child = node.items[at] as CowNode | undefined;
      if (child === undefined) child = { epoch: this.epoch, items: [] };
      else if (child.epoch !== this.epoch) child = { epoch: this.epoch, items: child.items.slice() };
      node.items[at] = child;
      node = child;
    }
    node.items[i & MASK] = item;
    if (i >= this.size) this.size = i + 1;
    this.lastLeaf = node;
    this.lastLeafStart = i - (i & MASK);
  }

  /** Whether index i falls in the leaf written last (see lastLeaf). */
  private inLastLeaf(i: number): boolean {
    return this.lastLeaf !== null && i >= this.lastLeafStart && i < this.lastLeafStart + WIDTH;
  }

  push(item: T): void {
    this.set(this.size, item);
  }

  /**
   * Drops the items below index n, a whole leaf of 32 at a time (the leaf n falls in keeps all of
   * its items). The length and every index stay: a dropped item reads as a hole. Copies share what
   * they held before, so a checkpoint keeps the items it had.
   */
  forgetBefore(n: number): void {
    const end = Math.floor(Math.min(n, this.size) / WIDTH) * WIDTH;
    if (end === 0) return;
    this.lastLeaf = null;
    const root = this.depth === 0 ? { epoch: this.epoch, items: [] } : this.dropBelow(this.root, this.depth * BITS, end);
    if (root !== this.root) {
      this.root = root;
      this.unchangedCopy = null;
    }
  }

  /** An inner node (its children `1 << shift` items wide) with the items below `end` dropped: itself when nothing was there to drop. */
  private dropBelow(node: CowNode, shift: number, end: number): CowNode {
    const whole = end >>> shift;
    let out = node;
    const own = () => (out === node && node.epoch !== this.epoch ? { epoch: this.epoch, items: node.items.slice() } : out);
    for (let k = 0; k < whole; k++) {
      if (out.items[k] === undefined) continue;
      out = own();
      out.items[k] = undefined;
    }
    const child = out.items[whole] as CowNode | undefined;
    const rest = end - (whole << shift);
    if (shift > BITS && rest > 0 && child !== undefined) {
      const dropped = this.dropBelow(child, shift - BITS, rest);
      if (dropped !== child) {
        out = own();
        out.items[whole] = dropped;
      }
    }
    return out;
  }

  /** Calls fn for every index from `from` (0) up to length, holes included (as undefined). */
  forEach(fn: (item: T | undefined, index: number) => void, from = 0): void {
    for (let i = Math.max(0, from); i < this.size; ) {
      const leaf = this.leaf(i);
      const end = Math.min(this.size, (i | MASK) + 1);
      for (let k = i; k < end; k++) fn(leaf?.items[k & MASK] as T | undefined, k);
      i = end;
    }
  }

  /** A plain copy of the items in index order, without the holes. */
  items(): T[] {
    return this.slice(0);
  }

  /** A plain copy of the items from `from` up to (not including) `to`, without the holes. */
  slice(from: number, to = this.size): T[] {
    const out: T[] = [];
    const end = Math.min(to, this.size);
    for (let i = Math.max(0, from); i < end; ) {
      const leaf = this.leaf(i);
      const stop = Math.min(end, (i | MASK) + 1);
      if (leaf) {
        for (let k = i; k < stop; k++) {
          const item = leaf.items[k & MASK];
          if (item !== undefined) out.push(item as T);
        }
      }
      i = stop;
    }
    return out;
  }

  /** The leaf holding index i, if there is one. */
  private leaf(i: number): CowNode | undefined {
    let node: CowNode | undefined = this.root;
    for (let shift = this.depth * BITS; shift > 0 && node; shift -= BITS) node = node.items[(i >>> shift) & MASK] as CowNode | undefined;
    return node;
  }

  /** A checkpoint copy: shares the whole tree; both sides copy a node before writing to it. */
  share(): CowArray<T> {
    const copy = new CowArray<T>();
    copy.root = this.root;
    copy.depth = this.depth;
    copy.size = this.size;
    this.epoch = nextEpoch++;
    return copy;
  }

  /**
   * A copy for a checkpoint: the one the previous checkpoint got when nothing has been written
   * since (checkpoints are never written, so they may share it), else a new share().
   */
  snapshot(): CowArray<T> {
    this.unchangedCopy ??= this.share();
    return this.unchangedCopy;
  }
}

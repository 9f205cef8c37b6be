// An array that checkpoints share instead of copying: a tree of small nodes (32 items a leaf, 32
// children an inner node), and share() copies nothing — both sides just stop owning any node. The
// first write to a node copies that node and the path above it, so a checkpoint costs a few
// pointers however long the array, and a step that writes one item copies one leaf and its parents
// (with a chunk list instead, every checkpoint held a pointer per 128 items: at millions of steps,
// the biggest part of a checkpoint).
// An append goes into a shared node in place when no copy has written that slot or any after it
// (at or past the node's items' length): every copy reads only below its own length, which that
// node's items already covered when it was shared. So a list that only grows (received records, the
// checker's facts) is never copied at all: the newest leaf and the nodes above it stay shared by
// every checkpoint, which would otherwise each hold their own copy of them.

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** Items a leaf holds. */
export const LEAF_WIDTH = WIDTH;

/** A node of the tree: a leaf's items are values, an inner node's are nodes. */
export interface CowNode {
  /** The owner's epoch when made: an array writes in place only the nodes of its current epoch (and appends, see mayWrite). */
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
   * The leaf written last, and the index of its first item: at its place in this array's tree (a
   * write there that had to copy it keeps the copy). Writes come in runs (a push after a push, the
   * newest sends changed again): one to this leaf again goes straight to it while it may be written
   * in place (mayWrite: of the current epoch, or an append), with no walk from the root; a read
   * there too. forgetBefore lets it go.
   */
  private lastLeaf: CowNode | null = null;
  private lastLeafStart = 0;
  /** Items below this index were let go (forgetBefore): a multiple of a leaf's width. */
  private keptFrom = 0;

  constructor(items: readonly T[] = []) {
    this.root = { epoch: this.epoch, items: [] };
    for (const item of items) this.push(item);
  }

  /**
   * An array of whole leaves, the first `keptFrom / LEAF_WIDTH` of them let go (undefined): a
   * leaf may be one that reads its items when first asked (history/recordArchive.ts).
   */
  static ofLeaves<T>(leaves: readonly (CowNode | undefined)[], keptFrom: number): CowArray<T> {
    const out = new CowArray<T>();
    if (leaves.length === 0) return out;
    let level: (CowNode | undefined)[] = leaves.slice();
    while (level.length > 1) {
      const up: CowNode[] = [];
      for (let k = 0; k < level.length; k += WIDTH) up.push({ epoch: out.epoch, items: level.slice(k, k + WIDTH) });
      level = up;
      out.depth++;
    }
    out.root = level[0] ?? { epoch: out.epoch, items: new Array(WIDTH) };
    out.size = leaves.length * WIDTH;
    out.keptFrom = keptFrom;
    return out;
  }

  get length(): number {
    return this.size;
  }

  /** The first index not let go by forgetBefore (every index below it reads as a hole). */
  get firstKept(): number {
    return this.keptFrom;
  }

  /** The tree, shared with copies: for measuring what a checkpoint holds (history/stateBytes.ts). */
  get tree(): { readonly root: CowNode; readonly depth: number } {
    return { root: this.root, depth: this.depth };
  }

  get(i: number): T | undefined {
    if (!(i >= 0 && i < this.size)) return undefined;
    // The leaf written last is at its place in this array's tree.
    if (this.inLastLeaf(i)) return this.lastLeaf!.items[i & MASK] as T | undefined;
    let node: CowNode | undefined = this.root;
    for (let shift = this.depth * BITS; shift > 0 && node; shift -= BITS) node = node.items[(i >>> shift) & MASK] as CowNode | undefined;
    return node?.items[i & MASK] as T | undefined;
  }

  /** Writes item i, growing the array (with holes) when i is past its end. */
  set(i: number, item: T): void {
    if (this.inLastLeaf(i) && i <= this.size && Number.isInteger(i) && this.mayWrite(this.lastLeaf!, i, i & MASK)) {
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
    if (i > this.size) this.root = this.cover(this.root, this.depth * BITS, i);
    this.root = this.place(this.root, this.depth * BITS, i, item);
    if (i >= this.size) this.size = i + 1;
  }

  /**
   * Whether slot `at` of a node may be written with item i in place: the node is this array's own,
   * or i is an append (at this array's length) to the end of what the node's items cover, where no
   * copy reads: a copy's length within a node never passes what its items cover (cover() stretches
   * them before a write leaves holes), save a one-leaf root emptied by forgetBefore, whose next
   * write past it grows the tree first.
   */
  private mayWrite(node: CowNode, i: number, at: number): boolean {
    return node.epoch === this.epoch || (i === this.size && at === node.items.length);
  }

  /** Writes item i under `node` (its children `1 << shift` items wide): the node to keep in its place, itself or a copy. */
  private place(node: CowNode, shift: number, i: number, item: T): CowNode {
    const at = (i >>> shift) & MASK;
    let value: unknown = item;
    if (shift > 0) {
      const child = node.items[at] as CowNode | undefined;
      value = this.place(child ?? { epoch: this.epoch, items: [] }, shift - BITS, i, item);
      if (value === child) return node;
    }
    const own = this.mayWrite(node, i, at) ? node : this.copy(node);
    own.items[at] = value;
    if (shift === 0) {
      this.lastLeaf = own;
      this.lastLeafStart = i - at;
    }
    return own;
  }

  /**
   * Before a write past the end leaves holes up to index i, on the way to the end (where appends
   * go): nodes whose items do not yet reach i are stretched to it, and slots past the end that hold
   * something (a copy's appends, or this array's before a share) are emptied — made this array's own
   * first. From then on no copy appends into what this array reads as holes.
   */
  private cover(node: CowNode, shift: number, i: number): CowNode {
    const at = (this.size >>> shift) & MASK;
    let out = node;
    const child = shift > 0 ? (node.items[at] as CowNode | undefined) : undefined;
    if (child !== undefined) {
      const covered = this.cover(child, shift - BITS, i);
      if (covered !== child) {
        out = this.copy(out);
        out.items[at] = covered;
      }
    }
    // i within this node's span: up to its slot; past it, every slot.
    const span = shift + BITS;
    const need = i >>> span === this.size >>> span ? ((i >>> shift) & MASK) + 1 : WIDTH;
    // A leaf's slot of the end is past the end; an inner node's holds the child covered above.
    const first = shift > 0 ? at + 1 : at;
    let stale = out.items.length < need;
    for (let k = first; k < out.items.length && k < need && !stale; k++) stale = out.items[k] !== undefined;
    if (stale) {
      out = this.copy(out);
      if (out.items.length < need) out.items.length = need;
      for (let k = first; k < need; k++) out.items[k] = undefined;
    }
    return out;
  }

  /** The node itself when it is this array's own, else a copy that is. */
  private copy(node: CowNode): CowNode {
    return node.epoch === this.epoch ? node : { epoch: this.epoch, items: node.items.slice() };
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
    if (end <= 0) return;
    this.lastLeaf = null;
    if (end > this.keptFrom) {
      // A copy made before tells where its items start: it is not this one any more.
      this.keptFrom = end;
      this.unchangedCopy = null;
    }
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
    copy.keptFrom = this.keptFrom;
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

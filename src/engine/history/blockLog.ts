// One value per step, kept compact and within a memory budget: every full block of BLOCK steps is
// sealed (packed by a codec into a few strings and typed arrays), and when the sealed blocks pass
// the budget the least recently read ones are dropped. A dropped block is not lost: the run is
// deterministic, so the timeline replays those steps from a checkpoint and hands the block back
// (`restore`). A long run therefore costs a bounded amount of memory; reading an old stretch costs
// a replay instead.

/** The page's row block (protocol/rowBlocks.ts): a seek restores the blocks it shows, and no more. */
export const BLOCK = 256;

export interface BlockCodec<T, Sealed> {
  /** Packs the values of steps firstIndex+1 … firstIndex+items.length. */
  seal(firstIndex: number, items: readonly T[]): Sealed;
  /** The value at `offset` within a sealed block. */
  at(sealed: Sealed, offset: number): T;
  /** Roughly what the sealed block holds in memory. */
  bytes(sealed: Sealed): number;
}

/** Asked for a block that was dropped: must call `restore(block, …)` on the log before returning. */
export type RestoreBlock = (block: number) => void;

/** Blocks at the end of the log (the present) are never dropped: playback reads them all the time. */
const KEEP_NEWEST = 2;

export class BlockLog<T, Sealed> {
  private readonly sealed: (Sealed | null)[] = [];
  private open: T[] = [];
  /** Resident sealed blocks, least recently read first (a Map keeps insertion order). */
  private readonly resident = new Map<number, number>();
  /**
   * The most recently read (or kept) block: reading it again leaves the order as it is. A range
   * reads a block's values one by one, and moving its entry to the end of a Map of thousands each
   * time was most of what reading rows cost on a long run.
   */
  private newest = -1;
  private residentBytes = 0;
  private restoreBlock: RestoreBlock | null = null;

  constructor(
    private readonly codec: BlockCodec<T, Sealed>,
    private readonly budgetBytes = Number.POSITIVE_INFINITY,
  ) {}

  /** Who replays a dropped block; without one, nothing is ever dropped. */
  onMissing(restore: RestoreBlock): void {
    this.restoreBlock = restore;
  }

  get length(): number {
    return this.sealed.length * BLOCK + this.open.length;
  }

  /** Bytes held by sealed blocks now (the open block is not counted). */
  get bytes(): number {
    return this.residentBytes;
  }

  /** Sealed blocks dropped to keep within the budget, not restored since. */
  get droppedBlocks(): number {
    return this.sealed.length - this.resident.size;
  }

  /** Appends the value of the next step. */
  push(item: T): void {
    this.open.push(item);
    if (this.open.length === BLOCK) {
      const block = this.sealed.length;
      this.sealed.push(null);
      // A log with no budget (the headless runner's) never packs a block only to drop it: it is
      // replayed if it is ever read.
      if (this.budgetBytes > 0 || !this.restoreBlock) this.keep(block, this.codec.seal(block * BLOCK, this.open));
      this.open = [];
    }
  }

  /** The value at 0-based index i, or undefined past the end. */
  get(i: number): T | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const block = Math.floor(i / BLOCK);
    if (block >= this.sealed.length) return this.open[i - block * BLOCK];
    return this.codec.at(this.sealedBlock(block), i - block * BLOCK);
  }

  /** Values at 0-based indexes [from, to). */
  range(from: number, to: number): T[] {
    const out: T[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.get(i)!);
    return out;
  }

  /** Keeps the first n values (an intervention rewrites the future). */
  truncate(n: number): void {
    if (n >= this.length) return;
    const keepBlocks = Math.floor(n / BLOCK);
    const tail = this.range(keepBlocks * BLOCK, n);
    for (let b = keepBlocks; b < this.sealed.length; b++) this.forget(b);
    this.sealed.length = Math.min(this.sealed.length, keepBlocks);
    this.open = tail;
  }

  /** Whether block b is sealed and held (false for a dropped block or the open one). */
  holds(block: number): boolean {
    return this.resident.has(block);
  }

  /** Whether block b is sealed but dropped: reading it needs a replay (`restore` gives it back). */
  dropped(block: number): boolean {
    return block >= 0 && block < this.sealed.length && this.sealed[block] === null;
  }

  /** Gives back a dropped block, replayed: the values of its BLOCK steps. */
  restore(block: number, items: readonly T[]): void {
    if (block >= this.sealed.length || this.sealed[block] !== null) return;
    if (items.length !== BLOCK) throw new Error(`block ${block} restored with ${items.length} values, not ${BLOCK}`);
    this.keep(block, this.codec.seal(block * BLOCK, items));
  }

  private sealedBlock(block: number): Sealed {
    let held = this.sealed[block];
    if (held === null) {
      if (!this.restoreBlock) throw new Error(`block ${block} was dropped and nothing can replay it`);
      this.restoreBlock(block);
      held = this.sealed[block];
      if (held === null) throw new Error(`block ${block} was not restored`);
    } else if (block !== this.newest) {
      // Read now: move it to the most recent end.
      const size = this.resident.get(block)!;
      this.resident.delete(block);
      this.resident.set(block, size);
      this.newest = block;
    }
    return held;
  }

  private keep(block: number, packed: Sealed): void {
    const size = this.codec.bytes(packed);
    this.sealed[block] = packed;
    this.resident.set(block, size);
    this.newest = block;
    this.residentBytes += size;
    this.dropOverBudget(block);
  }

  private dropOverBudget(justKept: number): void {
    if (this.residentBytes <= this.budgetBytes || !this.restoreBlock) return;
    const newest = this.sealed.length - KEEP_NEWEST;
    for (const block of this.resident.keys()) {
      if (this.residentBytes <= this.budgetBytes) break;
      if (block === justKept || block >= newest) continue;
      this.forget(block);
      this.sealed[block] = null;
    }
  }

  private forget(block: number): void {
    const size = this.resident.get(block);
    if (size === undefined) return;
    this.resident.delete(block);
    if (block === this.newest) this.newest = -1;
    this.residentBytes -= size;
  }
}

// An array that checkpoints share instead of copying: its items live in fixed-size chunks, and
// share() copies only the list of chunks. After a share neither side owns any chunk, so the first
// write to a chunk copies that chunk alone. A checkpoint then costs one pointer per chunk instead of
// one per item, and a step that writes one item copies at most one chunk.

// 128 items a chunk: a checkpoint keeps one pointer per chunk, and a checkpoint interval copies the
// chunks written in it (mostly the last one of each array). Smaller chunks trade the second for the first.
const CHUNK_BITS = 7;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class CowArray<T> {
  private chunks: (T | undefined)[][];
  /** owned[c] = 1: chunk c belongs to this array alone and may be written in place. */
  private owned: Uint8Array;
  private size: number;
  /** The copy the last snapshot() made, while nothing has been written since. */
  private unchangedCopy: CowArray<T> | null = null;

  constructor(items: readonly T[] = []) {
    this.chunks = [];
    this.owned = new Uint8Array(8);
    this.size = 0;
    for (const item of items) this.push(item);
  }

  get length(): number {
    return this.size;
  }

  /** The chunks, shared with copies: for measuring what a checkpoint holds (history/stateBytes.ts). */
  get chunkArrays(): readonly (readonly (T | undefined)[])[] {
    return this.chunks;
  }

  get(i: number): T | undefined {
    return i >= 0 && i < this.size ? this.chunks[i >>> CHUNK_BITS][i & MASK] : undefined;
  }

  /** Writes item i, growing the array (with holes) when i is past its end. */
  set(i: number, item: T): void {
    if (!Number.isInteger(i) || i < 0) throw new RangeError(`CowArray index ${i}`);
    this.unchangedCopy = null;
    const c = i >>> CHUNK_BITS;
    if (c >= this.chunks.length) this.grow(c);
    if (this.owned[c] === 0) {
      this.chunks[c] = this.chunks[c].slice();
      this.owned[c] = 1;
    }
    this.chunks[c][i & MASK] = item;
    if (i >= this.size) this.size = i + 1;
  }

  /** Adds empty chunks up to lastChunk: new chunks are this array's own. */
  private grow(lastChunk: number): void {
    const first = this.chunks.length;
    if (this.owned.length <= lastChunk) {
      const owned = new Uint8Array(Math.max(lastChunk + 1, this.owned.length * 2));
      owned.set(this.owned);
      this.owned = owned;
    }
    for (let c = first; c <= lastChunk; c++) {
      this.chunks.push([]);
      this.owned[c] = 1;
    }
  }

  push(item: T): void {
    this.set(this.size, item);
  }

  /** Calls fn for every index below length, holes included (as undefined). */
  forEach(fn: (item: T | undefined, index: number) => void): void {
    for (let i = 0; i < this.size; i++) fn(this.chunks[i >>> CHUNK_BITS][i & MASK], i);
  }

  /** A plain copy of the items in index order, without the holes. */
  items(): T[] {
    return this.slice(0);
  }

  /** A plain copy of the items from `from` up to (not including) `to`, without the holes. */
  slice(from: number, to = this.size): T[] {
    const out: T[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.size); i++) {
      const item = this.chunks[i >>> CHUNK_BITS][i & MASK];
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  /** A checkpoint copy: shares every chunk; both sides copy a chunk before writing to it. */
  share(): CowArray<T> {
    const copy = new CowArray<T>();
    copy.chunks = this.chunks.slice();
    copy.owned = new Uint8Array(this.chunks.length);
    copy.size = this.size;
    this.owned.fill(0);
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

// A list's settled items, packed once for all the checkpoints that hold them (history/recordCodec.ts):
// a producer's sends that are in no batch any more never change again, so a checkpoint need not
// hold its own copy of them. A page playing for an hour keeps each producer's newest sends only
// (producer/oldSends.ts), and checkpoints far apart keep different ones: as objects, every send of
// the run held by some checkpoint (~130 bytes each, the most of an old checkpoint); packed here, a
// few bytes each, once. A checkpoint holds an ArchivedList in the list's place: where its items
// start, how many of them the archive gives, and the rest (still unsettled then) packed on their own.
// A list given back from it reads each whole leaf of archived items only when something first asks
// for one (ArchivedLeaf): restoring a checkpoint unpacks none of them, and a view reads the newest.
import { CowArray, type CowNode, LEAF_WIDTH } from '../core/cowArray';
import { RecordShapes, RecordWriter, readRecords } from './recordCodec';

/** Items a packed chunk holds: a leaf of a copy-on-write array. */
const CHUNK = LEAF_WIDTH;
/** Roughly what a chunk costs beyond its bytes (its buffer's header, a pointer to it). */
const CHUNK_OVERHEAD = 80;
const POINTER = 8;

/** A flat record (history/recordCodec.ts): its fields strings, numbers, booleans or null. */
type Item = object;

export class RecordArchive {
  readonly shapes = new RecordShapes();
  private readonly chunks: Uint8Array[] = [];
  /** The newest items, not yet a whole chunk: kept as they are (the live state holds them anyway). */
  private open: (Item | undefined)[] = [];
  private packedBytes = 0;

  get length(): number {
    return this.chunks.length * CHUNK + this.open.length;
  }

  /** Bytes the archive holds, roughly. */
  get bytes(): number {
    return this.packedBytes + this.chunks.length * CHUNK_OVERHEAD + this.open.length * POINTER;
  }

  /** Adds the item at index `length` (a hole when undefined). */
  append(item: Item | undefined): void {
    this.open.push(item);
    if (this.open.length < CHUNK) return;
    const chunk = packItems(this.shapes, this.open);
    this.chunks.push(chunk);
    this.packedBytes += chunk.byteLength;
    this.open = [];
  }

  /** Keeps only the items below index n (a run forked there: what settled after it may not settle again). */
  truncate(n: number): void {
    if (n >= this.length) return;
    const whole = Math.floor(n / CHUNK);
    const keep = n - whole * CHUNK;
    const reopened: (Item | undefined)[] = [];
    if (whole < this.chunks.length) {
      if (keep > 0) readRecords(this.chunks[whole], this.shapes, keep, (item) => reopened.push(item));
      for (const chunk of this.chunks.splice(whole)) this.packedBytes -= chunk.byteLength;
      this.open = reopened;
    } else {
      this.open.length = keep;
    }
  }

  /** Chunk k's items as a copy-on-write array's leaf, read when first asked for (chunk k is packed). */
  leaf(k: number): CowNode {
    return new ArchivedLeaf(this.chunks[k], this.shapes);
  }

  /** Calls `each` with every item from `from` up to (not including) `to`, in order. */
  forEach(from: number, to: number, each: (item: Item | undefined, index: number) => void): void {
    const end = Math.min(to, this.length);
    for (let c = Math.floor(Math.max(0, from) / CHUNK); c * CHUNK < end; c++) {
      const base = c * CHUNK;
      if (c < this.chunks.length) {
        const count = Math.min(CHUNK, end - base);
        readRecords(this.chunks[c], this.shapes, count, (item, k) => {
          if (base + k >= from) each(item, base + k);
        });
      } else {
        for (let i = Math.max(from, base); i < end; i++) each(this.open[i - base], i);
      }
    }
  }
}

function packItems(shapes: RecordShapes, items: readonly (Item | undefined)[]): Uint8Array {
  const w = new RecordWriter(shapes);
  for (const item of items) {
    if (item === undefined) w.hole();
    else w.record(item);
  }
  return w.bytes();
}

/**
 * A checkpoint's copy of a list whose settled items the archive holds: items [from, archived) come
 * from the archive, the rest up to `length` are packed here. share() gives the list back as a
 * copy-on-write array equal to the one it stands for (holes below `from`).
 */
export class ArchivedList<T> {
  private readonly rest: Uint8Array;

  private constructor(
    private readonly archive: RecordArchive,
    private readonly from: number,
    private readonly archived: number,
    private readonly length: number,
    rest: readonly (Item | undefined)[],
  ) {
    this.rest = packItems(archive.shapes, rest);
  }

  /**
   * The list's stand-in: its items below `settled` (settled when it was copied) that the archive
   * already holds are read from there.
   */
  static of<T>(list: CowArray<T>, archive: RecordArchive, settled: number): ArchivedList<T> {
    const from = list.firstKept;
    const archived = Math.max(from, Math.min(settled, archive.length, list.length));
    return new ArchivedList<T>(archive, from, archived, list.length, itemsFrom(list, archived));
  }

  /** Bytes this copy holds alone (the archive's are counted once, by the timeline). */
  get bytes(): number {
    return this.rest.byteLength + 96;
  }

  share(): CowArray<T> {
    // Whole leaves of archived items are read when first asked for; the rest is made now.
    const whole = Math.floor(this.archived / LEAF_WIDTH);
    const leaves: (CowNode | undefined)[] = [];
    for (let k = 0; k < whole; k++) leaves.push(k * LEAF_WIDTH < this.from ? undefined : this.archive.leaf(k));
    const out = CowArray.ofLeaves<T>(leaves, Math.min(this.from, whole * LEAF_WIDTH));
    const put = (item: Item | undefined, i: number) => {
      if (item !== undefined) out.set(i, item as T);
    };
    this.archive.forEach(Math.max(this.from, whole * LEAF_WIDTH), this.archived, put);
    readRecords(this.rest, this.archive.shapes, this.length - this.archived, (item, k) => put(item, this.archived + k));
    // Holes at the end still count in its length.
    if (out.length < this.length) out.set(this.length - 1, undefined as T);
    out.forgetBefore(this.from);
    return out;
  }
}

/**
 * A leaf of archived items, read from its packed chunk when first asked for. Of no array's epoch
 * (epochs start at 1) and always full (an append never lands in it), so a write to it copies it as
 * it copies any shared leaf; anything that reads its items (a write into it, a read) unpacks it.
 */
export class ArchivedLeaf implements CowNode {
  readonly epoch = 0;
  private read: unknown[] | null = null;

  constructor(
    private readonly chunk: Uint8Array,
    private readonly shapes: RecordShapes,
  ) {}

  get items(): unknown[] {
    if (this.read === null) {
      const items: unknown[] = new Array(CHUNK);
      readRecords(this.chunk, this.shapes, CHUNK, (item, k) => {
        items[k] = item;
      });
      this.read = items;
    }
    return this.read;
  }
}

/** The items from `from` on, holes as undefined. */
function itemsFrom<T>(list: CowArray<T>, from: number): (Item | undefined)[] {
  const out: (Item | undefined)[] = [];
  list.forEach((item) => {
    out.push(item as Item | undefined);
  }, from);
  return out;
}

// The execution-table rows the page holds, outside React state: a bounded set of whole row blocks
// (protocol/rowBlocks.ts) as the worker sent them, packed. The engine keeps the whole run; the page
// keeps the blocks around what it shows (the current step arrives with every answer, the table's
// viewport is fetched as it scrolls) and forgets the least recently read beyond MAX_BLOCKS, so its
// memory does not grow with the run. A row not held reads as undefined and is asked for.
// The store puts `version` in its state, so components re-render when rows change.
import { chunkField, chunkRow, type RowChunk, type RowField } from '../engine/rowChunk';
import type { StepRow } from '../engine/view.types';
import { blockOf, ROW_BLOCK } from '../protocol/rowBlocks';
import type { FilterIndex } from './filterScan';

/** Blocks held at most: 32,768 rows, a few tens of MB, whatever the run's length. */
export const MAX_BLOCKS = 128;
/** Decoded rows kept for reuse (a visible table window, the narration's row) before the cache resets. */
const DECODED_LIMIT = 1024;

export class RowWindow {
  /** Held blocks, least recently read first (a Map keeps insertion order). */
  private blocks = new Map<number, RowChunk>();
  private lastRead = -1;
  private decoded = new Map<number, StepRow>();
  /** Blocks asked for and not yet arrived. */
  private asked = new Set<number>();
  private toAsk = new Set<number>();
  private componentList: readonly string[] = [];
  /** Rows 1..length (steps) exist in the run; row i is step i + 1, held or not. */
  length = 0;
  /** Bumped on every change. */
  version = 0;
  /** Bumped when rows were dropped (a fork, a new run): indexes built over them start over. */
  rewrites = 0;
  /** The rows passing the table's filter, when one is on (kept up to date by filterScan.ts). */
  filtered: FilterIndex | null = null;

  /** `fetch` asks the worker for blocks; it is called at most once per task with everything missed. */
  constructor(
    private readonly fetch: (blocks: number[]) => void,
    private readonly limit = MAX_BLOCKS,
  ) {}

  /** Distinct components of the run so far, for the table's filter (from the worker). */
  get components(): readonly string[] {
    return this.componentList;
  }

  setComponents(list: readonly string[]): void {
    if (list.length !== this.componentList.length || list.some((c, i) => c !== this.componentList[i])) this.componentList = list;
  }

  /** Forgets the run (a new one is loading). */
  clear(): void {
    this.blocks.clear();
    this.decoded.clear();
    this.asked.clear();
    this.toAsk.clear();
    this.componentList = [];
    this.length = 0;
    this.filtered = null;
    this.version++;
    this.rewrites++;
  }

  /** Blocks asked for will never arrive (the worker failed or restarted): ask again when read. */
  forgetRequests(): void {
    this.asked.clear();
    this.toAsk.clear();
  }

  /** Whole blocks held: a request names them so the worker does not send them again. */
  held(): number[] {
    const out: number[] = [];
    for (const [b, chunk] of this.blocks) if (chunk.count === ROW_BLOCK) out.push(b);
    return out;
  }

  /** An answer's blocks, and the run's length as of that answer. */
  put(chunks: readonly RowChunk[], stepCount: number): void {
    // Fewer steps than before without a fork: a rebuilt engine that played only up to the step shown.
    if (stepCount < this.length && this.filtered) this.filtered = truncateIndex(this.filtered, stepCount);
    this.length = stepCount;
    for (const chunk of chunks) {
      const b = blockOf(chunk.from - 1);
      this.asked.delete(b);
      if (chunk.count === 0) continue;
      this.blocks.delete(b);
      this.blocks.set(b, chunk);
      for (let i = chunk.from - 1; i < chunk.from - 1 + chunk.count; i++) this.decoded.delete(i);
    }
    this.evict(chunks.length);
    this.version++;
  }

  /** The worker forked the run at `step`: rows after it are gone (the new ones come with the answer). */
  discardAfter(step: number): void {
    for (const [b, chunk] of [...this.blocks]) {
      const keep = Math.max(0, step - (chunk.from - 1));
      if (keep === 0) this.blocks.delete(b);
      else if (keep < chunk.count) this.blocks.set(b, { ...chunk, count: keep });
    }
    for (const i of [...this.decoded.keys()]) if (i >= step) this.decoded.delete(i);
    this.asked.clear();
    this.length = Math.min(this.length, step);
    if (this.filtered) this.filtered = truncateIndex(this.filtered, step);
    this.version++;
    this.rewrites++;
  }

  /** Row at 0-based `index`, the same object on every call while it is cached; undefined (and asked for) when not held. */
  get(index: number): StepRow | undefined {
    const hit = this.decoded.get(index);
    if (hit) return hit;
    const at = this.locate(index);
    if (!at) return undefined;
    if (this.decoded.size >= DECODED_LIMIT) this.decoded.clear();
    const row = chunkRow(at.chunk, at.i);
    this.decoded.set(index, row);
    return row;
  }

  /** One text field of a row, without building the row ('' when not held). */
  field(index: number, field: RowField): string {
    const at = this.locate(index);
    return at ? chunkField(at.chunk, at.i, field) : '';
  }

  isRoutine(index: number): boolean {
    const at = this.locate(index);
    return at ? at.chunk.routine[at.i] === 1 : false;
  }

  /** How many rows are held (for tests and the memory figure). */
  get heldRows(): number {
    let n = 0;
    for (const chunk of this.blocks.values()) n += chunk.count;
    return n;
  }

  private locate(index: number): { chunk: RowChunk; i: number } | null {
    if (!(index >= 0 && index < this.length)) return null;
    const b = blockOf(index);
    const chunk = this.blocks.get(b);
    const i = chunk ? index - (chunk.from - 1) : -1;
    if (!chunk || i >= chunk.count) {
      this.ask(b);
      return null;
    }
    if (b !== this.lastRead) {
      // Most recently read last: eviction takes from the front.
      this.blocks.delete(b);
      this.blocks.set(b, chunk);
      this.lastRead = b;
    }
    return { chunk, i };
  }

  private ask(block: number): void {
    if (this.asked.has(block)) return;
    this.asked.add(block);
    if (this.toAsk.size === 0) queueMicrotask(() => this.flushAsks());
    this.toAsk.add(block);
  }

  private flushAsks(): void {
    const blocks = [...this.toAsk];
    this.toAsk.clear();
    if (blocks.length > 0) this.fetch(blocks);
  }

  /** Drops the least recently read blocks beyond the limit, never the `fresh` ones just put. */
  private evict(fresh: number): void {
    const excess = this.blocks.size - Math.max(this.limit, fresh);
    if (excess <= 0) return;
    let n = 0;
    for (const b of this.blocks.keys()) {
      if (n++ >= excess) break;
      const chunk = this.blocks.get(b)!;
      this.blocks.delete(b);
      for (let i = chunk.from - 1; i < chunk.from - 1 + chunk.count; i++) this.decoded.delete(i);
    }
  }
}

function truncateIndex(index: FilterIndex, step: number): FilterIndex {
  let count = index.count;
  while (count > 0 && index.indexes[count - 1] >= step) count--;
  return { ...index, count, indexes: index.indexes.slice(0, count), scanned: Math.min(index.scanned, step) };
}

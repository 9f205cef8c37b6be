// The execution table of a run, one row per step, kept compact: every full block of rows is packed
// into a RowChunk (one string plus typed arrays, the same form the worker sends rows in), so a
// million-step run holds a thousand strings instead of millions of small objects (the garbage
// collector walks every live object, again and again). Rows come back as fresh objects, equal to
// those pushed.
import { chunkRow, packRows, type RowChunk } from './rowChunk';
import type { StepRow } from './view.types';

const BLOCK = 1024;

export class RowLog {
  private readonly sealed: RowChunk[] = [];
  private open: StepRow[] = [];

  get length(): number {
    return this.sealed.length * BLOCK + this.open.length;
  }

  /** Appends the row of the next step (row.step must be length + 1). */
  push(row: StepRow): void {
    this.open.push(row);
    if (this.open.length === BLOCK) {
      this.sealed.push(packRows(this.sealed.length * BLOCK + 1, this.open));
      this.open = [];
    }
  }

  /** The row at 0-based index i, or undefined past the end. */
  get(i: number): StepRow | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const b = Math.floor(i / BLOCK);
    return b < this.sealed.length ? chunkRow(this.sealed[b], i % BLOCK) : this.open[i - b * BLOCK];
  }

  /** Rows at 0-based indexes [from, to). */
  slice(from: number, to: number): StepRow[] {
    const out: StepRow[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.get(i)!);
    return out;
  }

  /** Keeps the first n rows (an intervention rewrites the future). */
  truncate(n: number): void {
    if (n >= this.length) return;
    const keepBlocks = Math.floor(n / BLOCK);
    const tail = this.slice(keepBlocks * BLOCK, n);
    this.sealed.length = Math.min(this.sealed.length, keepBlocks);
    this.open = tail;
  }
}

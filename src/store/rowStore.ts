// The execution-table rows the page holds, outside React state: a list of packed chunks as the
// worker sent them (protocol/rowChunk.ts). Appending an answer's rows costs O(rows in the answer),
// never a copy of everything held, and a row becomes an object only when something reads it.
// The store puts a version number in its state, so components re-render when rows change.
import type { StepRow } from '../engine/view.types';
import { chunkField, chunkRow, type RowChunk, type RowField } from '../engine/rowChunk';

/** Decoded rows kept for reuse (a visible table window, the narration's row) before the cache resets. */
const DECODED_LIMIT = 1024;

/** Rows `at .. at + count - 1` of a chunk, held as rows `start ..` of the store. */
interface Piece {
  chunk: RowChunk;
  at: number;
  count: number;
}

export class RowStore {
  private pieces: Piece[] = [];
  /** Index (0-based) of each piece's first row. */
  private starts: number[] = [];
  private decoded = new Map<number, StepRow>();
  private componentList: string[] = [];
  private componentSet = new Set<string>();
  /** Rows 1..length (steps) are held; row i is step i + 1. */
  length = 0;
  /** Bumped on every change. */
  version = 0;
  /** Bumped when held rows were dropped or replaced (a fork, a new run): derived indexes start over. */
  rewrites = 0;

  /** Distinct components in first-seen order, for the table's filter; a new array when it grows. */
  get components(): readonly string[] {
    return this.componentList;
  }

  clear(): void {
    this.truncate(0);
  }

  /**
   * Adds the chunk's rows, then drops rows past `stepCount`. With `replace` (the timeline forked),
   * the chunk's rows replace those held from `chunk.from` on. Without it, rows the store already
   * holds are the same rows sent again (a request sent before the previous answer arrived names
   * fewer rows than the page holds by then): they are skipped, not replaced.
   */
  apply(chunk: RowChunk, stepCount: number, replace = false): void {
    if (replace && chunk.from - 1 < this.length) this.truncate(Math.max(0, chunk.from - 1));
    // A chunk starting past our end would leave a gap: a bug in the caller, not to paper over.
    if (chunk.count > 0 && chunk.from - 1 > this.length) throw new Error(`rows from step ${chunk.from} do not follow the ${this.length} held`);
    const skip = Math.max(0, this.length - (chunk.from - 1));
    if (chunk.count > skip) {
      this.pieces.push({ chunk, at: skip, count: chunk.count - skip });
      this.starts.push(this.length);
      this.length += chunk.count - skip;
      this.addComponents(chunk, skip, chunk.count);
      this.version++;
    }
    if (this.length > stepCount) this.truncate(Math.max(0, stepCount));
  }

  /** Row at 0-based `index` (step index + 1), the same object on every call while it is cached. */
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

  /** One text field of a row, without building the row. */
  field(index: number, field: RowField): string {
    const at = this.locate(index);
    return at ? chunkField(at.chunk, at.i, field) : '';
  }

  isRoutine(index: number): boolean {
    const at = this.locate(index);
    return at ? at.chunk.routine[at.i] === 1 : false;
  }

  toArray(): StepRow[] {
    const out: StepRow[] = [];
    for (const p of this.pieces) for (let i = p.at; i < p.at + p.count; i++) out.push(chunkRow(p.chunk, i));
    return out;
  }

  private locate(index: number): { chunk: RowChunk; i: number } | null {
    if (!(index >= 0 && index < this.length)) return null;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    const p = this.pieces[lo];
    return { chunk: p.chunk, i: p.at + index - this.starts[lo] };
  }

  private truncate(keep: number): void {
    while (this.pieces.length > 0 && this.starts[this.starts.length - 1] >= keep) {
      this.pieces.pop();
      this.starts.pop();
    }
    const last = this.pieces.length - 1;
    // Shorten the last piece rather than copy its chunk: rows past its count are ignored.
    if (last >= 0 && this.starts[last] + this.pieces[last].count > keep)
      this.pieces[last] = {
        ...this.pieces[last],
        count: keep - this.starts[last],
      };
    this.length = keep;
    for (const i of [...this.decoded.keys()]) if (i >= keep) this.decoded.delete(i);
    this.componentList = [];
    this.componentSet = new Set();
    for (const p of this.pieces) this.addComponents(p.chunk, p.at, p.at + p.count);
    this.version++;
    this.rewrites++;
  }

  private addComponents(chunk: RowChunk, from: number, to: number): void {
    let added: string[] | null = null;
    for (let i = from; i < to; i++) {
      const c = chunkField(chunk, i, 'component');
      if (this.componentSet.has(c)) continue;
      this.componentSet.add(c);
      (added ??= [...this.componentList]).push(c);
    }
    if (added) this.componentList = added;
  }
}

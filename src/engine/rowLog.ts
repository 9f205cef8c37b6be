// The execution table of a run, one row per step, kept compact: every full block of rows is sealed
// into one string plus typed arrays, so a million-step run holds a thousand strings instead of
// millions of small objects (the garbage collector walks every live object, again and again).
// Rows come back as fresh objects, equal to those pushed.
import type { StepRow } from './view.types';

const BLOCK = 1024;
const FIELDS = 4; // component, action, messageState, output

interface SealedBlock {
  text: string;
  /** Where each field ends in `text`: FIELDS per row. */
  ends: Uint32Array;
  timeMs: Float64Array;
  routine: Uint8Array;
}

export class RowLog {
  private readonly sealed: SealedBlock[] = [];
  private open: StepRow[] = [];

  get length(): number {
    return this.sealed.length * BLOCK + this.open.length;
  }

  /** Appends the row of the next step (row.step must be length + 1). */
  push(row: StepRow): void {
    this.open.push(row);
    if (this.open.length === BLOCK) {
      this.sealed.push(seal(this.open));
      this.open = [];
    }
  }

  /** The row at 0-based index i, or undefined past the end. */
  get(i: number): StepRow | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const b = Math.floor(i / BLOCK);
    return b < this.sealed.length ? unseal(this.sealed[b], b * BLOCK, i % BLOCK) : this.open[i - b * BLOCK];
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

function seal(rows: StepRow[]): SealedBlock {
  const ends = new Uint32Array(rows.length * FIELDS);
  const timeMs = new Float64Array(rows.length);
  const routine = new Uint8Array(rows.length);
  const parts: string[] = [];
  let at = 0;
  rows.forEach((r, i) => {
    timeMs[i] = r.timeMs;
    routine[i] = r.routine ? 1 : 0;
    const fields = [r.component, r.action, r.messageState, r.output];
    for (let f = 0; f < FIELDS; f++) {
      parts.push(fields[f]);
      at += fields[f].length;
      ends[i * FIELDS + f] = at;
    }
  });
  return { text: parts.join(''), ends, timeMs, routine };
}

function unseal(block: SealedBlock, base: number, i: number): StepRow {
  const field = (f: number) => {
    const k = i * FIELDS + f;
    return block.text.slice(k === 0 ? 0 : block.ends[k - 1], block.ends[k]);
  };
  const row: StepRow = { step: base + i + 1, timeMs: block.timeMs[i], component: field(0), action: field(1), messageState: field(2), output: field(3) };
  if (block.routine[i]) row.routine = true;
  return row;
}

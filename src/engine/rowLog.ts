// The execution table of a run, one row per step, kept compact: every full block of rows is packed
// into a RowChunk (one string plus typed arrays, the same form the worker sends rows in), so a
// million-step run holds a thousand strings instead of millions of small objects (the garbage
// collector walks every live object, again and again). Rows come back as fresh objects, equal to
// those pushed. Past its budget the log drops old blocks for the timeline to replay (blockLog.ts).
import { type BlockCodec, BlockLog } from './history/blockLog';
import { chunkRow, packRows, type RowChunk } from './rowChunk';
import type { StepRow } from './view.types';

const rowCodec: BlockCodec<StepRow, RowChunk> = {
  seal: (firstIndex, rows) => packRows(firstIndex + 1, rows),
  at: chunkRow,
  bytes: (chunk) => chunk.text.length * 2 + chunk.ends.byteLength + chunk.timeMs.byteLength + chunk.routine.byteLength + 256,
};

export class RowLog extends BlockLog<StepRow, RowChunk> {
  constructor(budgetBytes?: number) {
    super(rowCodec, budgetBytes);
  }

  /** Rows at 0-based indexes [from, to). */
  slice(from: number, to: number): StepRow[] {
    return this.range(from, to);
  }
}

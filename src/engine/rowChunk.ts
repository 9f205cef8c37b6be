// Execution-table rows, packed: one string holding every text field end to end, plus typed arrays
// of where each field ends and of the numbers. The worker sends rows (rendered from events by
// rows/) this way: crossing the worker boundary, one string and three arrays cost a
// copy each, where thousands of row objects cost an allocation per field on the main thread. The
// page decodes a row only when something shows it (a visible table row, the narration).
import type { StepRow } from './view.types';

/** component, action, messageState, output: the text fields of a row, in this order. */
export const ROW_FIELDS = ['component', 'action', 'messageState', 'output'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
const FIELD_COUNT = ROW_FIELDS.length;

export interface RowChunk {
  /** Step of the first row; the rows are consecutive steps. */
  from: number;
  count: number;
  text: string;
  /** Where each text field ends in `text` (exclusive): FIELD_COUNT per row. */
  ends: Uint32Array;
  timeMs: Float64Array;
  /** 1 where the engine marked the row routine (heartbeats, idle fetches, empty polls). */
  routine: Uint8Array;
}

/** Packs consecutive rows starting at step `from`; throws if they are not consecutive. */
export function packRows(from: number, rows: readonly StepRow[]): RowChunk {
  const ends = new Uint32Array(rows.length * FIELD_COUNT);
  const timeMs = new Float64Array(rows.length);
  const routine = new Uint8Array(rows.length);
  const parts: string[] = [];
  let at = 0;
  rows.forEach((row, i) => {
    if (row.step !== from + i) throw new Error(`row ${i} is step ${row.step}, not ${from + i}`);
    ROW_FIELDS.forEach((field, f) => {
      parts.push(row[field]);
      at += row[field].length;
      ends[i * FIELD_COUNT + f] = at;
    });
    timeMs[i] = row.timeMs;
    routine[i] = row.routine === true ? 1 : 0;
  });
  return {
    from,
    count: rows.length,
    text: parts.join(''),
    ends,
    timeMs,
    routine,
  };
}

export function emptyChunk(from: number): RowChunk {
  return packRows(from, []);
}

/** One text field of row `i` (0-based within the chunk). */
export function chunkField(chunk: RowChunk, i: number, field: RowField): string {
  const k = i * FIELD_COUNT + ROW_FIELDS.indexOf(field);
  return chunk.text.slice(k === 0 ? 0 : chunk.ends[k - 1], chunk.ends[k]);
}

/** Row `i` of the chunk, exactly as the engine made it (same keys, same order). */
export function chunkRow(chunk: RowChunk, i: number): StepRow {
  const row: StepRow = {
    step: chunk.from + i,
    timeMs: chunk.timeMs[i],
    component: chunkField(chunk, i, 'component'),
    action: chunkField(chunk, i, 'action'),
    messageState: chunkField(chunk, i, 'messageState'),
    output: chunkField(chunk, i, 'output'),
  };
  if (chunk.routine[i] === 1) row.routine = true;
  return row;
}

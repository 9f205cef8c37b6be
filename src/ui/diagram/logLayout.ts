// A replica's log drawn as a grid of record cells that wraps onto as many rows as its slot holds:
// where each record goes, where the HW and LEO marks go, and which records are shown when the
// log is longer than the grid. Pure maths, tested without a browser.
import type { Rect } from './layout';

/** Left of the cells: the partition's name, the replica's role, its HW and LEO in words. */
export const REPLICA_LABEL_W = 104;
/** A record cell: its offset on the first line, its key on the second (both at least 12 units). */
export const CELL_W = 42;
export const CELL_H = 34;
export const CELL_GAP = 3;
/** Room above and below a row of cells for the HW and LEO marks to stick out. */
export const ROW_GAP = 6;
/** A line of the replica's label. */
export const LABEL_LINE = 16;
/** Three lines of label beside the records: name, role, "HW n LEO m". */
const SIDE_MIN_H = 3 * LABEL_LINE + 8;
/** One line of label above one row of records. */
const TOP_MIN_H = LABEL_LINE + 4 + CELL_H + 2;

/** Wide replica rows put the label beside the records; narrow ones above them, to keep more records a row. */
export function labelBeside(w: number): boolean {
  return w >= REPLICA_LABEL_W + 6 + 4 * (CELL_W + CELL_GAP);
}

/** The least height a replica row of width `w` needs for its label and one row of records. */
export function minReplicaH(w: number): number {
  return (labelBeside(w) ? SIDE_MIN_H : TOP_MIN_H) + 4;
}

export interface LogGrid {
  /** The label's lines (name and role; then "HW n LEO m" when there is room), beside or above the records. */
  labelLines: 1 | 2 | 3;
  labelBeside: boolean;
  /** Where the first cell starts. */
  cellsX: number;
  cellsY: number;
  cellW: number;
  cellH: number;
  cols: number;
  rows: number;
  /** Records the grid holds: cols × rows. */
  maxCells: number;
}

/** The record grid inside a replica slot: as many columns and rows of cells as fit. */
export function logGrid(slot: Rect): LogGrid {
  const beside = labelBeside(slot.w);
  // Above the records: a second line for the HW and LEO when a row of records still fits under it.
  const lines = beside ? 3 : slot.h >= 2 * LABEL_LINE + 4 + CELL_H + 2 ? 2 : 1;
  const top = beside ? 0 : lines * LABEL_LINE + 4;
  const cellsX = slot.x + (beside ? REPLICA_LABEL_W : 6);
  const innerW = slot.x + slot.w - 6 - cellsX;
  const innerH = slot.h - top - 2;
  const cols = Math.max(1, Math.floor((innerW + CELL_GAP) / (CELL_W + CELL_GAP)));
  const rows = Math.max(1, Math.floor((innerH + ROW_GAP) / (CELL_H + ROW_GAP)));
  const gridH = rows * CELL_H + (rows - 1) * ROW_GAP;
  // Records start at the top, next to or under the label: a log reads from its first row.
  const cellsY = beside ? slot.y + Math.min(ROW_GAP, (slot.h - gridH) / 2) : slot.y + top;
  return { labelLines: lines, labelBeside: beside, cellsX, cellsY, cellW: CELL_W, cellH: CELL_H, cols, rows, maxCells: cols * rows };
}

/** Which offsets of a log to draw when only `maxCells` fit: the newest, ending at the log end. */
export function logWindow(logStartOffset: number, logEndOffset: number, maxCells: number): { first: number; end: number; clipped: boolean } {
  const cells = Math.max(1, maxCells);
  const first = Math.max(logStartOffset, logEndOffset - cells);
  return { first, end: logEndOffset, clipped: first > logStartOffset };
}

/** Top-left corner of the cell of the `index`-th shown record (row by row). */
export function cellAt(grid: LogGrid, index: number): { x: number; y: number } {
  const col = index % grid.cols;
  const row = Math.floor(index / grid.cols);
  return { x: grid.cellsX + col * (grid.cellW + CELL_GAP), y: grid.cellsY + row * (grid.cellH + ROW_GAP) };
}

/** The bottom of the rows `shown` records take (the grid's top when none are shown). */
export function recordsBottom(grid: LogGrid, shown: number): number {
  const rows = Math.min(grid.rows, Math.ceil(Math.max(0, shown) / grid.cols));
  return rows === 0 ? grid.cellsY : grid.cellsY + rows * grid.cellH + (rows - 1) * ROW_GAP;
}

/**
 * Where the mark for the boundary before `offset` goes (a HW or a LEO): a vertical line between
 * two cells. A boundary at the start of a wrapped row is drawn at the end of the row above it, so
 * the mark stays next to the record before it.
 */
export function markAt(grid: LogGrid, first: number, offset: number): { x: number; y: number; h: number } {
  const index = Math.max(0, Math.min(offset - first, grid.maxCells));
  const atRowEnd = index > 0 && index % grid.cols === 0;
  const cell = cellAt(grid, atRowEnd ? index - 1 : index);
  const x = atRowEnd ? cell.x + grid.cellW + CELL_GAP / 2 : cell.x - CELL_GAP / 2;
  return { x, y: cell.y - ROW_GAP / 2, h: grid.cellH + ROW_GAP };
}

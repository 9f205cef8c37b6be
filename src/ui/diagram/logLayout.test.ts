import { describe, expect, it } from 'vitest';
import { CELL_GAP, CELL_H, CELL_W, cellAt, LABEL_LINE, logGrid, markAt, minReplicaH, recordsBottom, REPLICA_LABEL_W, ROW_GAP } from './logLayout';

describe('logGrid', () => {
  it('fits one row of cells in the smallest wide replica row, right of its three-line label', () => {
    const w = REPLICA_LABEL_W + 6 + 5 * (CELL_W + CELL_GAP);
    const g = logGrid({ x: 10, y: 0, w, h: minReplicaH(w) - 4 });
    expect(g).toMatchObject({ labelBeside: true, labelLines: 3, cellsX: 10 + REPLICA_LABEL_W, cols: 5, rows: 1, maxCells: 5 });
  });
  it('puts the label above the records in a narrow row, so three records still fit a row', () => {
    const w = 12 + 3 * (CELL_W + CELL_GAP);
    const g = logGrid({ x: 0, y: 0, w, h: minReplicaH(w) - 4 });
    expect(g).toMatchObject({ labelBeside: false, labelLines: 1, cols: 3, rows: 1 });
    expect(g.cellsY).toBeGreaterThanOrEqual(LABEL_LINE);
    const taller = logGrid({ x: 0, y: 0, w, h: minReplicaH(w) + LABEL_LINE });
    expect(taller.labelLines).toBe(2);
  });
  it('wraps onto more rows as the slot grows taller', () => {
    const short = logGrid({ x: 0, y: 0, w: 400, h: 60 });
    const tall = logGrid({ x: 0, y: 0, w: 400, h: 200 });
    expect(tall.cols).toBe(short.cols);
    expect(tall.rows).toBeGreaterThan(short.rows);
    expect(tall.cellsY + tall.rows * CELL_H + (tall.rows - 1) * ROW_GAP).toBeLessThanOrEqual(200);
  });
});

describe('cellAt and markAt', () => {
  const g = logGrid({ x: 0, y: 0, w: 12 + 3 * (CELL_W + CELL_GAP), h: 2 * LABEL_LINE + 4 + 2 * CELL_H + ROW_GAP + 2 });
  it('lays records out row by row', () => {
    expect(g.cols).toBe(3);
    expect(g.rows).toBe(2);
    expect(cellAt(g, 1).x).toBe(cellAt(g, 0).x + CELL_W + CELL_GAP);
    expect(cellAt(g, 3)).toEqual({ x: cellAt(g, 0).x, y: cellAt(g, 0).y + CELL_H + ROW_GAP });
  });
  it('puts a mark between the record before it and the one after it', () => {
    const m = markAt(g, 10, 11);
    expect(m.x).toBeGreaterThan(cellAt(g, 0).x + CELL_W - 0.01);
    expect(m.x).toBeLessThan(cellAt(g, 1).x + 0.01);
  });
  it('keeps a mark at a row break beside the record before it', () => {
    const m = markAt(g, 0, 3);
    expect(m.y).toBeLessThan(cellAt(g, 3).y - CELL_H);
    expect(m.x).toBeGreaterThan(cellAt(g, 2).x + CELL_W - 0.01);
  });
  it('clamps marks to the drawn window', () => {
    expect(markAt(g, 10, 2)).toEqual(markAt(g, 10, 10));
    expect(markAt(g, 0, 99)).toEqual(markAt(g, 0, 6));
  });
});

describe('recordsBottom', () => {
  const grid = logGrid({ x: 0, y: 0, w: 6 + 4 * (CELL_W + CELL_GAP) + 6, h: 400 });
  it('is the grid top with no records, the first row bottom with a row or less, wraps after', () => {
    expect(grid.cols).toBe(4);
    expect(recordsBottom(grid, 0)).toBe(grid.cellsY);
    expect(recordsBottom(grid, 3)).toBe(grid.cellsY + CELL_H);
    expect(recordsBottom(grid, 4)).toBe(grid.cellsY + CELL_H);
    expect(recordsBottom(grid, 5)).toBe(grid.cellsY + 2 * CELL_H + ROW_GAP);
  });
  it('never goes below the rows the grid has', () => {
    expect(recordsBottom(grid, 10_000)).toBe(grid.cellsY + grid.rows * CELL_H + (grid.rows - 1) * ROW_GAP);
  });
});

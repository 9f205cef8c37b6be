import { describe, expect, it } from 'vitest';
import { chunkRow, packRows } from '../engine/rowChunk';
import type { StepRow } from '../engine/view.types';
import { blockFirstStep, blockLastStep, ROW_BLOCK, windowBlocks } from '../protocol/rowBlocks';
import { extendFilter, nextScan, startFilter } from './filterScan';
import { RowWindow } from './rowWindow';

const row = (step: number, component = 'Broker 1', routine = false): StepRow => ({
  step,
  timeMs: step * 5,
  component,
  action: `act ${step} ✓`,
  messageState: step % 2 ? '' : 'state',
  output: `out ${step}`,
  ...(routine ? { routine: true } : {}),
});
const rows = (from: number, to: number, component?: string) => Array.from({ length: to - from + 1 }, (_, i) => row(from + i, component));
/** Block `b` of a run of `stepCount` steps, as the worker packs it. */
const block = (b: number, stepCount: number, component?: string) => packRows(blockFirstStep(b), rows(blockFirstStep(b), blockLastStep(b, stepCount), component));
const tick = () => new Promise((r) => queueMicrotask(() => r(undefined)));

describe('packed row chunks', () => {
  it('give back the rows exactly, empty fields and routine flags included', () => {
    const list = [row(4), row(5, 'Producer p1', true), row(6)];
    const chunk = packRows(4, list);
    expect(JSON.stringify([0, 1, 2].map((i) => chunkRow(chunk, i)))).toBe(JSON.stringify(list));
  });
  it('refuse rows that are not consecutive', () => {
    expect(() => packRows(1, [row(1), row(3)])).toThrow();
  });
});

describe('the window of blocks an answer carries', () => {
  it('is the current step’s block, with a neighbour when the step is near its edge', () => {
    expect(windowBlocks(0, 0)).toEqual([]);
    expect(windowBlocks(1, 10)).toEqual([0]);
    expect(windowBlocks(ROW_BLOCK + 10, 5 * ROW_BLOCK)).toEqual([0, 1]);
    expect(windowBlocks(ROW_BLOCK + 128, 5 * ROW_BLOCK)).toEqual([1]);
    expect(windowBlocks(2 * ROW_BLOCK - 10, 5 * ROW_BLOCK)).toEqual([1, 2]);
    expect(windowBlocks(2 * ROW_BLOCK - 10, 2 * ROW_BLOCK)).toEqual([1]);
  });
});

describe('RowWindow', () => {
  it('reads held rows, the same object each time, and names only whole blocks as held', () => {
    const w = new RowWindow(() => {});
    w.put([block(0, 300), block(1, 300, 'Producer p1')], 300);
    expect(w.length).toBe(300);
    expect(w.get(3)).toEqual(row(4));
    expect(w.get(3)).toBe(w.get(3));
    expect(w.field(299, 'component')).toBe('Producer p1');
    expect(w.held()).toEqual([0]);
  });

  it('asks once for the blocks of rows it does not hold, and shows them when they come', async () => {
    const asked: number[][] = [];
    const w = new RowWindow((b) => asked.push(b));
    w.put([block(9, 10 * ROW_BLOCK)], 10 * ROW_BLOCK);
    expect(w.get(5)).toBeUndefined();
    expect(w.get(6)).toBeUndefined();
    expect(w.get(ROW_BLOCK * 3)).toBeUndefined();
    await tick();
    expect(asked).toEqual([[0, 3]]);
    w.get(5);
    await tick();
    expect(asked).toHaveLength(1);
    w.put([block(0, 10 * ROW_BLOCK)], 10 * ROW_BLOCK);
    expect(w.get(5)?.step).toBe(6);
  });

  it('keeps at most its limit of blocks, forgetting the least recently read', () => {
    const w = new RowWindow(() => {}, 3);
    const n = 10 * ROW_BLOCK;
    w.put([block(0, n), block(1, n), block(2, n)], n);
    w.get(0); // block 0 read last: block 1 is now the oldest
    w.put([block(5, n)], n);
    expect(w.heldRows).toBe(3 * ROW_BLOCK);
    expect(w.held().sort()).toEqual([0, 2, 5]);
    for (let b = 6; b < 10; b++) w.put([block(b, n)], n);
    expect(w.heldRows).toBe(3 * ROW_BLOCK);
  });

  it('drops the discarded future after a fork, keeping what came before', () => {
    const w = new RowWindow(() => {});
    w.put([block(0, 300), block(1, 300)], 300);
    w.discardAfter(100);
    expect(w.length).toBe(100);
    expect(w.get(99)?.step).toBe(100);
    expect(w.held()).toEqual([]);
    w.put([packRows(1, [...rows(1, 100), row(101, 'Script')])], 101);
    expect(w.get(100)?.component).toBe('Script');
  });

  it('reads a partial block’s missing rows again once the run grew past it', async () => {
    const asked: number[][] = [];
    const w = new RowWindow((b) => asked.push(b));
    w.put([block(0, 10)], 10);
    w.put([], 20);
    expect(w.get(15)).toBeUndefined();
    await tick();
    expect(asked).toEqual([[0]]);
  });
});

describe('the filter index', () => {
  it('is built from the worker’s slices in order, and cut back by a fork', () => {
    const w = new RowWindow(() => {});
    w.put([], 50_000);
    expect(startFilter({ component: '', search: '  ', hideRoutine: false })).toBeNull();
    let index = startFilter({ component: 'Broker 1', search: '', hideRoutine: false })!;
    expect(nextScan(index, w.length, 20_000)).toEqual({ from: 1, to: 20_000 });
    expect(extendFilter(index, { key: 'other', from: 1, to: 20_000, indexes: [1] })).toBeNull();
    index = extendFilter(index, { key: index.key, from: 1, to: 20_000, indexes: [0, 7, 19_999] })!;
    expect(extendFilter(index, { key: index.key, from: 1, to: 20_000, indexes: [] })).toBeNull();
    index = extendFilter(index, { key: index.key, from: 20_001, to: 40_000, indexes: [30_000] })!;
    expect(index).toMatchObject({ scanned: 40_000, count: 4 });
    expect(nextScan(index, w.length, 20_000)).toEqual({ from: 40_001, to: 50_000 });
    w.filtered = index;
    w.discardAfter(20_000);
    expect(w.filtered).toMatchObject({ scanned: 20_000, count: 3 });
    expect(w.filtered?.indexes).toEqual([0, 7, 19_999]);
  });
});

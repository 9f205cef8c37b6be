import { describe, expect, it } from 'vitest';
import type { StepRow } from '../engine/view.types';
import { chunkRow, packRows } from '../engine/rowChunk';
import { RowStore } from './rowStore';

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

describe('RowStore', () => {
  it('appends answers without copying and reads any row', () => {
    const store = new RowStore();
    store.apply(packRows(1, rows(1, 3)), 3);
    store.apply(packRows(4, rows(4, 5, 'Producer p1')), 5);
    expect(store.length).toBe(5);
    expect(store.toArray()).toEqual(rows(1, 3).concat(rows(4, 5, 'Producer p1')));
    expect(store.get(3)).toBe(store.get(3));
    expect(store.field(4, 'component')).toBe('Producer p1');
    expect(store.components).toEqual(['Broker 1', 'Producer p1']);
  });
  it('skips rows it already holds when an answer repeats them', () => {
    const store = new RowStore();
    store.apply(packRows(1, rows(1, 4)), 4);
    const rewrites = store.rewrites;
    store.apply(packRows(3, rows(3, 6)), 6);
    expect(store.toArray().map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(store.rewrites).toBe(rewrites);
  });
  it('replaces the discarded future after a fork', () => {
    const store = new RowStore();
    store.apply(packRows(1, rows(1, 10)), 10);
    store.apply(packRows(6, [row(6, 'Script')]), 6, true);
    expect(store.toArray().map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(store.get(5)?.component).toBe('Script');
    expect(store.components).toEqual(['Broker 1', 'Script']);
  });
  it('drops rows past the step count and bumps its version on every change', () => {
    const store = new RowStore();
    store.apply(packRows(1, rows(1, 10)), 10);
    const v = store.version;
    store.apply(packRows(11, []), 4);
    expect(store.length).toBe(4);
    expect(store.get(4)).toBeUndefined();
    expect(store.version).toBeGreaterThan(v);
  });
  it('refuses a chunk that would leave a gap', () => {
    const store = new RowStore();
    expect(() => store.apply(packRows(3, rows(3, 4)), 4)).toThrow();
  });
});

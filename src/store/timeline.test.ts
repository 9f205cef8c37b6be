import { describe, expect, it } from 'vitest';
import type { ClusterView, StepRow } from '../engine/view.types';
import { addComponents, HISTORY_LIMIT, mergeHistory, mergeRows, missingSteps, trackerSteps } from './timeline';

const row = (step: number, component = 'Broker 1'): StepRow => ({ step, timeMs: step, component, action: 'a', messageState: '', output: '' });
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => row(from + i));
const view = (step: number) => ({ step }) as unknown as ClusterView;

describe('mergeRows', () => {
  it('appends new rows', () => {
    expect(mergeRows(rows(1, 3), 4, rows(4, 5), 5).map((r) => r.step)).toEqual([1, 2, 3, 4, 5]);
  });
  it('returns the same array when nothing changed', () => {
    const held = rows(1, 3);
    expect(mergeRows(held, 4, [], 3)).toBe(held);
  });
  it('replaces the discarded future after a fork', () => {
    const merged = mergeRows(rows(1, 10), 6, [row(6, 'Script')], 6);
    expect(merged.map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(merged[5].component).toBe('Script');
  });
  it('drops rows past the step count', () => {
    expect(mergeRows(rows(1, 10), 11, [], 4)).toHaveLength(4);
  });
});

describe('addComponents', () => {
  it('keeps first-seen order without duplicates', () => {
    expect(addComponents(['Broker 1'], [row(1, 'Producer p1'), row(2, 'Broker 1'), row(3, 'Producer p1')])).toEqual(['Broker 1', 'Producer p1']);
  });
});

describe('mergeHistory', () => {
  it('keeps views sorted and bounded around the current step', () => {
    const all = Array.from({ length: 60 }, (_, i) => ({ step: i, view: view(i) }));
    const h = mergeHistory([], all, 30);
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h.map((x) => x.step)).toContain(30);
    expect(h.map((x) => x.step)).toEqual([...h.map((x) => x.step)].sort((a, b) => a - b));
  });
  it('forgets views of a discarded future', () => {
    const h = mergeHistory([0, 1, 2, 3].map((s) => ({ step: s, view: view(s) })), [{ step: 2, view: view(99) }], 2, 2);
    expect(h.map((x) => x.step)).toEqual([0, 1, 2]);
    expect(h[2].view).toEqual(view(99));
  });
});

describe('trackerSteps and missingSteps', () => {
  it('lists the last steps up to the current one', () => {
    expect(trackerSteps(10, 4)).toEqual([7, 8, 9, 10]);
    expect(trackerSteps(1, 4)).toEqual([0, 1]);
  });
  it('finds the views still to fetch', () => {
    expect(missingSteps([{ step: 9, view: view(9) }], [7, 8, 9, 10])).toEqual([7, 8, 10]);
  });
});

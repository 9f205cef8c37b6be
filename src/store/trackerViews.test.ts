import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../engine/view.types';
import { TRACKER_VIEWS_KEPT, mergeTrackerViews, missingSteps, trackerSteps } from './trackerViews';

const view = (step: number) => ({ step }) as unknown as ClusterView;

describe('mergeTrackerViews', () => {
  it('keeps views sorted and bounded around the current step', () => {
    const all = Array.from({ length: 60 }, (_, i) => ({
      step: i,
      view: view(i),
    }));
    const h = mergeTrackerViews([], all, 30);
    expect(h).toHaveLength(TRACKER_VIEWS_KEPT);
    expect(h.map((x) => x.step)).toContain(30);
    expect(h.map((x) => x.step)).toEqual([...h.map((x) => x.step)].sort((a, b) => a - b));
  });
  it('forgets views of a discarded future', () => {
    const h = mergeTrackerViews(
      [0, 1, 2, 3].map((s) => ({ step: s, view: view(s) })),
      [{ step: 2, view: view(99) }],
      2,
      2,
    );
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

import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, rowY, scrollSpace, toContentTop, toScrollTop } from './scrollSpace';

describe('scrollSpace', () => {
  it('is the rows themselves while they fit', () => {
    const space = scrollSpace(1000, 33, 400);
    expect(space).toEqual({ bodyH: 33_000, ratio: 1 });
    expect(rowY(space, 10, 33, 250)).toBe(330);
    expect(toContentTop(space, 250)).toBe(250);
  });

  it('stays under the cap for a run of three million steps', () => {
    const space = scrollSpace(3_000_000, 33, 400);
    expect(space.bodyH).toBe(MAX_SCROLL_PX);
    expect(space.ratio).toBeGreaterThan(6);
  });

  it('reaches the last row at the bottom of the scrollbar and the first at its top', () => {
    const rows = 3_000_000;
    const space = scrollSpace(rows, 33, 400);
    const bottom = space.bodyH - 400;
    expect(toContentTop(space, bottom)).toBeCloseTo(rows * 33 - 400, 3);
    expect(toContentTop(space, 0)).toBe(0);
    // The last row is drawn at the bottom of the view, inside the body.
    const y = rowY(space, rows - 1, 33, bottom);
    expect(y + 33).toBeCloseTo(bottom + 400, 3);
    expect(y + 33).toBeLessThanOrEqual(space.bodyH + 1e-6);
  });

  it('draws neighbouring rows a row apart wherever it stands', () => {
    const space = scrollSpace(2_000_000, 33, 400);
    for (const scrollTop of [0, 1234.5, 7_000_000, space.bodyH - 400]) {
      const pos = Math.floor(toContentTop(space, scrollTop) / 33);
      expect(rowY(space, pos + 1, 33, scrollTop) - rowY(space, pos, 33, scrollTop)).toBeCloseTo(33, 6);
      // The row the scroller looks at is drawn in view.
      const y = rowY(space, pos, 33, scrollTop);
      expect(y).toBeGreaterThan(scrollTop - 33);
      expect(y).toBeLessThanOrEqual(scrollTop);
    }
  });

  it('turns a content position into a scroll position and back', () => {
    const space = scrollSpace(5_000_000, 32, 500);
    expect(toContentTop(space, toScrollTop(space, 123_456_789))).toBeCloseTo(123_456_789, 3);
  });
});

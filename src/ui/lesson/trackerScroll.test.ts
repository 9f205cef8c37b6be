import { describe, expect, it } from 'vitest';
import { type TrackerGeometry, trackerScroll } from './trackerScroll';

// Names 100 px wide, then five columns of 120 px: Start, three moments, Final.
const geometry = (scrollLeft: number, clientWidth = 400): TrackerGeometry => ({
  lefts: [100, 220, 340, 460, 580],
  widths: [120, 120, 120, 120, 120],
  names: 100,
  clientWidth,
  scrollLeft,
  tableWidth: 700,
});

describe('the status tracker scrolled to the reached column', () => {
  it('stays put while the reached column is whole in view', () => {
    expect(trackerScroll(geometry(0), 1)).toBeNull();
  });

  it('shows the reached column and the earlier ones that fit, the first right beside the names', () => {
    // 300 px beside the names: two whole columns, the reached one and the one before it.
    expect(trackerScroll(geometry(0), 3)).toEqual({ scrollLeft: 240, endRoom: 0 });
  });

  it('at the last column, adds room after it rather than cut the column before under the names', () => {
    // Scrolling only to the table's end (300) would leave 60 px of column 3 under the names.
    const scroll = trackerScroll(geometry(0), 4);
    expect(scroll).toEqual({ scrollLeft: 360, endRoom: 60 });
    expect(geometry(0).lefts[3] - (scroll?.scrollLeft ?? 0)).toBe(100); // column 3 starts at the names' edge
  });

  it('scrolls back to the start for an early column, with no room added', () => {
    expect(trackerScroll(geometry(360), 0)).toEqual({ scrollLeft: 0, endRoom: 0 });
  });

  it('puts a column wider than the room beside the names', () => {
    expect(trackerScroll(geometry(0, 200), 2)).toEqual({ scrollLeft: 240, endRoom: 0 });
  });
});

// Where the status tracker scrolls sideways to bring the column the timeline has reached into view.
// Columns are shown whole: the reached one, and as many before it as fit, the first of them right
// beside the sticky names. Scrolling only as far as the table reaches would leave the column before
// the last cut under the names at a lesson's end ("fter step 304"), which reads as a glitch from
// the back of a classroom; the room after the last column makes any such position reachable.

export interface TrackerGeometry {
  /** Each column's left edge and width in the table (px), in order. */
  lefts: readonly number[];
  widths: readonly number[];
  /** The sticky names column's width. */
  names: number;
  /** The scroller's visible width, and where it is scrolled to now. */
  clientWidth: number;
  scrollLeft: number;
  /** The table's width, without any room added after it. */
  tableWidth: number;
}

export interface TrackerScroll {
  scrollLeft: number;
  /** Room to add after the last column so that scrollLeft can be reached (0: none). */
  endRoom: number;
}

/** Where to scroll so column `now` is whole in view; null when it already is. */
export function trackerScroll(g: TrackerGeometry, now: number): TrackerScroll | null {
  const right = (i: number) => g.lefts[i] + g.widths[i];
  const visibleFrom = g.scrollLeft + g.names;
  const visibleTo = g.scrollLeft + g.clientWidth;
  if (g.lefts[now] >= visibleFrom && right(now) <= visibleTo) return null;
  const room = g.clientWidth - g.names;
  let first = now;
  while (first > 0 && right(now) - g.lefts[first - 1] <= room) first--;
  const scrollLeft = Math.max(0, g.lefts[first] - g.names);
  return { scrollLeft, endRoom: Math.max(0, Math.ceil(scrollLeft + g.clientWidth - g.tableWidth)) };
}

// Browsers cap an element's height — Chromium at 33,554,428 px, Firefox near 17,895,697 — so the
// rows of a long run (a million steps at 33 px a row) cannot be a real scroll range: past the cap
// the table could not scroll to its last million rows, and a seek there left the current row out
// of sight. Past MAX_SCROLL_PX the scroll range is compressed instead: the scrollbar spans
// MAX_SCROLL_PX, each scrolled pixel moves the rows `ratio` pixels, and rows are drawn relative to
// where the scroller stands, so the rows in view sit exactly a row apart whatever the ratio.

/** Below every browser's cap, with room for the header row. */
export const MAX_SCROLL_PX = 15_000_000;

export interface ScrollSpace {
  /** Height of the body element: every row's height, or MAX_SCROLL_PX past it. */
  bodyH: number;
  /** Content pixels per scrolled pixel: 1 until the rows outgrow MAX_SCROLL_PX. */
  ratio: number;
}

/** The scroll range for `total` rows of `rowH` seen through a body `viewH` high. */
export function scrollSpace(total: number, rowH: number, viewH: number, maxPx = MAX_SCROLL_PX): ScrollSpace {
  const contentH = Math.max(0, total) * rowH;
  if (contentH <= maxPx) return { bodyH: contentH, ratio: 1 };
  // The last scrolled pixel shows the last row: both ranges end one view above their bottom.
  const view = Math.min(Math.max(0, viewH), maxPx - 1);
  return { bodyH: maxPx, ratio: (contentH - view) / (maxPx - view) };
}

/** Where in the rows (content pixels) a scroll position looks. */
export function toContentTop(space: ScrollSpace, scrollTop: number): number {
  return scrollTop * space.ratio;
}

/** The scroll position that looks at `contentTop`. */
export function toScrollTop(space: ScrollSpace, contentTop: number): number {
  return contentTop / space.ratio;
}

/** Where row `pos` is drawn in the body while the scroller stands at `scrollTop`. */
export function rowY(space: ScrollSpace, pos: number, rowH: number, scrollTop: number): number {
  return space.ratio === 1 ? pos * rowH : scrollTop + pos * rowH - toContentTop(space, scrollTop);
}

// A small fixed-row-height virtualizer: which rows to render, and where to scroll to show one.

export interface RowRange {
  /** First rendered index (inclusive) and last (exclusive). */
  start: number;
  end: number;
}

export function visibleRange(scrollTop: number, viewportH: number, rowH: number, total: number, overscan = 8): RowRange {
  if (total <= 0 || rowH <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowH);
  const count = Math.ceil(Math.max(0, viewportH) / rowH) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start: Math.min(start, end), end };
}

/**
 * The scrollTop that brings row `index` into view with `margin` rows around it, or null when it is
 * already comfortably visible (so the table does not jump under the teacher's pointer).
 */
export function revealScrollTop(index: number, scrollTop: number, viewportH: number, rowH: number, margin = 1): number | null {
  if (index < 0 || rowH <= 0) return null;
  const top = index * rowH;
  const bottom = top + rowH;
  const pad = margin * rowH;
  if (top - pad < scrollTop) return Math.max(0, top - pad);
  if (bottom + pad > scrollTop + viewportH) return Math.max(0, bottom + pad - viewportH);
  return null;
}

/** Binary search in a sorted index list (its first `length` entries): position of `value`, or -1. */
export function indexOfSorted(sorted: readonly number[], value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Position of the last entry ≤ `value` in a sorted index list (its first `length` entries), or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export { type RowText, rowFilter } from '../../protocol/rowFilter';

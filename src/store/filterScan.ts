// The rows that pass the table's filter, for a run the page holds only a window of: the worker
// scans the run in slices (a 'filterRows' request each) and the page appends the passing indexes.
// Only the indexes are kept (4 bytes a passing row, only while a filter is on); the rows themselves
// are fetched like any other when the table shows them. A fork cuts the index back (rowWindow.ts).
import { type RowFilterSpec, rowFilterKey } from '../protocol/rowFilter';

export interface FilterIndex {
  key: string;
  spec: RowFilterSpec;
  /** Rows 0 .. scanned - 1 have been scanned. */
  scanned: number;
  /** Passing rows are indexes[0 .. count - 1], in order. */
  count: number;
  indexes: number[];
}

export interface FilterSlice {
  key: string;
  from: number;
  to: number;
  indexes: readonly number[];
}

/** A new, empty index for a filter, or null when the filter lets every row through. */
export function startFilter(spec: RowFilterSpec): FilterIndex | null {
  if (!spec.component && !spec.search.trim() && !spec.hideRoutine) return null;
  return { key: rowFilterKey(spec), spec, scanned: 0, count: 0, indexes: [] };
}

/** The steps to scan next (at most `slice` of them), or null when the index covers the run's `length` rows. */
export function nextScan(index: FilterIndex | null, length: number, slice: number): { from: number; to: number } | null {
  if (!index || index.scanned >= length) return null;
  return { from: index.scanned + 1, to: Math.min(length, index.scanned + slice) };
}

/**
 * The index with a worker's slice appended, or null when the slice does not fit (another filter's,
 * or not where the index stopped: the run forked or the filter changed while it was on its way).
 * The indexes array is extended in place: nothing else holds on to its tail.
 */
export function extendFilter(index: FilterIndex, slice: FilterSlice): FilterIndex | null {
  if (slice.key !== index.key || slice.from !== index.scanned + 1) return null;
  const indexes = index.indexes;
  indexes.length = index.count;
  for (const i of slice.indexes) indexes.push(i);
  return { ...index, scanned: slice.to, count: indexes.length, indexes };
}

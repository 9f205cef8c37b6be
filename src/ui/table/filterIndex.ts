// The rows that pass the table's filter, kept up to date as rows arrive: each call scans only the
// rows added since the last one, so a filter left on during "Fast" playback costs as much per
// answer as the answer's rows, not the whole run. A rewrite of the rows (a fork) starts over.
import type { RowSource } from './rowSource';
import { rowFilter } from './virtualWindow';

export interface FilterIndex {
  key: string;
  rewrites: number;
  scanned: number;
  /** Passing rows are indexes[0 .. count - 1]; the array may be shared with newer FilterIndexes. */
  count: number;
  indexes: number[];
}

/** Indexes of rows passing the filter (null: every row passes), reusing and extending `prev`. */
export function updateFilterIndex(prev: FilterIndex | null, rows: RowSource, component: string, search: string, hideRoutine: boolean): FilterIndex | null {
  const keep = rowFilter(component, search, hideRoutine);
  if (!keep) return null;
  if (prev && prev.scanned === rows.length && prev.rewrites === rows.rewrites && prev.key === filterKey(component, search, hideRoutine)) return prev;
  const key = filterKey(component, search, hideRoutine);
  const fresh = !prev || prev.key !== key || prev.rewrites !== rows.rewrites || prev.scanned > rows.length;
  // Extending shares prev's array (no copy per answer); cutting it back to prev's count first makes
  // a repeated call with the same prev (React may render twice) give the same result.
  const index: FilterIndex = fresh ? { key, rewrites: rows.rewrites, scanned: 0, count: 0, indexes: [] } : { ...prev };
  index.indexes.length = index.count;
  for (let i = index.scanned; i < rows.length; i++) {
    const text = {
      component: rows.field(i, 'component'),
      action: rows.field(i, 'action'),
      messageState: rows.field(i, 'messageState'),
      output: rows.field(i, 'output'),
      routine: rows.isRoutine(i),
    };
    if (keep(text)) index.indexes.push(i);
  }
  index.count = index.indexes.length;
  index.scanned = rows.length;
  return index;
}

function filterKey(component: string, search: string, hideRoutine: boolean): string {
  return JSON.stringify([component, search.trim().toLowerCase(), hideRoutine]);
}

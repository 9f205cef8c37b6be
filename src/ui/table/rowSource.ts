// What the execution table reads rows from: the store's RowWindow, or anything shaped like it.
import type { RowField } from '../../engine/rowChunk';
import type { StepRow } from '../../engine/view.types';

/** The rows passing the table's filter, found so far (the run is scanned in slices). */
export interface FilteredRows {
  /** Rows 0 .. scanned - 1 were looked at. */
  readonly scanned: number;
  /** Passing rows are indexes[0 .. count - 1], in order. */
  readonly count: number;
  readonly indexes: readonly number[];
}

export interface RowSource {
  /** Rows in the run (held or not). */
  readonly length: number;
  /** Row at 0-based index (step index + 1); undefined while it is being fetched. */
  get(index: number): StepRow | undefined;
  field(index: number, field: RowField): string;
  isRoutine(index: number): boolean;
  /** Set while a filter is on. */
  readonly filtered: FilteredRows | null;
}

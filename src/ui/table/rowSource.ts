// What the execution table reads rows from: the store's RowStore, or anything shaped like it.
import type { RowField } from '../../engine/rowChunk';
import type { StepRow } from '../../engine/view.types';

export interface RowSource {
  readonly length: number;
  /** Bumped when rows were dropped or replaced: an index built over them must start over. */
  readonly rewrites: number;
  /** Row at 0-based index (step index + 1). */
  get(index: number): StepRow | undefined;
  field(index: number, field: RowField): string;
  isRoutine(index: number): boolean;
}



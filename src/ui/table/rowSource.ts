// What the execution table reads rows from: the store's RowStore, or anything shaped like it.
import type { StepRow } from '../../engine/view.types';

export type RowTextField = 'component' | 'action' | 'messageState' | 'output';

export interface RowSource {
  readonly length: number;
  /** Bumped when rows were dropped or replaced: an index built over them must start over. */
  readonly rewrites: number;
  /** Row at 0-based index (step index + 1). */
  get(index: number): StepRow | undefined;
  field(index: number, field: RowTextField): string;
  isRoutine(index: number): boolean;
}

/** A RowSource over a plain array, for tests and small tables. */
export function arraySource(rows: readonly StepRow[]): RowSource {
  return {
    length: rows.length,
    rewrites: 0,
    get: (i) => rows[i],
    field: (i, f) => rows[i]?.[f] ?? '',
    isRoutine: (i) => rows[i]?.routine === true,
  };
}

// A digest of every row the run has played, kept by the worker beside the engine: each row's
// component (as an index into the list of names) and its routine flag, 3 bytes a row. It gives the
// table's component list, and answers the component and "Hide routine" filters over a whole run at
// once, without reading rows the engine may have evicted (and would replay to read). Text search
// still reads the rows (filterRows in rowBlocks.ts).
import type { Simulation } from '../engine/api.types';
import type { RowFilterSpec } from '../protocol/rowFilter';

/** Rows one filter answer from the digest may cover (its indexes travel to the page). */
export const MAX_DIGEST_FILTER_ROWS = 500_000;

export class RowDigest {
  private names: string[] = [];
  private ids = new Map<string, number>();
  private component = new Uint16Array(1024);
  private routine = new Uint8Array(1024);
  /** Rows 1..length (steps) are digested. */
  private length = 0;

  /** Distinct components in first-seen order. */
  get components(): string[] {
    return this.names;
  }

  /** The run forked at `step`: rows after it are gone (names seen stay: they belong to the scenario). */
  forkedAt(step: number): void {
    this.length = Math.min(this.length, step);
  }

  /** Digests the rows played since the last call. */
  update(sim: Simulation): void {
    if (sim.stepCount < this.length) this.length = sim.stepCount;
    if (sim.stepCount === this.length) return;
    this.reserve(sim.stepCount);
    for (const row of sim.rows(this.length + 1, sim.stepCount)) {
      let id = this.ids.get(row.component);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(row.component, id);
        this.names = [...this.names, row.component];
      }
      this.component[row.step - 1] = id;
      this.routine[row.step - 1] = row.routine === true ? 1 : 0;
    }
    this.length = sim.stepCount;
  }

  /**
   * 0-based indexes of rows `from`..`to` (steps) passing a filter without search text, or null when
   * the filter searches text or the rows are not digested yet.
   */
  filter(spec: RowFilterSpec, from: number, to: number): { from: number; to: number; indexes: number[] } | null {
    if (spec.search.trim() !== '' || from < 1 || to > this.length) return null;
    const last = Math.min(to, from + MAX_DIGEST_FILTER_ROWS - 1);
    const wanted = spec.component === '' ? -1 : (this.ids.get(spec.component) ?? -2);
    const indexes: number[] = [];
    for (let i = from - 1; i < last; i++) {
      if (spec.hideRoutine && this.routine[i] === 1) continue;
      if (wanted !== -1 && this.component[i] !== wanted) continue;
      indexes.push(i);
    }
    return { from, to: Math.max(from - 1, last), indexes };
  }

  private reserve(rows: number): void {
    if (rows <= this.component.length) return;
    let size = this.component.length;
    while (size < rows) size *= 2;
    const component = new Uint16Array(size);
    component.set(this.component);
    const routine = new Uint8Array(size);
    routine.set(this.routine);
    this.component = component;
    this.routine = routine;
  }
}

// Pure helpers that fold the engine's answers into the store's copies of rows and recent views.
import type { ClusterView, StepRow } from '../engine/view.types';

/** Replaces everything from step `rowsFrom` on with `incoming`, then drops rows past `stepCount`. */
export function mergeRows(held: readonly StepRow[], rowsFrom: number, incoming: readonly StepRow[], stepCount: number): StepRow[] {
  const keep = Math.max(0, Math.min(rowsFrom - 1, held.length));
  if (keep === held.length && incoming.length === 0 && held.length <= stepCount) return held as StepRow[];
  const merged = keep === held.length ? held.concat(incoming) : held.slice(0, keep).concat(incoming);
  return merged.length > stepCount ? merged.slice(0, stepCount) : merged;
}

/** Distinct components in first-seen order, for the table's filter. */
export function addComponents(known: readonly string[], rows: readonly StepRow[]): readonly string[] {
  let added: string[] | null = null;
  const seen = new Set(known);
  for (const row of rows) {
    if (!seen.has(row.component)) {
      seen.add(row.component);
      (added ??= [...known]).push(row.component);
    }
  }
  return added ?? known;
}

export interface StepView {
  step: number;
  view: ClusterView;
}

/** How many recent views the store keeps for the status tracker. */
export const HISTORY_LIMIT = 24;

/**
 * Adds views to the ring of recent views, sorted by step. `dropFrom` forgets views at and after a
 * fork point: they showed a future that no longer exists. Keeps the views nearest `around`.
 */
export function mergeHistory(
  history: readonly StepView[],
  added: readonly StepView[],
  around: number,
  dropFrom: number | null = null,
): StepView[] {
  const byStep = new Map<number, ClusterView>();
  for (const h of history) if (dropFrom === null || h.step < dropFrom) byStep.set(h.step, h.view);
  for (const a of added) byStep.set(a.step, a.view);
  const steps = [...byStep.keys()].sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b);
  return steps
    .slice(0, HISTORY_LIMIT)
    .sort((a, b) => a - b)
    .map((step) => ({ step, view: byStep.get(step)! }));
}

/** The steps the status tracker shows: up to `columns` steps ending at the current one. */
export function trackerSteps(currentStep: number, columns: number): number[] {
  const first = Math.max(0, currentStep - columns + 1);
  const steps: number[] = [];
  for (let s = first; s <= currentStep; s++) steps.push(s);
  return steps;
}

/** Tracker steps whose views the store does not hold yet. */
export function missingSteps(history: readonly StepView[], wanted: readonly number[]): number[] {
  const held = new Set(history.map((h) => h.step));
  return wanted.filter((s) => !held.has(s));
}

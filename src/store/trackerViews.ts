// The status tracker's views: the cluster at the last few steps, kept by the store and folded in
// from the engine's answers. ("Time travel" is the engine's timeline; "Timeline" is the slider.)
import type { ClusterView } from '../engine/view.types';

export interface StepView {
  step: number;
  view: ClusterView;
}

/** Columns of the status tracker: this many steps up to and including the current one. */
export const TRACKER_COLUMNS = 4;

/** How many recent views the store keeps for the status tracker. */
export const TRACKER_VIEWS_KEPT = 24;

/**
 * Adds views to the recent views, sorted by step. `dropFrom` forgets views at and after a fork
 * point: they showed a future that no longer exists. Keeps the views nearest `around`.
 */
export function mergeTrackerViews(views: readonly StepView[], added: readonly StepView[], around: number, dropFrom: number | null = null): StepView[] {
  const byStep = new Map<number, ClusterView>();
  for (const h of views) if (dropFrom === null || h.step < dropFrom) byStep.set(h.step, h.view);
  for (const a of added) byStep.set(a.step, a.view);
  const steps = [...byStep.keys()].sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b);
  return steps
    .slice(0, TRACKER_VIEWS_KEPT)
    .sort((a, b) => a - b)
    .map((step) => ({ step, view: byStep.get(step)! }));
}

/** The steps the status tracker shows: up to `columns` steps ending at the current one. */
export function trackerSteps(currentStep: number, columns = TRACKER_COLUMNS): number[] {
  const first = Math.max(0, currentStep - columns + 1);
  const steps: number[] = [];
  for (let s = first; s <= currentStep; s++) steps.push(s);
  return steps;
}

/** Tracker steps whose views the store does not hold yet. */
export function missingSteps(views: readonly StepView[], wanted: readonly number[]): number[] {
  const held = new Set(views.map((h) => h.step));
  return wanted.filter((s) => !held.has(s));
}

// The next move that brings this page's run closer to the teacher's: open the same scenario, apply
// the teacher's interventions at their steps, go to the teacher's step. Pure: the follower calls it
// again after every answer of the engine, so a teacher who moves on meanwhile just changes the goal.
import type { SessionIntervention } from './protocol';
import { commonPrefix } from './sessionSource';

export interface LocalRun {
  status: 'empty' | 'loading' | 'ready';
  /** sourceKey of the open scenario (null while nothing is open). */
  sourceKey: string | null;
  interventions: readonly SessionIntervention[];
  currentStep: number;
  stepCount: number;
  finished: boolean;
}

export interface TargetRun {
  sourceKey: string;
  interventions: readonly SessionIntervention[];
  step: number;
}

export type SyncMove = { move: 'load' } | { move: 'wait' } | { move: 'seek'; step: number } | { move: 'intervene'; intervention: SessionIntervention };

export function nextMove(local: LocalRun, target: TargetRun): SyncMove | null {
  if (local.status === 'loading') return { move: 'wait' };
  if (local.status !== 'ready' || local.sourceKey !== target.sourceKey) return { move: 'load' };
  const shared = commonPrefix(local.interventions, target.interventions);
  // This page made interventions the teacher did not: only a fresh run can drop them.
  if (shared < local.interventions.length) return { move: 'load' };
  const atEnd = local.finished && local.currentStep === local.stepCount;
  if (shared < target.interventions.length) {
    const next = target.interventions[shared];
    if (local.currentStep === next.step || (atEnd && next.step > local.stepCount)) return { move: 'intervene', intervention: next };
    return { move: 'seek', step: next.step };
  }
  if (local.currentStep === target.step || (atEnd && target.step > local.stepCount)) return null;
  return { move: 'seek', step: target.step };
}

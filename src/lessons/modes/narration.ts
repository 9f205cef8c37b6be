// The narration line under the diagram: the latest cue whose event has happened by the step.
import type { SimEvent } from '../../engine/view.types';
import type { NarrationCue } from '../types';
import { latestReached, resolveAll } from './resolveEvent';

export interface ResolvedCue extends NarrationCue {
  step: number | null;
}

export function resolveNarration(cues: readonly NarrationCue[], events: readonly SimEvent[]): ResolvedCue[] {
  return resolveAll(cues, events);
}

/** The cue to show at `currentStep`, or null before the first one. */
export function narrationAt(cues: readonly NarrationCue[], events: readonly SimEvent[], currentStep: number): ResolvedCue | null {
  const resolved = resolveNarration(cues, events);
  const i = latestReached(resolved, currentStep);
  return i === null ? null : resolved[i];
}

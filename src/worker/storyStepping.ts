// The worker's side of story navigation: it asks story/moments about the steps it plays, so a
// stop at a moment is exact at every speed (the page never polls for it), and it marks the rows
// it sends routine by the same rule the stepping uses.
import type { Simulation } from '../engine/api.types';
import type { RowChunk } from '../engine/rowChunk';
import type { SimEvent, StepRow } from '../engine/view.types';
import type { StepDetailsMessage } from '../protocol/messages';
import { classifyStep, eventsByStep, isStoryEvent, type MomentBinding, type StepKind } from '../story/moments';
import { viewChanges } from '../story/viewChanges';
import { boundedView } from './boundedView';

/** How far back the narration looks for the latest moment: past this the story has moved on. */
export const STORY_LOOKBACK_STEPS = 2000;

export function stepKind(sim: Simulation, step: number, binding: MomentBinding | null = null): StepKind {
  if (step <= 0 || step > sim.stepCount) return 'plain';
  const row = sim.rows(step, step)[0];
  return classifyStep({ step, routine: row?.routine === true, events: sim.events(step, step) }, binding);
}

export const isRoutineAt = (sim: Simulation, step: number) => stepKind(sim, step) === 'routine';
/**
 * Whether a step is a moment. The row's routine flag never turns a moment into anything else
 * (classifyStep), so it is not read: at "Fast" this runs for every step played.
 */
export function isMomentAt(sim: Simulation, step: number, binding: MomentBinding | null = null): boolean {
  if (step <= 0 || step > sim.stepCount) return false;
  return classifyStep({ step, routine: false, events: sim.events(step, step) }, binding) === 'moment';
}

/** The step of the previous moment before `before`, or 0 when there is none. */
export function previousMoment(sim: Simulation, before: number, binding: MomentBinding | null): number {
  for (let s = Math.min(before, sim.stepCount + 1) - 1; s > 0; s--) if (isMomentAt(sim, s, binding)) return s;
  return 0;
}

/**
 * The latest generated moment at or before `step`, with its events, for generated narration. A
 * step with a story event is always a generated moment, so the events alone find it.
 */
export function latestMoment(sim: Simulation, step: number): { step: number; events: SimEvent[] } | null {
  if (step < 1) return null;
  const events = sim.events(Math.max(1, step - STORY_LOOKBACK_STEPS), Math.min(step, sim.stepCount));
  for (let i = events.length - 1; i >= 0; i--) {
    if (!isStoryEvent(events[i])) continue;
    const at = events[i].step;
    return { step: at, events: events.filter((e) => e.step === at) };
  }
  return null;
}

/** Sets the chunk's routine flags by story/moments (a routine row with a story event is news). */
export function markRoutine(sim: Simulation, chunk: RowChunk): RowChunk {
  if (chunk.count === 0) return chunk;
  const byStep = eventsByStep(sim.events(chunk.from, chunk.from + chunk.count - 1));
  for (let i = 0; i < chunk.count; i++) {
    const step = chunk.from + i;
    const kind = classifyStep({ step, routine: chunk.routine[i] === 1, events: byStep.get(step) ?? [] });
    chunk.routine[i] = kind === 'routine' ? 1 : 0;
  }
  return chunk;
}

/** Rows `from`..`to` with their routine flags set by story/moments (as markRoutine does for a chunk). */
export function storyRows(sim: Simulation, from: number, to: number): StepRow[] {
  const byStep = eventsByStep(sim.events(from, to));
  return sim.rows(from, to).map((row) => {
    const routine = classifyStep({ step: row.step, routine: row.routine === true, events: byStep.get(row.step) ?? [] }) === 'routine';
    if (routine === (row.routine === true)) return row;
    const { routine: _, ...rest } = row;
    return routine ? { ...rest, routine } : rest;
  });
}

/** One step in full: its row, its events, and the views on either side compared. */
export function stepDetails(sim: Simulation, step: number): Omit<StepDetailsMessage, 'type'> {
  const s = Math.max(1, Math.min(sim.stepCount, Math.floor(step)));
  if (sim.stepCount === 0) return { step, row: null, events: [], changes: [] };
  const back = sim.currentStep;
  try {
    sim.seek(s - 1);
    const before = boundedView(sim);
    sim.seek(s);
    const after = boundedView(sim);
    return { step: s, row: sim.rows(s, s)[0] ?? null, events: sim.events(s, s), changes: viewChanges(before, after) };
  } finally {
    sim.seek(back);
  }
}

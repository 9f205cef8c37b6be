// The update loop: take the next event and apply its rule; the step's events are its output (the
// execution-table row is rendered from them when shown, by rows/).
import type { EngineEvent } from '../rowEvents';
import { compactQueue } from './context';
import { peekQueue } from './farTimers';
import { heapPop } from './heap';
import { dispatch } from './dispatch';
import type { SimState } from './state';
import { checkStep } from '../check/anomalies';

export interface PlayedStep {
  step: number;
  timeMs: number;
  /**
   * What happened, in order; never empty when the run emits row events (one at least heads the
   * step's row). A run without them (TimelineOptions.rowEvents) may have steps with none.
   */
  events: EngineEvent[];
}

/** Plays the next step; null when nothing is left before the end of the run. */
export function playStep(state: SimState, untilMs: number): PlayedStep | null {
  compactQueue(state);
  for (;;) {
    const next = peekQueue(state);
    if (!next || next.atMs > untilMs) return null;
    heapPop(state.queue);
    const timeBefore = state.timeMs;
    state.timeMs = next.atMs;
    state.step++;
    // The list is empty between steps (emptied below): a step's rule starts it.
    const outcome = dispatch(state, next);
    if (outcome === null) {
      // A replaced timer is not a step: time does not move for it either, so a replay that
      // dropped it earlier reaches the same state. Anything it emitted goes with it.
      state.step--;
      state.timeMs = timeBefore;
      if (state.stepEvents.length > 0) state.stepEvents = [];
      continue;
    }
    const events = state.stepEvents;
    checkStep(state, events);
    state.stepEvents = [];
    return { step: state.step, timeMs: state.timeMs, events };
  }
}

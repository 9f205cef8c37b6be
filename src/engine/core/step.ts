// The update loop: take the next event, apply its rule, and return the execution-table row.
import type { SimEvent, StepRow } from '../view.types';
import { heapPeek, heapPop } from './heap';
import { dispatch } from './dispatch';
import type { SimState } from './state';
import { checkLostWrites } from '../check/anomalies';

export interface PlayedStep {
  row: StepRow & { routine?: boolean };
  events: SimEvent[];
}

/** Plays the next step; null when nothing is left before the end of the run. */
export function playStep(state: SimState, untilMs: number): PlayedStep | null {
  for (;;) {
    const next = heapPeek(state.queue);
    if (!next || next.atMs > untilMs) return null;
    heapPop(state.queue);
    const timeBefore = state.timeMs;
    state.timeMs = next.atMs;
    state.step++;
    state.stepEvents = [];
    const text = dispatch(state, next);
    if (!text) {
      // A replaced timer is not a step: time does not move for it either, so a replay that
      // dropped it earlier reaches the same state.
      state.step--;
      state.timeMs = timeBefore;
      continue;
    }
    checkLostWrites(state);
    const row: PlayedStep['row'] = { step: state.step, timeMs: state.timeMs, component: text.component, action: text.action, messageState: text.messageState, output: text.output };
    if (text.routine) row.routine = true;
    const events = state.stepEvents;
    state.stepEvents = [];
    return { row, events };
  }
}

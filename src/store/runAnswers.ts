// How the engine's answers change the run's state, as pure functions of the state and the answer
// (runEngine.ts applies them, rows first).
import type { StateMessage } from '../protocol/messages';
import type { AppState } from './state';
import { mergeTrackerViews } from './trackerViews';

/** The state after a 'state' answer: the step, the view, the tracker's views; a fork's notice. */
export function stateAnswerPatch(s: AppState, msg: StateMessage, components: readonly string[]): Partial<AppState> {
  // The worker says where a fork happened; views after it showed a future that is gone.
  const dropFrom = msg.forkedAt ?? (msg.stepCount < s.stepCount ? msg.stepCount + 1 : null);
  return {
    view: msg.view,
    currentStep: msg.currentStep,
    stepCount: msg.stepCount,
    finished: msg.finished,
    components,
    lastEvents: msg.events,
    trackerViews: mergeTrackerViews(s.trackerViews, [{ step: msg.currentStep, view: msg.view }], msg.currentStep, dropFrom),
    ...(msg.forkedAt !== undefined ? { forkedAt: msg.forkedAt, lessonForkStep: Math.min(s.lessonForkStep ?? msg.forkedAt, msg.forkedAt) } : {}),
  };
}

/**
 * The first broken invariant a view reports (only development builds check them), as the notice's
 * text; once shown (and maybe dismissed), the same one is not shown again until the next load.
 */
export function createInvariantWatch() {
  let shown: string | null = null;
  return {
    patch(msg: StateMessage): Partial<AppState> {
      const found = msg.view.invariantViolations;
      if (found.length === 0 || found[0] === shown) return {};
      shown = found[0];
      const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
      return { invariantViolation: `${found[0]}${more}` };
    },
    reset() {
      shown = null;
    },
  };
}

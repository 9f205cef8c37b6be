// Story navigation in the store: Next / Previous moment, "Pause at moments", the current step's
// events (what the diagram highlights), the latest moment (generated narration) and "Step <n>
// details". What is and is not a moment is decided in story/moments, in the worker, so a stop is
// exact at every speed; this module only says which moments count (a lesson's) and asks.
import type { AnomalyView, SimEvent } from '../engine/view.types';
import { ackOf } from '../story/anomalyLinks';
import type { StateMessage, StepDetailsMessage, ToEngineBody } from '../protocol/messages';
import type { MomentBinding } from '../story/moments';
import type { SetState } from './sliceKit';
import type { AppState } from './state';

export interface StoryActions {
  nextMoment(): void;
  previousMoment(): void;
  setPauseAtMoments(on: boolean): void;
  /** Opens "Step <n> details" and asks the worker for the step in full. */
  openStepDetails(step: number): void;
  closeStepDetails(): void;
  /** Moves the timeline to the step at which an anomaly's record was acknowledged. */
  showAck(anomaly: AnomalyView): void;
}

export interface StepDetailsState {
  step: number;
  /** null while the worker is still telling it. */
  details: StepDetailsMessage | null;
}

export interface StorySlice {
  /** null: the scenario's default (on in a lesson, off elsewhere). */
  pauseAtMoments: boolean | null;
  /** The events of the current step alone. */
  stepEvents: SimEvent[];
  /** The latest generated moment at or before the current step, with its events. */
  storyMoment: { step: number; events: SimEvent[] } | null;
  stepDetails: StepDetailsState | null;
  storyActions: StoryActions;
}

/** A scenario narrated like a lesson: a built-in lesson, or a file with its own narration. */
export const isNarrated = (s: AppState) => s.source?.kind === 'lesson' || s.lessonCues.length > 0;

export const selectStoryActions = (s: AppState) => s.storyActions;
export const selectStepEvents = (s: AppState) => s.stepEvents;
export const selectStepDetails = (s: AppState) => s.stepDetails;

export const pauseAtMomentsOn = (s: AppState) => s.pauseAtMoments ?? isNarrated(s);

/**
 * In a lesson, the moments are its narration's steps up to an intervention (or the end of the run
 * the cues were resolved on); after that, and before the cues are known, the worker generates them.
 */
export function momentBinding(s: AppState): MomentBinding | undefined {
  if (s.lessonCues.length === 0) return undefined;
  const runEnd = s.lessonRun?.stepCount ?? Number.MAX_SAFE_INTEGER;
  return { boundSteps: s.lessonCues.map((c) => c.step), boundUntil: Math.min(runEnd, s.lessonForkStep ?? Number.MAX_SAFE_INTEGER) };
}

/** What every load resets. */
export const storyStateOnLoad = (): Partial<StorySlice> => ({ pauseAtMoments: null, stepEvents: [], storyMoment: null, stepDetails: null });

/** The part of an engine answer this slice keeps. */
export const storyPatch = (msg: StateMessage): Partial<StorySlice> => ({ stepEvents: msg.stepEvents ?? [], storyMoment: msg.story ?? null });

export interface StoryDeps {
  send(body: ToEngineBody): void;
  /** The row blocks the page holds (the worker sends only the others). */
  held(): number[];
  /** Stops playback; false when the run is not ready for a request. */
  takeOver(): boolean;
}

export function createStorySlice(set: SetState, get: () => AppState, deps: StoryDeps): StorySlice {
  const actions: StoryActions = {
    nextMoment() {
      if (!deps.takeOver()) return;
      const s = get();
      if (s.finished && s.currentStep >= s.stepCount) return;
      deps.send({ type: 'stepForward', count: 5000, held: deps.held(), stopAtMoment: true, moments: momentBinding(s) });
    },
    previousMoment() {
      if (!deps.takeOver() || get().currentStep === 0) return;
      deps.send({ type: 'stepBack', held: deps.held(), toMoment: true, moments: momentBinding(get()) });
    },
    setPauseAtMoments: (on) => set({ pauseAtMoments: on }),
    openStepDetails(step) {
      if (get().status !== 'ready') return;
      set({ stepDetails: { step, details: null } });
      deps.send({ type: 'stepDetails', step });
    },
    closeStepDetails: () => set({ stepDetails: null }),
    showAck(anomaly) {
      const link = ackOf(anomaly);
      if (!link) return;
      if ('step' in link) get().actions.seek(link.step);
      else if (deps.takeOver()) deps.send({ type: 'seekEvent', query: link.query, held: deps.held() });
    },
  };
  return { pauseAtMoments: null, stepEvents: [], storyMoment: null, stepDetails: null, storyActions: actions };
}

/** The worker told a step in full: show it, if that step's details are still open. */
export function applyStepDetails(get: () => AppState, set: SetState, msg: StepDetailsMessage): void {
  const open = get().stepDetails;
  if (open && open.step === msg.step) set({ stepDetails: { step: msg.step, details: msg } });
}

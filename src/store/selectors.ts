// Module-level selectors: stable functions, so components re-render only when their slice changes.
import type { ClusterView } from '../engine/view.types';
import type { AppState } from './state';
import { trackerSteps } from './trackerViews';

export const selectActions = (s: AppState) => s.actions;
export const selectStatus = (s: AppState) => s.status;
export const selectView = (s: AppState) => s.view;
export const selectScenario = (s: AppState) => s.scenario;
export const selectTitle = (s: AppState) => s.title;
export const selectCurrentStep = (s: AppState) => s.currentStep;
export const selectStepCount = (s: AppState) => s.stepCount;
export const selectFinished = (s: AppState) => s.finished;
export const selectRows = (s: AppState) => s.rows;
export const selectRowsVersion = (s: AppState) => s.rowsVersion;
export const selectComponents = (s: AppState) => s.components;
export const selectComponentFilter = (s: AppState) => s.componentFilter;
export const selectRowSearch = (s: AppState) => s.rowSearch;
export const selectHideRoutine = (s: AppState) => s.hideRoutine;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectForkedAt = (s: AppState) => s.forkedAt;
export const selectEngineError = (s: AppState) => s.engineError;
export const selectInvariantViolation = (s: AppState) => s.invariantViolation;
/** The last open's error when it was an import ("Import scenario" shows it beside itself). */
export const selectImportError = (s: AppState) => (s.openError?.kind === 'text' ? s.openError.message : null);
export const selectSelection = (s: AppState) => s.selection;
export const selectPanelFocusRequest = (s: AppState) => s.panelFocusRequest;
export const selectTimeMs = (s: AppState) => s.view?.timeMs ?? 0;
export const selectReady = (s: AppState) => s.status === 'ready';
export const selectTheme = (s: AppState) => s.theme;
export const selectAnomalies = (s: AppState) => s.view?.anomalies ?? noAnomalies;
const noAnomalies: never[] = [];

/**
 * The current step's row, or null at step 0. Reads rowsVersion so the answer changes with the
 * rows; the row store hands out the same object for the same row, as selectors need.
 */
export const selectCurrentRow = (s: AppState) => (s.currentStep > 0 && s.rowsVersion >= 0 ? (s.rows.get(s.currentStep - 1) ?? null) : null);
/** Whether playback should skip animations: at "Fast" (and 50 steps/s) they could never finish. */
export const selectAnimate = (s: AppState) => !(s.playing && (s.speed === 'fast' || s.speed >= 50));

/** The status tracker's steps (with selectCurrentStep, no hook needed: it is pure). */
export const trackerStepsAt = (currentStep: number) => trackerSteps(currentStep);

/**
 * Views for the status tracker's columns, null where not yet known. Elements are the store's own
 * view objects, so useShallow keeps the array stable between unrelated updates.
 */
export const selectTrackerViews = (s: AppState): (ClusterView | null)[] => {
  const byStep = new Map(s.trackerViews.map((h) => [h.step, h.view]));
  return trackerStepsAt(s.currentStep).map((step) => byStep.get(step) ?? null);
};

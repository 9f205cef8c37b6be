// What every slice is given: the store's set and get, and the ports through which slices ask each
// other for things without importing each other's behaviour (appStore.ts wires them).
import type { ScenarioFile } from '../scenario/schema';
import type { Scenario } from '../scenario/types';
import type { AppState, AppStore, LessonKit, ScenarioSource } from './state';

export type SetState = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

export interface SliceKit {
  set: SetState;
  get: () => AppState;
  store: AppStore;
}

/** A run the engine has loaded: what the scenario slice records about it. */
export interface LoadedRun {
  scenario: Scenario | null;
  title: string;
  seed: number;
  durationMs: number;
  source: ScenarioSource | null;
}

export interface Ports {
  /** Loads a scenario into the engine worker (run slice). */
  startRun(scenario: Scenario, options: { seed?: number; step?: number }): void;
  seek(step: number): void;
  /** The lesson kit, loaded once (lesson slice). */
  loadKit(options?: { quiet?: boolean }): Promise<LessonKit>;
  /** Starts the headless run's worker ahead of a lesson or narrated file (lesson slice). */
  warmLessonRun(): void;
  /** The open scenario as a file, or null without the kit (scenario slice). */
  currentFile(): ScenarioFile | null;
  /** Everything that changes when the engine has loaded a run (each slice's part, in one patch). */
  onLoaded(run: LoadedRun): Partial<AppState>;
}

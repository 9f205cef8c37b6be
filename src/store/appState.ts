// What the store holds and what it can do: the state and actions the UI reads and calls, apart
// from createAppStore (appStore.ts), which wires them to the engine worker.
import type { StoreApi } from 'zustand/vanilla';
import type { Intervention } from '../engine/api.types';
import type { ClusterView, SimEvent } from '../engine/view.types';
import type { Scenario } from '../scenario/types';
import type { EngineRestart } from './engineRestart';
import type { Frames } from './frameGate';
import type { LessonDeps, LessonSlice } from './lessonSlice';
import type { Speed, Timers } from './playback';
import type { RowWindow } from './rowWindow';
import type { Selection } from './selection';
import type { StepView } from './timeline';

export type Theme = 'light' | 'dark';
export type ParsedText = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Columns of the status tracker: this many steps up to and including the current one. */
export const TRACKER_COLUMNS = 4;

export interface AppActions {
  load(scenario: Scenario, options?: { seed?: number; step?: number; source?: LessonSlice['source'] }): void;
  importScenarioText(text: string, fileName?: string): void;
  dismissImportError(): void;
  dismissEngineRestart(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  stepForward(): void;
  stepBack(): void;
  restart(): void;
  seek(step: number): void;
  intervene(action: Intervention): void;
  dismissFork(): void;
  select(selection: Selection | null): void;
  /** Selects a broker and asks the inspector to take focus (its panel has the broker's actions). */
  openBrokerPanel(broker: number): void;
  setComponentFilter(component: string): void;
  setRowSearch(text: string): void;
  setHideRoutine(hide: boolean): void;
  setTheme(theme: Theme): void;
}

export interface AppState extends LessonSlice {
  status: 'empty' | 'loading' | 'ready';
  scenario: Scenario | null;
  title: string;
  seed: number;
  durationMs: number;
  view: ClusterView | null;
  currentStep: number;
  stepCount: number;
  finished: boolean;
  /** The rows held, a window of the run: one mutable object for the whole session (see rowsVersion). */
  rows: RowWindow;
  /** Bumped whenever `rows` changed; select it to re-render on new rows. */
  rowsVersion: number;
  components: readonly string[];
  lastEvents: SimEvent[];
  history: StepView[];
  playing: boolean;
  speed: Speed;
  forkedAt: number | null;
  engineError: string | null;
  importError: string | null;
  engineRestart: EngineRestart | null;
  selection: Selection | null;
  /** Bumped when a broker is activated, so the inspector moves focus to its panel. */
  panelFocusRequest: number;
  componentFilter: string;
  rowSearch: string;
  hideRoutine: boolean;
  theme: Theme;
  actions: AppActions;
}

export interface StoreDeps {
  /** May answer later: the app loads the parser on first use. */
  parseText?: (text: string) => ParsedText | Promise<ParsedText>;
  timers?: Timers;
  /** Animation frames, for applying at most one answer per frame at "Fast". */
  frames?: Frames;
  initialTheme?: Theme;
  lesson?: LessonDeps;
}

export type AppStore = StoreApi<AppState>;

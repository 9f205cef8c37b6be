// What the store holds and what it can do, by concern, as types only: every slice implements its
// part (runSlice.ts, scenarioSlice.ts, lessonSlice.ts, editorSlice.ts, sharingSlice.ts, display in
// appStore.ts) and none imports another's behaviour; they meet through the ports in sliceKit.ts.
// Words: "time travel" is the engine's (seek, fork); "tracker views" are the status tracker's
// recent views; "Timeline" is only the slider.
import type { StoreApi } from 'zustand/vanilla';
import type { Intervention } from '../engine/api.types';
import type { ClusterView, SimEvent } from '../engine/view.types';
import type { Lesson } from '../lessons/types';
import type { ParseInput } from '../scenario/parseInput';
import type { Scenario } from '../scenario/types';
import type { LessonCue, PlayedRun, RunLesson } from '../worker/lessonRunProtocol';
import type { EditorModel } from './editorModel';
import type { EngineRestart } from './engineRestart';
import type { Frames } from './frameGate';
import type { Speed, Timers } from './playback';
import type { RowWindow } from './rowWindow';
import type { SavedScenario, StorageLike } from './savedScenarios';
import type { ScenarioSource } from './scenarioFile';
import type { Selection } from './selection';
import type { LaunchTarget } from './shareLink';
import type { StepView } from './trackerViews';

export type { LessonCue, PlayedRun, ScenarioSource };
export type Theme = 'light' | 'dark';
export type LessonKit = typeof import('./lessonTools');
export type LessonTab = 'flow' | 'code' | 'tracker' | 'moments' | 'quiz' | 'concept' | 'transcript' | 'deepdive' | 'compare';

/** The run the engine worker plays: where it is, what it shows, how it plays. */
export interface RunState {
  /** Whether a run is open in the engine: none yet, one loading, or one ready to play. */
  status: 'empty' | 'loading' | 'ready';
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
  /** The status tracker's recent views. */
  trackerViews: StepView[];
  playing: boolean;
  speed: Speed;
  /** The step the last intervention forked the engine's timeline at, while its notice shows. */
  forkedAt: number | null;
  engineError: string | null;
  engineRestart: EngineRestart | null;
  /**
   * The first invariant the engine found broken in this run (development builds check them after
   * every step): a simulator bug, shown as an error until dismissed.
   */
  invariantViolation: string | null;
  selection: Selection | null;
  /** Bumped when a broker is activated, so the inspector moves focus to its panel. */
  panelFocusRequest: number;
  componentFilter: string;
  rowSearch: string;
  hideRoutine: boolean;
}

export interface RunActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  stepForward(): void;
  stepBack(): void;
  /** Back to step 0 of the same run (interventions stay; see restartLesson). */
  restart(): void;
  seek(step: number): void;
  intervene(action: Intervention): void;
  dismissFork(): void;
  dismissEngineRestart(): void;
  dismissInvariantViolation(): void;
  select(selection: Selection | null): void;
  /** Selects a broker and asks the inspector to take focus (its panel has the broker's actions). */
  openBrokerPanel(broker: number): void;
  setComponentFilter(component: string): void;
  setRowSearch(text: string): void;
  setHideRoutine(hide: boolean): void;
}

/** Which scenario is open, where it came from, and why the last attempt to open one failed. */
export interface ScenarioState {
  scenario: Scenario | null;
  title: string;
  seed: number;
  durationMs: number;
  /** null: the default scenario the page opened with. */
  source: ScenarioSource | null;
  /** The source of the load in flight; it becomes `source` when the engine has loaded it. */
  loadingSource: ScenarioSource | null;
  /** Why the last attempt to open a scenario failed (what was open stays open). */
  openError: OpenError | null;
}

/** Every way a scenario arrives. */
export type OpenSource =
  /** The scenario the page starts with. */
  | { kind: 'default'; seed?: number; step?: number }
  | { kind: 'lesson'; id: string; seed?: number; step?: number }
  /** A scenario file's text ("Import scenario"). */
  | { kind: 'text'; text: string; fileName?: string }
  /** A scenario file already read as an object (a share link, the editor, a saved scenario); `what` names it in messages. */
  | { kind: 'file'; file: unknown; step?: number; what?: string }
  /** The open scenario again, from step 0 with the same seed: interventions are gone. */
  | { kind: 'reopen' };

export interface OpenError {
  message: string;
  /** How the scenario was to arrive: an import's error shows beside "Import scenario". */
  kind: OpenSource['kind'];
}

export interface ScenarioActions {
  /**
   * The one way to open a scenario: parsed (the parser loads on first use), then loaded by the
   * engine. False, with `openError` naming the problem, when it cannot be opened; the scenario
   * that was open stays open.
   */
  open(source: OpenSource): Promise<boolean>;
  /** Opens what the page address asked for (see shareLink.readLaunch); the default scenario when that fails. */
  launch(target: LaunchTarget, options?: { reopenDefault?: boolean }): Promise<void>;
  /** "Restart lesson": open({ kind: 'reopen' }). */
  restartLesson(): void;
  dismissOpenError(): void;
}

/** The lesson the open scenario teaches, its headless run, and the learning modes' state. */
export interface LessonState {
  lessonKit: LessonKit | null;
  /** The built-in lesson the open scenario teaches (its narration replaced by a file's own), if any. */
  lesson: Lesson | null;
  /** The whole run played headless, for the modes; null until computed after each load. */
  lessonRun: PlayedRun | null;
  lessonRunError: string | null;
  /** Narration cues resolved to the steps of this run, in step order. */
  lessonCues: LessonCue[];
  /** The first step an intervention forked the timeline at since the load, if any. */
  lessonForkStep: number | null;
  lessonTab: LessonTab;
  quizAnswers: Record<string, string>;
  quizRevealed: Record<string, true>;
  quizPredicting: string | null;
}

export interface LessonModeActions {
  /**
   * Loads the lesson kit once; later calls return the same promise. A failure shows an alert
   * unless `quiet` (the caller says it in its own words).
   */
  loadKit(options?: { quiet?: boolean }): Promise<LessonKit>;
  /** The teacher is about to need the kit (a pointer over the lessons, focus on the tools): load it now, silently. */
  prefetchKit(): void;
  /** The same, and the run's worker started too: a pointer over the learning modes' tabs. */
  prefetchModes(): void;
  setTab(tab: LessonTab): void;
  answer(questionId: string, optionId: string): void;
  /** Predict-then-reveal: stop just before the decisive step; the grade shows once it has played. */
  predict(questionId: string, stopBeforeStep: number): void;
  reveal(questionId: string): void;
  exportTranscript(): void;
}

/** The scenario editor and the scenarios saved in this browser. */
export interface EditorState {
  editorOpen: boolean;
  editorDraft: EditorModel | null;
  editorStatus: string | null;
  savedScenarios: SavedScenario[];
}

export interface EditorActions {
  openEditor(): void;
  closeEditor(): void;
  setDraft(model: EditorModel | null): void;
  saveScenario(file: unknown): void;
  deleteSaved(id: string): void;
}

/** Share links and downloads of the open scenario. */
export interface SharingState {
  shareLink: string | null;
}

export interface SharingActions {
  share(): Promise<void>;
  closeShare(): void;
  exportScenario(): void;
}

/** How the page looks: theme and presenter view. */
export interface DisplayState {
  theme: Theme;
  presenter: boolean;
}

export interface DisplayActions {
  setTheme(theme: Theme): void;
  setPresenter(on: boolean): void;
}

/** The actions the playback controls, table, diagram and inspector call (`s.actions`). */
export type AppActions = RunActions & Pick<ScenarioActions, 'open' | 'dismissOpenError'> & Pick<DisplayActions, 'setTheme'>;

/** The actions the lesson bar, modes, editor and sharing call (`s.lessonActions`). */
export type LessonActions = LessonModeActions & EditorActions & SharingActions & ScenarioActions & Pick<DisplayActions, 'setPresenter'>;

export interface AppState extends RunState, ScenarioState, LessonState, EditorState, SharingState, DisplayState {
  actions: AppActions;
  lessonActions: LessonActions;
}

export interface LessonDeps {
  importKit?: () => Promise<LessonKit>;
  /** Plays the headless run; by default in the lesson-run worker (tests: runLessonInProcess). */
  runLesson?: RunLesson;
  storage?: StorageLike | null;
  download?: (name: string, type: string, text: string) => void;
  /** The app's address without query or hash: what share links start with. */
  baseUrl?: () => string;
  now?: () => number;
}

export interface StoreDeps {
  /** The scenario parser, loaded on first use (by default the chunk of scenario/parseInput.ts). */
  loadParser?: () => Promise<ParseInput>;
  timers?: Timers;
  /** Animation frames, for applying at most one answer per frame at "Fast". */
  frames?: Frames;
  initialTheme?: Theme;
  lesson?: LessonDeps;
}

export type AppStore = StoreApi<AppState>;
